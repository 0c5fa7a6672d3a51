using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Quality;

namespace Criteria.Evaluation;

/// <summary>
/// Turns a dataset into the facts the rules see: references resolved once (from the positions the
/// validator found), contingents counted, the first of duplicate ids kept and records whose college
/// does not exist left out (the lenient reading of docs/criteria.md; in strict mode such a dataset never
/// gets here). Colleges and events become facts here; graduates' facts are made from the arrays it
/// fills when they are asked for (<see cref="DatasetFacts"/>).
/// </summary>
internal static class FactResolver
{
    private const int GraduatesPerWorker = 50_000;

    public static DatasetFacts Resolve(Dataset dataset, EvaluationContext context, DatasetIndex index, CancellationToken cancellationToken = default)
    {
        var colleges = index.Colleges;
        cancellationToken.ThrowIfCancellationRequested();

        // The first graduate of each id is kept, unless its college does not exist (lenient mode); every
        // kept graduate counts in its college's contingent. Graduates are independent: on every core.
        var all = dataset.Graduates;
        var kept = new int[all.Count];
        var workers = Math.Clamp(all.Count / GraduatesPerWorker, 1, Environment.ProcessorCount);
        var contingents = new long[workers][];
        Parallel.For(0, workers, new ParallelOptions { CancellationToken = cancellationToken }, w =>
        {
            var counts = contingents[w] = new long[dataset.Colleges.Count * Cohorts.Count];
            for (var i = all.Count * w / workers; i < all.Count * (w + 1) / workers; i++)
            {
                if ((i & 0x1FFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var college = index.GraduateColleges[i];
                var graduate = all[i];
                if (college < 0 || (!index.GraduateIdsUnique && index.Graduates[graduate.Id] != i))
                {
                    kept[i] = -1;
                    continue;
                }

                kept[i] = college;
                foreach (var cohort in Cohorts.Of(graduate.Health))
                {
                    counts[(college * Cohorts.Count) + (int)cohort]++;
                }
            }
        });

        // The first event of each id, kept when its college exists (a later event of the same id is never
        // kept in its place: docs/criteria.md keeps the first record of an id); each kept participant attended it once.
        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<EventFact>(dataset.Events.Count);
        var counted = new bool[dataset.Events.Count];
        var attendedStart = new int[all.Count + 1];
        var last = new int[all.Count];
        Array.Fill(last, -1);
        for (var i = 0; i < dataset.Events.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var careerEvent = dataset.Events[i];
            if (!eventIds.Add(careerEvent.Id) || !colleges.ContainsKey(careerEvent.CollegeId))
            {
                continue;
            }

            counted[i] = true;
            events.Add(Event(careerEvent, i, index.Employers, context));
            foreach (var position in index.Participants[i])
            {
                if (position >= 0 && kept[position] >= 0 && last[position] != i)
                {
                    last[position] = i; // a participant listed twice attended once
                    attendedStart[position + 1]++;
                }
            }
        }

        for (var i = 0; i < all.Count; i++)
        {
            attendedStart[i + 1] += attendedStart[i];
        }

        var attended = new CareerEvent[attendedStart[all.Count]];
        var next = last; // reused: where each graduate's next attended event goes
        Array.Copy(attendedStart, next, all.Count);
        for (var i = 0; i < dataset.Events.Count; i++)
        {
            if (!counted[i])
            {
                continue;
            }

            var careerEvent = dataset.Events[i];
            foreach (var position in index.Participants[i])
            {
                if (position >= 0 && kept[position] >= 0 && (next[position] == attendedStart[position] || !ReferenceEquals(attended[next[position] - 1], careerEvent)))
                {
                    attended[next[position]++] = careerEvent;
                }
            }
        }

        var contingent = new long[dataset.Colleges.Count * Cohorts.Count];
        foreach (var counts in contingents)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                contingent[i] += counts[i];
            }
        }

        var collegeFacts = new List<CollegeFact>(colleges.Count);
        for (var i = 0; i < dataset.Colleges.Count; i++)
        {
            if (colleges[dataset.Colleges[i].Id] == i)
            {
                var counts = CohortCounts.From(contingent.AsSpan(i * Cohorts.Count, Cohorts.Count));
                collegeFacts.Add(new CollegeFact(dataset.Colleges[i], i, counts, context));
            }
        }

        return new DatasetFacts(dataset, collegeFacts, events, kept, attendedStart, attended, index.OutcomeEmployers, index.ContractEmployers, context);
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

    /// <summary>An event's fact: only the employers that exist (are keys of <paramref name="employers"/>), each once.</summary>
    public static EventFact Event<TEmployer>(CareerEvent careerEvent, int index, IReadOnlyDictionary<string, TEmployer> employers, EvaluationContext context) =>
        new(careerEvent, index, context)
        {
            EmployerIds = careerEvent.EmployerIds.Where(employers.ContainsKey).Distinct(StringComparer.Ordinal).ToValueArray(),
        };
}
