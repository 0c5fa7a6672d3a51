using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.PropertyTests.Generators;
using Criteria.Reporting;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests;

/// <summary>The laws every ratio obeys, on any valid dataset.</summary>
public sealed class RatioLaws
{
    [Law]
    public Property A_share_is_null_exactly_when_its_denominator_is_zero_and_otherwise_within_0_and_1(Dataset dataset)
    {
        var bad = Laws.AllResults(Laws.Evaluate(dataset)).Where(Laws.IsShare).FirstOrDefault(r =>
            r.Denominator == 0
                ? r.Value != ResultValue.None || r.Status != ResultStatus.NoData
                : r.Value.Kind != ResultValueKind.Fraction || double.IsNaN(r.Value.Number) || r.Value.Number < 0 || r.Value.Number > 1);
        return (bad is null).Label($"offending result: {bad}");
    }

    [Law]
    public Property The_region_share_is_the_sum_of_numerators_over_the_sum_of_denominators(Dataset dataset)
    {
        var report = Laws.Evaluate(dataset);
        var failures = new List<string>();
        foreach (var region in report.RegionResults.Where(Laws.IsShare))
        {
            var colleges = report.Colleges.Select(c => c.Results.Single(r => r.Code == region.Code && r.Cohort == region.Cohort)).ToArray();
            var n = colleges.Sum(c => c.Numerator!.Value);
            var d = colleges.Sum(c => c.Denominator!.Value);
            if (region.Numerator != n || region.Denominator != d)
            {
                failures.Add($"{region.Code}/{region.Cohort}: region {region.Numerator}/{region.Denominator}, colleges sum to {n}/{d}");
            }
            else if (d > 0)
            {
                // the denominator-weighted mean of the college shares, never their plain mean
                var weighted = colleges.Where(c => c.Denominator > 0).Sum(c => c.Value.Number * c.Denominator!.Value) / d;
                if (Math.Abs(weighted - region.Value.Number) > 1e-12)
                {
                    failures.Add($"{region.Code}/{region.Cohort}: region {region.Value.Number}, weighted mean {weighted}");
                }
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures));
    }

    [Law]
    public Property A_cohort_never_counts_more_than_cohort_all(Dataset dataset)
    {
        var report = Laws.Evaluate(dataset);
        var bad = report.Colleges.SelectMany(c => c.Results.Select(r => (College: c, Result: r)))
            .Where(x => x.Result.Cohort != Cohort.All && Laws.Criteria[x.Result.Code].Kind is CriterionKind.Share or CriterionKind.Count or CriterionKind.Match)
            .FirstOrDefault(x =>
            {
                var all = Laws.Result(report, x.College.Id, x.Result.Code, Cohort.All);
                // a match's b is СПО-1's own count (DQ9 when a cohort's exceeds the total); a is counted
                var denominatorCounted = Laws.Criteria[x.Result.Code].Kind != CriterionKind.Match;
                return x.Result.Numerator > all.Numerator
                    || (denominatorCounted && x.Result.Denominator > all.Denominator)
                    || (x.Result.Value.Kind == ResultValueKind.WholeNumber && x.Result.Value.Number > all.Value.Number);
            });
        return (bad.Result is null).Label($"college {bad.College?.Id}: {bad.Result}");
    }

    [Law]
    public Property Permuting_colleges_graduates_events_and_participants_changes_no_result(Dataset dataset, int seed)
    {
        var random = new Random(seed);
        var permuted = dataset with
        {
            Colleges = Laws.Shuffle(dataset.Colleges, random).ToValueArray(),
            Graduates = Laws.Shuffle(dataset.Graduates, random).ToValueArray(),
            Employers = Laws.Shuffle(dataset.Employers, random).ToValueArray(),
            Events = Laws.Shuffle(dataset.Events, random)
                .Select(e => e with { ParticipantIds = Laws.Shuffle(e.ParticipantIds, random).ToValueArray(), EmployerIds = Laws.Shuffle(e.EmployerIds, random).ToValueArray() })
                .ToValueArray(),
        };
        var original = Laws.Evaluate(dataset);
        var shuffled = Laws.Evaluate(permuted);
        static string[] Findings(Report r) => r.Findings.Select(f => $"{f.Code} {f.RecordId} {f.Message}").Order(StringComparer.Ordinal).ToArray();
        return (Laws.SameResults(original, shuffled) && Findings(original).SequenceEqual(Findings(shuffled))).Label("results or findings differ after permutation");
    }

