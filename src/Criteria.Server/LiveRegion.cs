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

    public LiveRegion(int history) => _history = history;

    public LiveEvaluation? Live => Volatile.Read(ref _live);

    /// <summary>Opens (or opens again) the region from a dataset: the history starts over.</summary>
    public long Open(CriteriaEvaluator evaluator, Dataset dataset, EvaluationProfile? profile, CancellationToken cancellationToken)
    {
        var live = evaluator.OpenLive(dataset, profile, cancellationToken);
        lock (_gate)
        {
            _live = live;
            _log.Clear();
            _opened = live.Sequence;
            return live.Sequence;
        }
    }

    /// <summary>Applies a batch atomically and notes what it moved; returns the new sequence and the moved results.</summary>
    public (long Sequence, IReadOnlyList<ResultChange> Changes) Apply(IReadOnlyList<RecordChange> changes)
    {
        lock (_gate)
        {
            var live = _live ?? throw new InvalidOperationException("No live region is open: POST /live first.");
            var sequence = live.Apply(changes);
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
            if (since < _opened || (_log.Count >= _history && _log.First is { } first && since < first.Value.Sequence - 1))
            {
                return (live.Sequence, null);
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

            return (live.Sequence, latest.Values.ToList());
        }
    }
}
