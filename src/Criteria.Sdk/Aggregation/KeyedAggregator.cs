using NRules.Aggregators;
using NRules.RuleModel;

namespace Criteria.Sdk.Aggregation;

/// <summary>
/// The incremental core of the criteria's aggregates: facts are grouped by college, each fact's
/// contribution is remembered so that an update or retraction takes it back in O(1), and one result
/// object per college is added, modified in place, or removed when its last fact goes. Every
/// expression of a fact is evaluated before any state changes; a fact whose expression throws is
/// left out (the engine has already raised its failure event, which marks the criterion failed).
/// </summary>
/// <typeparam name="TContribution">What one fact adds to its college's group.</typeparam>
/// <typeparam name="TGroup">The per-college result object, identified by reference.</typeparam>
internal abstract class KeyedAggregator<TContribution, TGroup> : IAggregator
    where TGroup : class
{
    private readonly Dictionary<IFact, (string Key, TContribution Value)> _byFact = [];
    private readonly Dictionary<string, Group> _groups = new(StringComparer.Ordinal);

    public IReadOnlyCollection<AggregationResult> Add(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts) =>
        Apply(context, tuple, facts, exclude: false, include: true);

    public IReadOnlyCollection<AggregationResult> Modify(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts) =>
        Apply(context, tuple, facts, exclude: true, include: true);

    public IReadOnlyCollection<AggregationResult> Remove(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts) =>
        Apply(context, tuple, facts, exclude: true, include: false);

    /// <summary>The fact's college and contribution; throws when an expression fails.</summary>
    protected abstract (string Key, TContribution Value) Evaluate(AggregationContext context, ITuple tuple, IFact fact);

    protected abstract TGroup CreateGroup(string key);

    /// <summary>Adds (<paramref name="sign"/> = 1) or takes back (−1) a contribution.</summary>
    protected abstract void Apply(TGroup group, TContribution value, int sign);

    private IReadOnlyCollection<AggregationResult> Apply(AggregationContext context, ITuple tuple, IReadOnlyCollection<IFact> facts, bool exclude, bool include)
    {
        if (facts.Count == 0)
        {
            return AggregationResult.Empty;
        }

        if (facts.Count == 1)
        {
            return ApplyOne(context, tuple, facts.First(), exclude, include);
        }

        var evaluated = new List<(IFact Fact, bool Included, string Key, TContribution Value)>(facts.Count);
        foreach (var fact in facts)
        {
            evaluated.Add(include && TryEvaluate(context, tuple, fact, out var contribution)
                ? (fact, true, contribution.Key, contribution.Value)
                : (fact, false, "", default!));
        }

        var touched = new Dictionary<string, bool>(StringComparer.Ordinal); // key → the group existed before this batch
        foreach (var (fact, included, key, value) in evaluated)
        {
            if (exclude && _byFact.Remove(fact, out var old))
            {
                var oldGroup = _groups[old.Key];
                touched.TryAdd(old.Key, true);
                oldGroup.Facts.Remove(fact);
                Apply(oldGroup.Result, old.Value, -1);
            }

            if (!included)
            {
                continue;
            }

            if (!_groups.TryGetValue(key, out var group))
            {
                _groups[key] = group = new Group(CreateGroup(key));
                touched.TryAdd(key, false);
            }
            else
            {
                touched.TryAdd(key, group.Facts.Count > 0);
            }

            _byFact[fact] = (key, value);
            group.Facts.Add(fact);
            Apply(group.Result, value, +1);
        }

        var results = new List<AggregationResult>(touched.Count);
        foreach (var (key, existed) in touched)
        {
            var group = _groups[key];
            if (group.Facts.Count == 0)
            {
                _groups.Remove(key);
                if (existed)
                {
                    results.Add(AggregationResult.Removed(group.Result));
                }
            }
            else
            {
                results.Add(existed
                    ? AggregationResult.Modified(group.Result, group.Result, group.Facts)
                    : AggregationResult.Added(group.Result, group.Facts));
            }
        }

        return results;
    }

    /// <summary>
    /// One fact — what a live update sends — without the batch's lists and dictionaries: at most two
    /// groups move (the fact's old college and its new one).
    /// </summary>
    private AggregationResult[] ApplyOne(AggregationContext context, ITuple tuple, IFact fact, bool exclude, bool include)
    {
        (string Key, TContribution Value) contribution = default;
        (string Key, TContribution Value) old = default;
        var included = include && TryEvaluate(context, tuple, fact, out contribution);
        if (exclude && included && _byFact.TryGetValue(fact, out var previous)
            && string.Equals(previous.Key, contribution.Key, StringComparison.Ordinal)
            && EqualityComparer<TContribution>.Default.Equals(previous.Value, contribution.Value))
        {
            // The fact changed in ways this aggregate does not count: nothing to redo downstream.
            return AggregationResult.Empty;
        }

        Group? oldGroup = null;
        if (exclude && _byFact.Remove(fact, out old))
        {
            oldGroup = _groups[old.Key];
            oldGroup.Facts.Remove(fact);
            Apply(oldGroup.Result, old.Value, -1);
        }

        Group? newGroup = null;
        var created = false;
        if (included)
        {
            if (!_groups.TryGetValue(contribution.Key!, out newGroup))
            {
                _groups[contribution.Key!] = newGroup = new Group(CreateGroup(contribution.Key!));
                created = true;
            }
            else
            {
                created = newGroup.Facts.Count == 0 && !ReferenceEquals(newGroup, oldGroup);
            }

            _byFact[fact] = contribution;
            newGroup.Facts.Add(fact);
            Apply(newGroup.Result, contribution.Value, +1);
        }

        if (oldGroup is not null && ReferenceEquals(oldGroup, newGroup))
        {
            return [AggregationResult.Modified(oldGroup.Result, oldGroup.Result, oldGroup.Facts)];
        }

        var results = new List<AggregationResult>(2);
        if (oldGroup is not null)
        {
            results.Add(Settle(old.Key!, oldGroup));
        }

        if (newGroup is not null)
        {
            results.Add(created ? AggregationResult.Added(newGroup.Result, newGroup.Facts) : AggregationResult.Modified(newGroup.Result, newGroup.Result, newGroup.Facts));
        }

        return [.. results];
    }

    /// <summary>The result for a group that lost a fact: modified, or removed with its last fact.</summary>
    private AggregationResult Settle(string key, Group group)
    {
        if (group.Facts.Count > 0)
        {
            return AggregationResult.Modified(group.Result, group.Result, group.Facts);
        }

        _groups.Remove(key);
        return AggregationResult.Removed(group.Result);
    }

    private bool TryEvaluate(AggregationContext context, ITuple tuple, IFact fact, out (string Key, TContribution Value) contribution)
    {
        try
        {
            contribution = Evaluate(context, tuple, fact);
            return true;
        }
#pragma warning disable CA1031 // reported through the engine's failure event; see the class summary
        catch (Exception)
#pragma warning restore CA1031
        {
            contribution = default;
            return false;
        }
    }

    private sealed class Group(TGroup result)
    {
        public TGroup Result { get; } = result;

        public HashSet<IFact> Facts { get; } = [];
    }
}