    [Law]
    public Property Splitting_by_college_and_merging_equals_the_whole(Dataset dataset, EvaluationProfile profile)
    {
        var whole = Laws.Evaluate(dataset, profile);
        var parts = dataset.Colleges.Select(college => dataset with
        {
            Graduates = dataset.Graduates.Where(g => g.CollegeId == college.Id).ToValueArray(),
        }).Select(part => Laws.Evaluate(part, profile, EvaluationMode.Lenient)).ToArray();

        var failures = new List<string>();
        foreach (var (college, i) in dataset.Colleges.Select((c, i) => (c, i)))
        {
            var expected = whole.Colleges.Single(c => c.Id == college.Id).Results;
            var actual = parts[i].Colleges.Single(c => c.Id == college.Id).Results;
            if (expected != actual)
            {
                failures.Add($"college {college.Id} differs when evaluated in its part");
            }
        }

        // Merge, independently of the library's roll-up: sums, the union of employer ids for 3.3,
        // colleges met for presence and checklist, and the match rule for 5.1.
        foreach (var region in whole.RegionResults)
        {
            var fromParts = dataset.Colleges.Select((c, i) => Laws.Result(parts[i], c.Id, region.Code, region.Cohort)).ToArray();
            if (Merged(Laws.Criteria[region.Code].Kind, region, fromParts) is { } problem)
            {
                failures.Add($"region {region.Code}/{region.Cohort}: {problem}");
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures.Take(5)));
    }

