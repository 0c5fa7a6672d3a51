using System.Numerics;
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

/// <summary>
/// The laws of expectations (docs/profile.md): a college's own target changes only that college's statuses;
/// the rating is monotonic in a college's own share, independent of the colleges' order and of the weights'
/// scale, and within its bounds on strict and lenient data; live evaluation keeps all of it as a batch does.
/// </summary>
public sealed class ExpectationLaws
{
    private static EvaluationProfile Rated(ExpectationProfile profile) =>
        profile.Profile.Rating is null ? profile.Profile with { Rating = RatingSettings.Default } : profile.Profile;

    [Law]
    public Property A_colleges_index_does_not_fall_when_one_of_its_higher_is_better_shares_rises(Dataset dataset, ExpectationProfile expectations)
    {
        var profile = Rated(expectations);
        var settings = profile.Rating!;
        var report = Laws.Evaluate(dataset, profile);

        // The contingent of a cohort is 2.1's denominator (every graduate record of the college in it): an input here, not what is checked.
        long? Contingent(int k, Cohort cohort) => report.Colleges[k].Results.First(r => r.Code == "2.1" && r.Cohort == cohort).Denominator;
        var failures = new List<string>();
        for (var k = 0; k < report.Colleges.Count; k++)
        {
            var before = report.Rating!.Colleges.Single(c => c.CollegeId == report.Colleges[k].Id).Index;
            var results = report.Colleges[k].Results;
            for (var r = 0; r < results.Count; r++)
            {
                var result = results[r];
                var criterion = Laws.Criteria[result.Code];
                if (criterion.Kind != CriterionKind.Share || criterion.LowerIsBetter || result.Status == ResultStatus.Error
                    || result.Cohort != settings.Cohort || result.Denominator is not { } d || result.Numerator >= d)
                {
                    continue;
                }

                var raised = results.ToArray();
                raised[r] = result with { Numerator = result.Numerator + 1, Value = ResultValue.Fraction(result.Numerator!.Value + 1, d) };
                var colleges = report.Colleges.ToArray();
                colleges[k] = colleges[k] with { Results = raised.ToValueArray() };
                var after = RatingComputation.Compute(report.Criteria, colleges, settings, Contingent).Colleges.Single(c => c.CollegeId == colleges[k].Id).Index;
                if (after < before)
                {
                    failures.Add($"{colleges[k].Id} {result.Code}/{result.Cohort} {result.Numerator}→{result.Numerator + 1} of {d}: index {before} → {after}");
                }
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures.Take(5)));
    }

    [Law]
    public Property The_rating_does_not_depend_on_the_order_of_the_colleges_or_their_graduates(Dataset dataset, ExpectationProfile expectations, int seed)
    {
        var random = new Random(seed);
        var profile = Rated(expectations);
        var permuted = dataset with
        {
            Colleges = Laws.Shuffle(dataset.Colleges, random).ToValueArray(),
            Graduates = Laws.Shuffle(dataset.Graduates, random).ToValueArray(),
        };
        var original = ById(Laws.Evaluate(dataset, profile).Rating!);
        var shuffled = ById(Laws.Evaluate(permuted, profile).Rating!);
        return (original.Count == shuffled.Count && original.All(c => shuffled.TryGetValue(c.Key, out var other) && Same(c.Value, other)))
            .Label("a college's index, rank, coverage or parts changed with the order of the colleges");
    }

    [Law]
    public Property Multiplying_every_weight_by_the_same_positive_number_changes_nothing_but_the_weights(Dataset dataset, ExpectationProfile expectations, PositiveInt factor, bool divide)
    {
        var profile = Rated(expectations);
        var settings = profile.Rating!;
        // × n, or × 1/10^k (an exact decimal): the scale must not matter either way.
        var scale = divide ? new ExactDecimal(BigInteger.One, 1 + (factor.Get % 6)) : (ExactDecimal)(long)factor.Get;
        var weights = Laws.Evaluator.Criteria.ToDictionary(
            c => c.Code,
            c => settings.WeightOf(c.Code) is var w ? new ExactDecimal(w.Significand * scale.Significand, w.Scale + scale.Scale) : default,
            StringComparer.Ordinal);
        var original = ById(Laws.Evaluate(dataset, profile).Rating!);
        var scaled = ById(Laws.Evaluate(dataset, profile with { Rating = settings with { Weights = weights } }).Rating!);
        return original.All(c => Same(c.Value, scaled[c.Key], weights: false)).Label($"weights × {scale} changed an index, a rank or a score");
    }

