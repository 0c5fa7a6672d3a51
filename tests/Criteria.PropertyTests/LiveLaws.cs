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
    public Property Every_snapshot_along_a_stream_equals_a_fresh_batch_evaluation_of_its_data(Dataset dataset, LiveChange[] changes, EvaluationProfile profile)
    {
        // Snapshots are made from the previous one and what moved since: each must still be a whole report.
        var live = Laws.Evaluator.OpenLive(dataset, profile);
        var snapshots = 0;
        foreach (var change in changes)
        {
            try
            {
                change.Apply(live);
            }
            catch (DatasetRejectedException)
            {
                continue;
            }

            var snapshot = live.Latest();
            snapshots++;
            var batch = ReportWriter.ToJson(Laws.Evaluate(snapshot.Dataset, profile));
            if (ReportWriter.ToJson(snapshot.Report) != batch)
            {
                return false.Label($"the snapshot after {change} (sequence {snapshot.Sequence}) differs from a batch evaluation of its data");
            }
        }

        return true.Label("every snapshot equals its batch evaluation").Classify(snapshots > 3, "more than three snapshots");
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

    [Law]
    public Property Batches_apply_all_or_nothing_and_end_equal_to_a_fresh_batch_evaluation(Dataset dataset, LiveChange[] changes, EvaluationProfile profile, PositiveInt size)
    {
        var live = Laws.Evaluator.OpenLive(dataset, profile);
        var failures = new List<string>();
        int applied = 0, rejected = 0;
        foreach (var chunk in changes.Chunk(1 + (size.Get % 5)))
        {
            // Every change of a batch is made against the data at the batch's start, as a feed would send them.
            var data = live.Dataset;
            var published = live.Latest();
            var batch = chunk.Select(c => c.For(data)).OfType<RecordChange>().ToArray();
            try
            {
                var sequence = live.Apply(batch);
                applied++;
                if (sequence != published.Sequence + 1 || live.Latest().Sequence != sequence)
                {
                    failures.Add($"batch {applied + rejected}: sequence {sequence} after {published.Sequence}");
                }
            }
            catch (DatasetRejectedException)
            {
                rejected++;
                if (live.Dataset != data || !ReferenceEquals(live.Latest(), published) || live.Sequence != published.Sequence)
                {
                    failures.Add($"a rejected batch ({string.Join(", ", batch.Select(c => c.ToString()))}) changed the evaluation");
                }
            }
        }

        var latest = live.Latest();
        if (ReportWriter.ToJson(Laws.Evaluate(latest.Dataset, profile)) != ReportWriter.ToJson(latest.Report))
        {
            failures.Add($"after {applied} batches ({rejected} rejected) the live report differs from the batch report");
        }

        return (failures.Count == 0).Label(string.Join("; ", failures.Take(3)))
            .Classify(applied > 0, "some batch applied")
            .Classify(rejected > 0, "some batch rejected");
    }

    [Law]
    public Property A_reader_during_a_writers_stream_never_fails_and_sees_only_whole_states(Dataset dataset, LiveChange[] changes)
    {
        var live = Laws.Evaluator.OpenLive(dataset);
        var seen = new List<LiveSnapshot>();
        var errors = new List<Exception>();
        var stop = 0;
        var reader = Task.Run(() =>
        {
            while (Volatile.Read(ref stop) == 0)
            {
                try
                {
                    seen.Add(live.Latest());
                    _ = live.Dataset.Graduates.Count;
                }
                catch (Exception error)
                {
                    errors.Add(error);
                }
            }
        });

        foreach (var change in changes)
        {
            try
            {
                change.Apply(live);
            }
            catch (DatasetRejectedException)
            {
            }
        }

        Volatile.Write(ref stop, 1);
        reader.GetAwaiter().GetResult();
        seen.Add(live.Latest());

        var failures = errors.Select(e => $"the reader got {e.GetType().Name}: {e.Message}").ToList();
        for (var i = 1; i < seen.Count; i++)
        {
            if (seen[i].Sequence < seen[i - 1].Sequence)
            {
                failures.Add($"the reader saw sequence {seen[i].Sequence} after {seen[i - 1].Sequence}");
            }
        }

        // Each state the reader saw is whole: its report is the batch evaluation of its data.
        foreach (var snapshot in seen.Distinct(ReferenceEqualityComparer.Instance).Cast<LiveSnapshot>())
        {
            if (ReportWriter.ToJson(Laws.Evaluate(snapshot.Dataset)) != ReportWriter.ToJson(snapshot.Report))
            {
                failures.Add($"the snapshot of sequence {snapshot.Sequence} is not the evaluation of its data");
            }
        }

        return (failures.Count == 0 && seen[^1].Sequence == live.Sequence).Label(string.Join("; ", failures.Take(3)))
            .Classify(seen.Select(s => s.Sequence).Distinct().Count() > 2, "the reader saw several states");
    }
}
