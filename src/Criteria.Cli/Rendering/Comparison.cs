using Criteria.Catalog;
using Criteria.Rendering;
using Criteria.Reporting;

namespace Criteria.Cli.Rendering;

/// <summary>
/// One line of <c>criteria compare</c>: a criterion's result for a college (or the region) and cohort
/// in the two reports, the change, and the gap between expectation (the target) and reality.
/// </summary>
internal sealed record Comparison(string Scope, string Code, Cohort Cohort, CriterionResult? Before, CriterionResult? After)
{
    /// <summary>After − before; null when either has no value.</summary>
    public double? Change => ResultText.Number(After) is { } after && ResultText.Number(Before) is { } before ? after - before : null;

    /// <summary>After − target (reality − expectation); null without a target or a value.</summary>
    public double? Gap => After?.Target is { } target && ResultText.Number(After) is { } after ? after - target.ToDouble() : null;

    /// <summary>Compares two reports result by result, the colleges of either, in the second report's order.</summary>
    public static List<Comparison> Of(Report before, Report after)
    {
        static Dictionary<(string, string, Cohort), CriterionResult> Keyed(Report report) =>
            report.Colleges.SelectMany(c => c.Results.Select(r => (Key: (c.Id, r.Code, r.Cohort), Result: r)))
                .Concat(report.RegionResults.Select(r => (Key: ("region", r.Code, r.Cohort), Result: r)))
                .ToDictionary(x => x.Key, x => x.Result);

        var old = Keyed(before);
        var now = Keyed(after);
        var keys = now.Keys.Concat(old.Keys.Where(k => !now.ContainsKey(k))).ToList();
        return keys.Select(k => new Comparison(k.Item1, k.Item2, k.Item3, old.GetValueOrDefault(k), now.GetValueOrDefault(k))).ToList();
    }
}
