using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Server;

/// <summary>
/// The service's live region: one live evaluation, opened from a dataset and moved by change batches, and the
/// results each batch moved (a bounded history, so that a caller that last saw sequence N gets what moved since).
/// </summary>
internal sealed class LiveRegion
{
    private readonly object _gate = new();
    private readonly int _history;
    private readonly LinkedList<(long Sequence, IReadOnlyList<ResultChange> Changes)> _log = new();
    private LiveEvaluation? _live;
    private long _opened;
    private long _base; // sequences go on across openings: an ETag or a `since` of an earlier region never matches a later one

    public LiveRegion(int history) => _history = history;

    public LiveEvaluation? Live => Volatile.Read(ref _live);

    /// <summary>The region's sequence as the service numbers it (going on from the regions opened before).</summary>
    public long SequenceOf(long live) => Volatile.Read(ref _base) + live;

    /// <summary>The current sequence; null without a region.</summary>
    public long? Sequence => Live is { } live ? SequenceOf(live.Sequence) : null;

    /// <summary>Opens (or opens again) the region from a dataset: the history starts over.</summary>
    public long Open(CriteriaEvaluator evaluator, Dataset dataset, EvaluationProfile? profile, CancellationToken cancellationToken)
    {
        var live = evaluator.OpenLive(dataset, profile, cancellationToken);
        lock (_gate)
        {
            var next = _live is null ? 0 : SequenceOf(_live.Sequence) + 1;
            Volatile.Write(ref _base, next - live.Sequence);
            _live = live;
            _log.Clear();
            _opened = next;
            return next;
        }
    }

    /// <summary>Applies a batch atomically and notes what it moved; returns the new sequence and the moved results.</summary>
    public (long Sequence, IReadOnlyList<ResultChange> Changes) Apply(IReadOnlyList<RecordChange> changes)
    {
        lock (_gate)
        {
            var live = _live ?? throw new InvalidOperationException("No live region is open: POST /live first.");
            var sequence = SequenceOf(live.Apply(changes));
            var moved = live.TakeChanges();
            _log.AddLast((sequence, moved));
            while (_log.Count > _history)
            {
                _log.RemoveFirst();
            }

            return (sequence, moved);
        }
    }

    /// <summary>The results that moved after <paramref name="since"/>, each once as it is now; null when the history no longer reaches back that far.</summary>
    public (long Sequence, IReadOnlyList<ResultChange>? Changes) Since(long since)
    {
        lock (_gate)
        {
            var live = _live ?? throw new InvalidOperationException("No live region is open: POST /live first.");
            // What moved after `since` is known when it is not before the opening and no batch after it was let go.
            var now = SequenceOf(live.Sequence);
            if (since < _opened || since > now || (_log.Count >= _history && _log.First is { } first && since < first.Value.Sequence - 1))
            {
                return (now, null);
            }

            var latest = new Dictionary<(string?, string, Cohort), ResultChange>();
            foreach (var (sequence, changes) in _log)
            {
                if (sequence > since)
                {
                    foreach (var change in changes)
                    {
                        latest[(change.CollegeId, change.Result.Code, change.Result.Cohort)] = change;
                    }
                }
            }

            return (now, latest.Values.ToList());
        }
    }
}
