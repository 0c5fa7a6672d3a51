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
    /// <summary>Whether the line is the region's (a college may be called "region" too).</summary>
    public bool IsRegion { get; init; }

    /// <summary>After − before; null when either has no value.</summary>
    public double? Change => ResultText.Number(After) is { } after && ResultText.Number(Before) is { } before ? after - before : null;

    /// <summary>After − target (reality − expectation); null without a target or a value.</summary>
    public double? Gap => After?.Target is { } target && ResultText.Number(After) is { } after ? after - target.ToDouble() : null;

    /// <summary>Compares two reports result by result, the colleges of either, in the second report's order.</summary>
    public static List<Comparison> Of(Report before, Report after)
    {
        static Dictionary<(bool, string, string, Cohort), CriterionResult> Keyed(Report report, string side)
        {
            var keyed = new Dictionary<(bool, string, string, Cohort), CriterionResult>();
            var all = report.Colleges.SelectMany(c => c.Results.Select(r => (Key: (false, c.Id, r.Code, r.Cohort), Result: r)))
                .Concat(report.RegionResults.Select(r => (Key: (true, "region", r.Code, r.Cohort), Result: r)));
            foreach (var (key, result) in all)
            {
                if (!keyed.TryAdd(key, result))
                {
                    var whose = key.Item1 ? "the region" : $"the college '{key.Item2}'";
                    throw new Json.InvalidInputException("$", $"the {side} lists the result of {key.Item3} ({key.Item4.Name()}) of {whose} twice: it is not a report as the library writes it");
                }
            }

            return keyed;
        }

        var old = Keyed(before, "first input");
        var now = Keyed(after, "second input");
        var keys = now.Keys.Concat(old.Keys.Where(k => !now.ContainsKey(k))).ToList();
        return keys.Select(k => new Comparison(k.Item2, k.Item3, k.Item4, old.GetValueOrDefault(k), now.GetValueOrDefault(k)) { IsRegion = k.Item1 }).ToList();
    }
}
