using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.PropertyTests.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests;

/// <summary>Incremental equals batch: a live evaluation after any sequence of changes reports what a fresh evaluation of the final data does.</summary>
public sealed class LiveLaws
{
    [Law]
    public Property After_any_sequence_of_changes_live_results_equal_a_fresh_batch_evaluation(Dataset dataset, LiveChange[] changes, EvaluationProfile profile)
    {
        var live = Laws.Evaluator.OpenLive(dataset, profile);
        var applied = 0;
        foreach (var change in changes)
        {
            var before = live.Dataset;
            try
            {
                change.Apply(live);
                applied++;
            }
            catch (DatasetRejectedException)
            {
                if (live.Dataset != before)
                {
                    return false.Label($"a rejected change ({change}) changed the data");
                }
            }
        }

        var batch = ReportWriter.ToJson(Laws.Evaluate(live.Dataset, profile));
        var incremental = ReportWriter.ToJson(live.Snapshot());
        return (batch == incremental)
            .Label($"{applied} of {changes.Length} changes applied; the live report differs from the batch report")
            .Classify(applied == changes.Length, "all changes applied");
    }

    [Law]
    public Property The_changes_reported_are_exactly_the_results_that_moved(Dataset dataset, LiveChange[] changes, EvaluationProfile profile)
    {
        var live = Laws.Evaluator.OpenLive(dataset, profile);
        var failures = new List<string>();
        var moved = 0;
        foreach (var change in changes)
        {
            var before = Laws.Keyed(live.Snapshot());
            try
            {
                change.Apply(live);
            }
            catch (DatasetRejectedException)
            {
            }

            var after = Laws.Keyed(live.Snapshot());
            var reported = live.TakeChanges().ToDictionary(c => (c.CollegeId, c.Result.Code, c.Result.Cohort), c => c.Result);

            // Nothing that moved is missing...
            foreach (var (key, result) in after.Where(x => !before.TryGetValue(x.Key, out var old) || old != x.Value))
            {
                moved++;
                if (!reported.TryGetValue(key, out var told) || told != result)
                {
                    failures.Add($"{change}: {key} moved to {result.Numerator}/{result.Denominator} {result.Value} {result.Status} but was not reported");
                }
            }

            // ...and nothing reported stood still (or is not what the snapshot now says).
            foreach (var (key, told) in reported)
            {
                if (!after.TryGetValue(key, out var now) || now != told)
                {
                    failures.Add($"{change}: {key} was reported as {told.Numerator}/{told.Denominator} {told.Status}, but the snapshot says otherwise");
                }
                else if (before.TryGetValue(key, out var old) && old == now)
                {
                    failures.Add($"{change}: {key} was reported but did not move ({now.Numerator}/{now.Denominator} {now.Status})");
                }
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures.Take(3))).Classify(moved > 0, "some result moved");
    }
}