    [Law]
    public Property A_colleges_own_targets_change_only_that_colleges_statuses_and_never_a_score(Dataset dataset, ExpectationProfile expectations)
    {
        var profile = Rated(expectations);
        var college = dataset.Colleges[0].Id;
        var own = profile.CollegeTargets.GetValueOrDefault(college) ?? new Dictionary<string, ExactDecimal> { ["2.1"] = 0.5m, ["3.3"] = 2, ["5.9"] = 0.1m };
        var without = profile with { CollegeTargets = profile.CollegeTargets.Where(c => c.Key != college).ToDictionary() };
        var with = profile with { CollegeTargets = new Dictionary<string, IReadOnlyDictionary<string, ExactDecimal>>(without.CollegeTargets) { [college] = own } };
        var before = Laws.Evaluate(dataset, without);
        var after = Laws.Evaluate(dataset, with);

        var failures = new List<string>();
        if (before.RegionResults != after.RegionResults || before.Findings != after.Findings || !SameRating(before.Rating!, after.Rating!))
        {
            failures.Add("the region's results, the findings or the rating changed");
        }

        foreach (var (b, a) in before.Colleges.Zip(after.Colleges))
        {
            if (b.Id != college && b != a)
            {
                failures.Add($"college {b.Id}'s results changed");
            }
        }

        var results = before.Colleges.Single(c => c.Id == college).Results.Zip(after.Colleges.Single(c => c.Id == college).Results);
        foreach (var (b, a) in results)
        {
            if ((a with { Status = b.Status, Target = b.Target, TargetSource = b.TargetSource, ProfileTarget = b.ProfileTarget, ProfileStatus = b.ProfileStatus }) != b)
            {
                failures.Add($"{a.Code}/{a.Cohort}: more than the target and the status changed");
            }

            var kind = Laws.Criteria[a.Code].Kind;
            var applies = own.TryGetValue(a.Code, out var target) && (kind == CriterionKind.Share || (kind == CriterionKind.Count && a.Cohort == Cohort.All));
            if (applies != (a.TargetSource == TargetSource.College) || (applies && a.Target != target))
            {
                failures.Add($"{a.Code}/{a.Cohort}: the college's own target {(applies ? target.ToString() : "none")} is not the result's ({a.Target}, {a.TargetSource})");
            }
            else if (applies && ExpectedStatus(a, target) is { } status && status != a.Status)
            {
                failures.Add($"{a.Code}/{a.Cohort}: {a.Numerator}/{a.Denominator} {a.Value} against {target} is {status}, not {a.Status}");
            }

            if (applies && (a.ProfileTarget != b.Target || a.ProfileStatus != (b.Target is null ? null : b.Status)))
            {
                failures.Add($"{a.Code}/{a.Cohort}: the expectation beside the own target ({a.ProfileTarget}, {a.ProfileStatus}) is not what the profile gave ({b.Target}, {b.Status})");
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures.Take(5)));
    }

    [Law]
    public Property The_rating_stays_in_its_bounds_ranks_in_order_and_reads_back_on_strict_data(Dataset dataset, ExpectationProfile expectations) =>
        Bounded(Laws.Evaluate(dataset, Rated(expectations)), Rated(expectations).Rating!);

    [Law]
    public Property The_rating_stays_in_its_bounds_ranks_in_order_and_reads_back_on_lenient_data(LenientDataset lenient, ExpectationProfile expectations) =>
        Bounded(Laws.Evaluate(lenient.Dataset, Rated(expectations), EvaluationMode.Lenient), Rated(expectations).Rating!);

    [Law]
    public Property Live_evaluation_keeps_own_targets_the_rating_and_dq14_as_a_batch_evaluation_does(Dataset dataset, LiveChange[] changes, ExpectationProfile expectations)
    {
        var profile = expectations.Profile;
        var live = Laws.Evaluator.OpenLive(dataset, profile);
        var mismatches = 0;
        foreach (var change in changes)
        {
            try
            {
                change.Apply(live);
            }
            catch (DatasetRejectedException)
            {
                continue; // a change the data refuses leaves it as it was (LiveLaws)
            }

            mismatches += ReportWriter.ToJson(live.Snapshot()) == ReportWriter.ToJson(Laws.Evaluate(live.Dataset, profile)) ? 0 : 1;
        }

        return (mismatches == 0 && ReportWriter.ToJson(live.Snapshot()) == ReportWriter.ToJson(Laws.Evaluate(live.Dataset, profile)))
            .Label($"{mismatches} snapshots differ from a batch evaluation of their data");
    }

