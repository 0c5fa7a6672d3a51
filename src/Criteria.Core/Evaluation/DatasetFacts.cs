using Criteria.Collections;
using Criteria.Facts;

namespace Criteria.Evaluation;

/// <summary>
/// The facts of one dataset, in document order. Colleges and events are made at once (they are few);
/// a graduate's fact is made when it is asked for, from references already resolved to positions,
/// so that a batch pass over a million graduates keeps no fact longer than it needs it.
/// <see cref="Graduates"/> makes them all, once, for the sessions that hold facts. Thread-safe.
/// </summary>
internal sealed class DatasetFacts
{
    private readonly Dataset _dataset;
    private readonly int[] _kept; // per graduate record: its college's position, or -1 when the record is left out
    private readonly int[] _attendedStart; // per graduate record: where its attended events start in _attended; one more at the end
    private readonly CareerEvent[] _attended;
    private readonly int[] _outcomeEmployers;
    private readonly int[] _contractEmployers;
    private readonly EvaluationContext _context;
    private readonly Lazy<IReadOnlyList<GraduateFact>> _graduates;

    public DatasetFacts(
        Dataset dataset,
        IReadOnlyList<CollegeFact> colleges,
        IReadOnlyList<EventFact> events,
        int[] kept,
        int[] attendedStart,
        CareerEvent[] attended,
        int[] outcomeEmployers,
        int[] contractEmployers,
        EvaluationContext context)
    {
        _dataset = dataset;
        Colleges = colleges;
        Events = events;
        _kept = kept;
        _attendedStart = attendedStart;
        _attended = attended;
        _outcomeEmployers = outcomeEmployers;
        _contractEmployers = contractEmployers;
        _context = context;
        _graduates = new Lazy<IReadOnlyList<GraduateFact>>(MakeAll, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public IReadOnlyList<CollegeFact> Colleges { get; }

    public IReadOnlyList<EventFact> Events { get; }

    /// <summary>The number of graduate records (kept or not): the range of <see cref="Graduate"/>.</summary>
    public int GraduateRecords => _kept.Length;

    /// <summary>Every kept graduate's fact, in document order; made on first use.</summary>
    public IReadOnlyList<GraduateFact> Graduates => _graduates.Value;

    /// <summary>The fact of the graduate record at <paramref name="position"/>; null when the record is left out (a repeated id, a college that does not exist).</summary>
    public GraduateFact? Graduate(int position)
    {
        if (_kept[position] < 0)
        {
            return null;
        }

        var start = _attendedStart[position];
        var count = _attendedStart[position + 1] - start;
        var attended = count == 0 ? default : ValueArray<CareerEvent>.TakeOwnership(_attended.AsSpan(start, count).ToArray());
        var employers = _dataset.Employers;
        return new GraduateFact(
            _dataset.Graduates[position],
            position,
            attended,
            _outcomeEmployers[position] is var outcome and >= 0 ? employers[outcome] : null,
            _contractEmployers[position] is var contract and >= 0 ? employers[contract] : null,
            _context);
    }

    private GraduateFact[] MakeAll()
    {
        var made = new GraduateFact?[_kept.Length];
        Parallel.For(0, _kept.Length, i => made[i] = Graduate(i));
        var all = new List<GraduateFact>(made.Length);
        foreach (var fact in made)
        {
            if (fact is not null)
            {
                all.Add(fact);
            }
        }

        return [.. all];
    }
}
