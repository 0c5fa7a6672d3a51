using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
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
    public Property Splitting_by_college_and_merging_equals_the_whole(Dataset dataset)
    {
        var whole = Laws.Evaluate(dataset);
        var parts = dataset.Colleges.Select(college => dataset with
        {
            Graduates = dataset.Graduates.Where(g => g.CollegeId == college.Id).ToValueArray(),
        }).Select(part => Laws.Evaluate(part, mode: EvaluationMode.Lenient)).ToArray();

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

        // Merge: the region's roll-up of each college's result as its own part computed it.
        foreach (var region in whole.RegionResults)
        {
            var descriptor = Laws.Criteria[region.Code];
            var fromParts = dataset.Colleges.Select((c, i) => Laws.Result(parts[i], c.Id, region.Code, region.Cohort)).ToArray();
            var merged = ReportBuilder.Region(descriptor, region.Cohort, fromParts, EvaluationProfile.Default);
            if (merged != region)
            {
                failures.Add($"region {region.Code}/{region.Cohort}: whole {region.Numerator}/{region.Denominator} {region.Value}, merged {merged.Numerator}/{merged.Denominator} {merged.Value}");
            }

            if (descriptor.Kind == CriterionKind.Share && (region.Numerator != fromParts.Sum(r => r.Numerator) || region.Denominator != fromParts.Sum(r => r.Denominator)))
            {
                failures.Add($"region {region.Code}/{region.Cohort} is not the sum of the parts");
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures));
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
        var reread = ReportWriter.Parse(json);
        return (reread == report && ReportWriter.ToJson(reread) == json).Label("the report read back differs");
    }
}
