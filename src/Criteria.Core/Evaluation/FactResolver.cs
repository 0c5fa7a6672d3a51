using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Quality;

namespace Criteria.Evaluation;

/// <summary>
/// Turns a dataset into the facts the rules see: references resolved to objects once, contingents
/// counted, the first of duplicate ids kept and records whose college does not exist left out (the
/// lenient reading of criteria.md; in strict mode such a dataset never gets here).
/// </summary>
internal static class FactResolver
{
    private const int GraduatesPerWorker = 50_000;

    public static DatasetFacts Resolve(Dataset dataset, EvaluationContext context, DatasetIndex index, CancellationToken cancellationToken = default)
    {
        var colleges = index.Colleges;
        cancellationToken.ThrowIfCancellationRequested();
        var employers = index.Employers.ToDictionary(e => e.Key, e => dataset.Employers[e.Value], StringComparer.Ordinal);

        // The first graduate of each id is kept, unless its college does not exist (lenient mode).
        var graduates = index.Graduates;
        var everyCollege = index.EveryGraduateHasItsCollege;
        bool Kept(string id, out int position) =>
            graduates.TryGetValue(id, out position) && (everyCollege || colleges.ContainsKey(dataset.Graduates[position].CollegeId));

        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<EventFact>(dataset.Events.Count);
        var attended = new List<CareerEvent>?[dataset.Graduates.Count];
        for (var i = 0; i < dataset.Events.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var careerEvent = dataset.Events[i];
            if (!colleges.ContainsKey(careerEvent.CollegeId) || !eventIds.Add(careerEvent.Id))
            {
                continue;
            }

            events.Add(Event(careerEvent, i, employers, context));
            foreach (var participant in careerEvent.ParticipantIds)
            {
                if (Kept(participant, out var position))
                {
                    var list = attended[position] ??= [];
                    if (list.Count == 0 || !ReferenceEquals(list[^1], careerEvent))
                    {
                        list.Add(careerEvent); // a participant listed twice attended once
                    }
                }
            }
        }

        // Graduates' facts are independent of each other: large datasets are resolved on every core.
        var all = dataset.Graduates;
        var resolved = new GraduateFact?[all.Count];
        var workers = Math.Clamp(all.Count / GraduatesPerWorker, 1, Environment.ProcessorCount);
        var contingents = new long[workers][];
        Parallel.For(0, workers, new ParallelOptions { CancellationToken = cancellationToken }, w =>
        {
            var counts = contingents[w] = new long[dataset.Colleges.Count * 5];
            for (var i = all.Count * w / workers; i < all.Count * (w + 1) / workers; i++)
            {
                if ((i & 0x1FFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var graduate = all[i];
                if (!Kept(graduate.Id, out var kept) || kept != i)
                {
                    continue;
                }

                var fact = Graduate(graduate, i, attended[i] is { } list ? ValueArray<CareerEvent>.TakeOwnership([.. list]) : default, employers, context);
                resolved[i] = fact;
                var college = colleges[graduate.CollegeId] * 5;
                for (var bits = (int)fact.Cohorts & 0x1F; bits != 0; bits &= bits - 1)
                {
                    counts[college + System.Numerics.BitOperations.TrailingZeroCount(bits)]++;
                }
            }
        });

        var graduateFacts = new List<GraduateFact>(all.Count);
        foreach (var fact in resolved)
        {
            if (fact is not null)
            {
                graduateFacts.Add(fact);
            }
        }

        var contingent = new long[dataset.Colleges.Count, 5];
        foreach (var counts in contingents)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                contingent[i / 5, i % 5] += counts[i];
            }
        }

        var collegeFacts = new List<CollegeFact>(colleges.Count);
        for (var i = 0; i < dataset.Colleges.Count; i++)
        {
            if (colleges[dataset.Colleges[i].Id] == i)
            {
                var counts = new CohortCounts(contingent[i, 0], contingent[i, 1], contingent[i, 2], contingent[i, 3], contingent[i, 4]);
                collegeFacts.Add(new CollegeFact(dataset.Colleges[i], i, counts, context));
            }
        }

        return new DatasetFacts(collegeFacts, events, graduateFacts);
    }

    /// <summary>A graduate's fact: its employers resolved (an id that names no employer is absent).</summary>
    public static GraduateFact Graduate(Graduate graduate, int index, ValueArray<CareerEvent> attended, IReadOnlyDictionary<string, Employer> employers, EvaluationContext context) =>
        new(
            graduate,
            index,
            attended,
            graduate.Outcome.EmployerId is { } outcomeEmployer ? employers.GetValueOrDefault(outcomeEmployer) : null,
            graduate.TargetedContract is { } contract ? employers.GetValueOrDefault(contract.EmployerId) : null,
            context);

    /// <summary>An event's fact: only the employers that exist, each once.</summary>
    public static EventFact Event(CareerEvent careerEvent, int index, IReadOnlyDictionary<string, Employer> employers, EvaluationContext context) =>
        new(careerEvent, index, context)
        {
            EmployerIds = careerEvent.EmployerIds.Where(employers.ContainsKey).Distinct(StringComparer.Ordinal).ToValueArray(),
        };
}
