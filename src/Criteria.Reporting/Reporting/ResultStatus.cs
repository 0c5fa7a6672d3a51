namespace Criteria.Reporting;

/// <summary>The status of a result (docs/report.md).</summary>
public enum ResultStatus
{
    /// <summary>The target (or the criterion's own condition) is met. JSON: <c>met</c>.</summary>
    Met,

    /// <summary>The target (or the criterion's own condition) is not met. JSON: <c>notMet</c>.</summary>
    NotMet,

    /// <summary>There is a value but no target. JSON: <c>noTarget</c>.</summary>
    NoTarget,

    /// <summary>There is no value: a zero denominator, or a missing count to compare with. JSON: <c>noData</c>.</summary>
    NoData,

    /// <summary>The criterion's rule failed; a <c>RULE</c> finding says why. JSON: <c>error</c>.</summary>
    Error,
}