    /// <summary>What is wrong with the region's result against the parts' results merged by hand, or null.</summary>
    private static string? Merged(CriterionKind kind, CriterionResult region, CriterionResult[] parts)
    {
        static double? Fraction(long n, long? d) => d is > 0 ? (double)n / d.Value : null;
        double? Value(CriterionResult r) => r.Value.Kind is ResultValueKind.Fraction or ResultValueKind.WholeNumber ? r.Value.Number : null;
        switch (kind)
        {
            case CriterionKind.Share:
                long n = parts.Sum(p => p.Numerator!.Value), d = parts.Sum(p => p.Denominator!.Value);
                return region.Numerator == n && region.Denominator == d && Value(region) == Fraction(n, d)
                    ? null : $"{region.Numerator}/{region.Denominator} = {Value(region)}, the parts sum to {n}/{d}";
            case CriterionKind.Count when parts.Any(p => p.Ids is not null):
                var union = parts.SelectMany(p => (IEnumerable<string>)p.Ids!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
                return region.Ids is { } ids && ids.SequenceEqual(union) && Value(region) == union.Length
                    ? null : $"{Value(region)} ids [{string.Join(",", region.Ids ?? [])}], the union of the parts has [{string.Join(",", union)}]";
            case CriterionKind.Count:
                var sum = parts.Sum(p => (long)p.Value.Number);
                return Value(region) == sum ? null : $"{Value(region)}, the parts sum to {sum}";
            case CriterionKind.Presence:
            case CriterionKind.Checklist:
                var met = parts.Count(p => kind == CriterionKind.Presence ? p.Value.Flag : p.Denominator > 0 && p.Numerator == p.Denominator);
                return region.Numerator == met && region.Denominator == parts.Length && Value(region) == Fraction(met, parts.Length)
                    ? null : $"{region.Numerator}/{region.Denominator}, {met} of {parts.Length} parts' colleges meet it";
            case CriterionKind.Match:
                var a = parts.Sum(p => p.Numerator!.Value);
                long? b = parts.All(p => p.Denominator is not null) ? parts.Sum(p => p.Denominator!.Value) : null;
                var status = parts.Any(p => p.Status == ResultStatus.NotMet) ? ResultStatus.NotMet
                    : parts.Any(p => p.Status == ResultStatus.NoData) ? ResultStatus.NoData : ResultStatus.Met;
                return region.Numerator == a && region.Denominator == b && region.Status == status
                    ? null : $"{region.Numerator}/{region.Denominator} {region.Status}, the parts give {a}/{b} {status}";
            default:
                return $"no merge rule for {kind}";
        }
    }

    [Law]
    public Property Every_ratio_law_holds_in_lenient_mode_under_any_profile(LenientDataset lenient, EvaluationProfile profile)
    {
        var report = Laws.Evaluate(lenient.Dataset, profile, EvaluationMode.Lenient);
        var failures = new List<string>();
        foreach (var result in Laws.AllResults(report).Where(Laws.IsShare))
        {
            var bad = result.Denominator == 0
                ? result.Value != ResultValue.None || result.Status != ResultStatus.NoData
                : result.Value.Kind != ResultValueKind.Fraction || double.IsNaN(result.Value.Number) || result.Value.Number < 0 || result.Value.Number > 1
                    || result.Numerator > result.Denominator;
            if (bad)
            {
                failures.Add($"{result}");
            }
        }

        foreach (var region in report.RegionResults)
        {
            var colleges = report.Colleges.Select(c => c.Results.Single(r => r.Code == region.Code && r.Cohort == region.Cohort)).ToArray();
            if (Merged(Laws.Criteria[region.Code].Kind, region, colleges) is { } problem)
            {
                failures.Add($"region {region.Code}/{region.Cohort}: {problem}");
            }
        }

        var errors = report.Findings.Count(f => f.Severity == Criteria.Quality.FindingSeverity.Error);
        return (failures.Count == 0).Label($"{lenient}: {string.Join("; ", failures.Take(3))}").Classify(errors > 0, "with data errors listed");
    }

    [Law]
    public Property Raising_a_target_only_turns_met_into_not_met(Dataset dataset, byte low, byte high)
    {
        var (t1, t2) = (Math.Min(low, high) / 255m, Math.Max(low, high) / 255m);
        Dictionary<string, ExactDecimal> Targets(decimal t) => Laws.Criteria.Values.Where(c => c.Kind == CriterionKind.Share).ToDictionary(c => c.Code, _ => (ExactDecimal)t);
        var lower = Laws.Keyed(Laws.Evaluate(dataset, new EvaluationProfile { Targets = Targets(t1) }));
        var higher = Laws.Keyed(Laws.Evaluate(dataset, new EvaluationProfile { Targets = Targets(t2) }));
        var bad = lower.Where(x => Laws.IsShare(x.Value)).FirstOrDefault(x =>
        {
            var before = x.Value.Status;
            var after = higher[x.Key].Status;
            // a higher target is harder to reach, unless lower is better: then it is easier
            return Laws.Criteria[x.Key.Code].LowerIsBetter
                ? before == ResultStatus.Met && after == ResultStatus.NotMet
                : before == ResultStatus.NotMet && after == ResultStatus.Met;
        });
        return (bad.Value is null).Label($"targets {t1} → {t2}: {bad.Key} was {bad.Value?.Status}, became {(bad.Value is null ? null : higher[bad.Key].Status)}");
    }

    [Law]
    public Property A_report_survives_a_json_round_trip(Dataset dataset)
    {
        var report = Laws.Evaluate(dataset);
        var json = ReportWriter.ToJson(report);
        var reread = ReportReader.Parse(json);
        return (reread == report && ReportWriter.ToJson(reread) == json).Label("the report read back differs");
    }
}
