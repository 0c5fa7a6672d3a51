using Criteria.Reporting;

namespace Criteria.Cli.Rendering;

/// <summary>A status as the report contract spells it (<c>met</c>, <c>notMet</c>, <c>noTarget</c>, <c>noData</c>, <c>error</c>), for CSV and JSON outputs.</summary>
internal static class ContractStatus
{
    public static string Name(ResultStatus status) => status switch
    {
        ResultStatus.Met => "met",
        ResultStatus.NotMet => "notMet",
        ResultStatus.NoTarget => "noTarget",
        ResultStatus.NoData => "noData",
        _ => "error",
    };
}