    private static Property Bounded(Report report, RatingSettings settings)
    {
        var rating = report.Rating!;
        var failures = new List<string>();
        var weighted = rating.Weights.Count(w => w.Weight > ExactDecimal.Zero);
        if (rating.Colleges.Select(c => c.CollegeId).Order(StringComparer.Ordinal).SequenceEqual(report.Colleges.Select(c => c.Id).Order(StringComparer.Ordinal)) is false)
        {
            failures.Add("not every college is rated exactly once");
        }

        var ranked = rating.Colleges.Where(c => c.Rank is not null).ToList();
        foreach (var college in rating.Colleges)
        {
            if (college.Index is < 0 or > 100 || college.Coverage is < 0 or > 1 || college.Parts.Count != weighted
                || college.Parts.Any(p => p.Score is < 0 or > 1) || (college.Index is null) != college.Parts.All(p => p.Score is null))
            {
                failures.Add($"{college.CollegeId}: out of bounds ({college.Index}, {college.Coverage}, {college.Parts.Count} parts of {weighted})");
            }

            if (college.Rank is { } rank
                && (college.Coverage < settings.MinCoverage.ToDecimal() || rank != 1 + ranked.Count(other => other.Index > college.Index)))
            {
                failures.Add($"{college.CollegeId}: rank {rank} with index {college.Index} and coverage {college.Coverage}");
            }

            if (college.Rank is null && college.Index is not null && college.Coverage >= settings.MinCoverage.ToDecimal())
            {
                failures.Add($"{college.CollegeId}: no rank with index {college.Index} and coverage {college.Coverage}");
            }
        }

        if (!rating.Colleges.Take(ranked.Count).SequenceEqual(ranked) || !ranked.Select(c => c.Rank!.Value).SequenceEqual(ranked.Select(c => c.Rank!.Value).Order()))
        {
            failures.Add("the ranked colleges are not listed first, by rank");
        }

        if (ReportReader.Parse(ReportWriter.ToJson(report)) != report)
        {
            failures.Add("the report with a rating does not read back the same");
        }

        return (failures.Count == 0).Label(string.Join("; ", failures.Take(5)));
    }

    /// <summary>The status a college's own target gives, compared exactly in whole numbers (independently of the library's comparison).</summary>
    private static ResultStatus? ExpectedStatus(CriterionResult result, ExactDecimal target)
    {
        if (result.Status == ResultStatus.Error)
        {
            return null;
        }

        var lower = Laws.Criteria[result.Code].LowerIsBetter;
        var scale = BigInteger.Pow(10, target.Scale);
        if (result.HasRatio)
        {
            if (result.Denominator is not > 0)
            {
                return ResultStatus.NoData;
            }

            var order = (new BigInteger(result.Numerator!.Value) * scale).CompareTo(target.Significand * result.Denominator.Value); // value − target
            return (lower ? order <= 0 : order >= 0) ? ResultStatus.Met : ResultStatus.NotMet;
        }

        var count = (new BigInteger((long)result.Value.Number) * scale).CompareTo(target.Significand);
        return (lower ? count <= 0 : count >= 0) ? ResultStatus.Met : ResultStatus.NotMet;
    }

    private static Dictionary<string, CollegeRating> ById(Rating rating) => rating.Colleges.ToDictionary(c => c.CollegeId, StringComparer.Ordinal);

    private static bool SameRating(Rating left, Rating right) => left.Colleges.Count == right.Colleges.Count && left.Colleges.Zip(right.Colleges).All(x => Same(x.First, x.Second));

    private static bool Same(CollegeRating left, CollegeRating right, bool weights = true) =>
        left.CollegeId == right.CollegeId && left.Index == right.Index && left.Rank == right.Rank && left.Coverage == right.Coverage
        && left.Parts.Select(p => (p.Code, p.Score)).SequenceEqual(right.Parts.Select(p => (p.Code, p.Score)))
        && (!weights || left.Parts.Select(p => p.Weight).SequenceEqual(right.Parts.Select(p => p.Weight)));
}
