using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Cli;

/// <summary>Decides the exit code of a report that was made, by <c>--fail-on</c>, and says why on stderr.</summary>
internal static class FailOnPolicy
{
    public static async Task<int> ExitCodeAsync(Report report, FailOn failOn, TextWriter stderr)
    {
        var failedCriteria = report.RegionResults.Concat(report.Colleges.SelectMany(c => c.Results))
            .Where(r => r.Status == ResultStatus.Error).Select(r => r.Code).Distinct(StringComparer.Ordinal).ToArray();
        var errors = report.Findings.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = report.Findings.Count(f => f.Severity == FindingSeverity.Warning);
        var reason = failOn switch
        {
            FailOn.Never => null,
            _ when failedCriteria.Length > 0 => $"{failedCriteria.Length} criteria could not be evaluated ({string.Join(", ", failedCriteria.Take(10))}): see the RULE findings",
            FailOn.Error or FailOn.Warning when errors > 0 => $"the report has {errors} error findings",
            FailOn.Warning when warnings > 0 => $"the report has {warnings} warnings",
            _ => null,
        };
        if (reason is null)
        {
            return ExitCodes.Success;
        }

        await stderr.WriteLineAsync($"criteria: the report was written, but {reason} (exit code {ExitCodes.ReportHasErrors}, --fail-on {failOn.ToString().ToLowerInvariant()})").ConfigureAwait(false);
        return ExitCodes.ReportHasErrors;
    }
}
