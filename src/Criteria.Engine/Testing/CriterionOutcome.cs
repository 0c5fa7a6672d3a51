using System.Globalization;
using Criteria.Catalog;
using Criteria.Reporting;

namespace Criteria.Testing;

/// <summary>The report of a <see cref="CriterionTest"/>, with checks that throw <see cref="CriterionExpectationException"/>. Chainable.</summary>
public sealed class CriterionOutcome
{
    internal CriterionOutcome(Report report) => Report = report;

    /// <summary>The whole report.</summary>
    public Report Report { get; }

    /// <summary>The result of a college and cohort; with several criteria, give the code.</summary>
    /// <param name="collegeId">The college.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="code">The criterion's code; null when the test has one criterion.</param>
    /// <returns>The result.</returns>
    /// <exception cref="CriterionExpectationException">There is no such result.</exception>
    public CriterionResult Result(string collegeId, Cohort cohort = Cohort.All, string? code = null)
    {
        var college = Report.Colleges.FirstOrDefault(c => c.Id == collegeId)
            ?? throw new CriterionExpectationException($"The report has no college '{collegeId}'; it has {string.Join(", ", Report.Colleges.Select(c => c.Id))}.");
        return Find(college.Results, code, cohort, $"college {collegeId}");
    }

    /// <summary>The region's result of a cohort.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="code">The criterion's code; null when the test has one criterion.</param>
    /// <returns>The result.</returns>
    /// <exception cref="CriterionExpectationException">There is no such result.</exception>
    public CriterionResult Region(Cohort cohort = Cohort.All, string? code = null) => Find(Report.RegionResults, code, cohort, "the region");

    /// <summary>Expects a college's numerator and denominator.</summary>
    /// <param name="collegeId">The college.</param>
    /// <param name="numerator">The numerator expected.</param>
    /// <param name="denominator">The denominator expected (null for a match without b).</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="code">The criterion's code; null when the test has one criterion.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="CriterionExpectationException">The result differs.</exception>
    public CriterionOutcome ExpectRatio(string collegeId, long numerator, long? denominator, Cohort cohort = Cohort.All, string? code = null)
    {
        var result = Result(collegeId, cohort, code);
        if (result.Numerator != numerator || result.Denominator != denominator)
        {
            throw new CriterionExpectationException(
                $"Criterion {result.Code}, college {collegeId}, cohort {cohort.Name()}: expected {numerator} / {Text(denominator)}, got {Describe(result)}.{Environment.NewLine}{Cohorts(collegeId, result.Code)}");
        }

        return this;
    }

    /// <summary>Expects the region's numerator and denominator.</summary>
    /// <param name="numerator">The numerator expected.</param>
    /// <param name="denominator">The denominator expected.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="code">The criterion's code; null when the test has one criterion.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="CriterionExpectationException">The result differs.</exception>
    public CriterionOutcome ExpectRegionRatio(long numerator, long? denominator, Cohort cohort = Cohort.All, string? code = null)
    {
        var result = Region(cohort, code);
        if (result.Numerator != numerator || result.Denominator != denominator)
        {
            throw new CriterionExpectationException(
                $"Criterion {result.Code}, region, cohort {cohort.Name()}: expected {numerator} / {Text(denominator)}, got {Describe(result)}.");
        }

        return this;
    }

    /// <summary>Expects a college's value (a count, or a presence as 1 / 0).</summary>
    /// <param name="collegeId">The college.</param>
    /// <param name="value">The value expected.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="code">The criterion's code; null when the test has one criterion.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="CriterionExpectationException">The result differs.</exception>
    public CriterionOutcome ExpectValue(string collegeId, ResultValue value, Cohort cohort = Cohort.All, string? code = null)
    {
        var result = Result(collegeId, cohort, code);
        if (result.Value != value)
        {
            throw new CriterionExpectationException(
                $"Criterion {result.Code}, college {collegeId}, cohort {cohort.Name()}: expected the value {value}, got {Describe(result)}.");
        }

        return this;
    }

    /// <summary>Expects a college's status.</summary>
    /// <param name="collegeId">The college.</param>
    /// <param name="status">The status expected.</param>
    /// <param name="cohort">The cohort.</param>
    /// <param name="code">The criterion's code; null when the test has one criterion.</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="CriterionExpectationException">The status differs.</exception>
    public CriterionOutcome ExpectStatus(string collegeId, ResultStatus status, Cohort cohort = Cohort.All, string? code = null)
    {
        var result = Result(collegeId, cohort, code);
        if (result.Status != status)
        {
            var why = Report.Findings.FirstOrDefault(f => f.Code == global::Criteria.Quality.FindingCodes.RuleFailed);
            throw new CriterionExpectationException(
                $"Criterion {result.Code}, college {collegeId}, cohort {cohort.Name()}: expected status {status}, got {Describe(result)}.{(why is null ? "" : " " + why)}");
        }

        return this;
    }

    /// <summary>Expects exactly these findings of a code, by the record's id and path, in report order.</summary>
    /// <param name="code">The finding code.</param>
    /// <param name="expected">The findings as (record id, JSON path), in report order; none for "no such finding".</param>
    /// <returns>This outcome.</returns>
    /// <exception cref="CriterionExpectationException">The findings differ; the message lists both.</exception>
    public CriterionOutcome ExpectFinding(string code, params (string? RecordId, string Path)[] expected)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(expected);
        var actual = Report.Findings.Where(f => f.Code == code).Select(f => (f.RecordId, f.Path)).ToArray();
        if (!actual.SequenceEqual(expected))
        {
            static string List(IEnumerable<(string? RecordId, string Path)> findings) =>
                findings.Any() ? string.Join(", ", findings.Select(f => $"{f.RecordId ?? "-"} at {f.Path}")) : "none";
            throw new CriterionExpectationException($"Findings {code}: expected {List(expected)}, got {List(actual)}.");
        }

        return this;
    }

    /// <summary>Expects that no rule failed.</summary>
    /// <returns>This outcome.</returns>
    /// <exception cref="CriterionExpectationException">A rule failed; the message quotes the finding.</exception>
    public CriterionOutcome ExpectNoRuleFailure()
    {
        var failure = Report.Findings.FirstOrDefault(f => f.Code == global::Criteria.Quality.FindingCodes.RuleFailed);
        return failure is null ? this : throw new CriterionExpectationException($"A rule failed: {failure}");
    }

    private CriterionResult Find(IEnumerable<CriterionResult> results, string? code, Cohort cohort, string where)
    {
        var codes = Report.Criteria.Select(c => c.Code).ToArray();
        code ??= codes.Length == 1 ? codes[0] : throw new CriterionExpectationException($"The test evaluates {codes.Length} criteria ({string.Join(", ", codes)}): name the code.");
        return results.FirstOrDefault(r => r.Code == code && r.Cohort == cohort)
            ?? throw new CriterionExpectationException($"Criterion {code} has no result for {where}, cohort {cohort.Name()}.");
    }

    private string Cohorts(string collegeId, string code) =>
        "  all cohorts of " + collegeId + ": " + string.Join(", ", Report.Colleges.First(c => c.Id == collegeId).Results
            .Where(r => r.Code == code)
            .Select(r => $"{r.Cohort.Name()} {Describe(r)}"));

    private static string Describe(CriterionResult result) =>
        (result.HasRatio ? $"{Text(result.Numerator)} / {Text(result.Denominator)}, " : "")
        + $"value {result.Value}, status {result.Status}";

    private static string Text(long? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
