using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Cli;

/// <summary>Decides the exit code of a report that was made, by <c>--fail-on</c>, and says why on stderr.</summary>
internal static class FailOnPolicy
{
    /// <param name="report">The report that was written.</param>
    /// <param name="failOn">What makes the exit code 3.</param>
    /// <param name="stderr">Where to say why.</param>
    /// <param name="side">For a comparison: which input the report is of (the message names it); null for a report of its own.</param>
    public static async Task<int> ExitCodeAsync(Report report, FailOn failOn, TextWriter stderr, string? side = null)
    {
        var failedCriteria = report.RegionResults.Concat(report.Colleges.SelectMany(c => c.Results))
            .Where(r => r.Status == ResultStatus.Error).Select(r => r.Code).Distinct(StringComparer.Ordinal).ToArray();
        var errors = report.Findings.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = report.Findings.Count(f => f.Severity == FindingSeverity.Warning);
        var reason = failOn switch
        {
            FailOn.Never => null,
            _ when failedCriteria.Length > 0 => $"{failedCriteria.Length} criteria could not be evaluated ({string.Join(", ", failedCriteria.Take(10))}): see the RULE findings",
            FailOn.Error or FailOn.Warning when errors > 0 => $"the report has {errors} error finding{(errors == 1 ? "" : "s")}",
            FailOn.Warning when warnings > 0 => $"the report has {warnings} warning{(warnings == 1 ? "" : "s")}",
            _ => null,
        };
        if (reason is null)
        {
            return ExitCodes.Success;
        }

        var written = side is null ? "the report was written, but " : $"the comparison was written, but for {side} ";
        await stderr.WriteLineAsync($"criteria: {written}{reason} (exit code {ExitCodes.ReportHasErrors}, --fail-on {failOn.ToString().ToLowerInvariant()})").ConfigureAwait(false);
        return ExitCodes.ReportHasErrors;
    }
}
