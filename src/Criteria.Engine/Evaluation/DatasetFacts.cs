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

    /// <summary>The number of graduate records (kept or not): the range of <see cref="Graduate(int)"/>.</summary>
    public int GraduateRecords => _kept.Length;

    /// <summary>The dataset the facts are made of.</summary>
    public Dataset Dataset => _dataset;

    /// <summary>Every kept graduate's fact, in document order; made on first use.</summary>
    public IReadOnlyList<GraduateFact> Graduates => _graduates.Value;

    /// <summary>The fact of the graduate record at <paramref name="position"/>; null when the record is left out (a repeated id, a college that does not exist).</summary>
    public GraduateFact? Graduate(int position) => Graduate(position, null, null);

    /// <summary>
    /// The fact of the graduate record at <paramref name="position"/>, made in <paramref name="reuse"/>
    /// when given (its attended events in one of <paramref name="buffers"/>, one per length): a batch
    /// pass then allocates nothing per graduate. Null when the record is left out.
    /// </summary>
    public GraduateFact? Graduate(int position, GraduateFact? reuse, CareerEvent[]?[]? buffers)
    {
        if (_kept[position] < 0)
        {
            return null;
        }

        var start = _attendedStart[position];
        var count = _attendedStart[position + 1] - start;
        CareerEvent[] events;
        if (count == 0)
        {
            events = [];
        }
        else if (buffers is not null && count < buffers.Length)
        {
            events = buffers[count] ??= new CareerEvent[count];
            Array.Copy(_attended, start, events, 0, count);
        }
        else
        {
            events = _attended.AsSpan(start, count).ToArray();
        }

        var graduate = _dataset.Graduates[position];
        var attended = ValueArray<CareerEvent>.TakeOwnership(events);
        var employers = _dataset.Employers;
        var outcome = _outcomeEmployers[position] is var o and >= 0 ? employers[o] : null;
        var contract = _contractEmployers[position] is var c and >= 0 ? employers[c] : null;
        if (reuse is null)
        {
            // A worker's first fact shares its buffers and is reused after: it must be copied to be kept.
            var fact = new GraduateFact(graduate, position, attended, outcome, contract, _context);
            return buffers is null ? fact : fact.Shared();
        }

        reuse.Reuse(graduate, position, attended, outcome, contract);
        return reuse;
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
