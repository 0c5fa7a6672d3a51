using Criteria.Collections;
using Criteria.Reporting;

namespace Criteria.Kinds;

/// <summary>
/// What a region's result is made of, for every kind: the colleges' results summed up — how many there
/// are and in which status, Σ numerators, Σ denominators (and how many have none), Σ counts, and the ids
/// they name with how many colleges name each. A college's result is added or taken back in O(1) (O(ids)
/// for a count of distinct ids), so a live evaluation keeps the region current without going over every
/// college; a batch evaluation adds them all once. Mutable; one per criterion and cohort.
/// </summary>
internal sealed class RegionTotals
{
    private Dictionary<string, int>? _ids;

    /// <summary>The colleges.</summary>
    public long Colleges { get; private set; }

    /// <summary>The colleges whose result is <c>met</c>.</summary>
    public long Met { get; private set; }

    /// <summary>The colleges whose result is <c>notMet</c>.</summary>
    public long NotMet { get; private set; }

    /// <summary>The colleges whose result is <c>noData</c>.</summary>
    public long NoData { get; private set; }

    /// <summary>Σ numerators (a missing one counts 0).</summary>
    public long Numerator { get; private set; }

    /// <summary>Σ denominators (a missing one counts 0).</summary>
    public long Denominator { get; private set; }

    /// <summary>The colleges whose result has a numerator and a denominator, but no denominator.</summary>
    public long MissingDenominators { get; private set; }

    /// <summary>Σ the colleges' values as whole numbers (counts).</summary>
    public long Values { get; private set; }

    /// <summary>The totals of a list of results.</summary>
    public static RegionTotals Of(IReadOnlyList<CriterionResult> colleges)
    {
        var totals = new RegionTotals();
        foreach (var college in colleges)
        {
            totals.Add(college, +1);
        }

        return totals;
    }

    /// <summary>Adds a college's result (<paramref name="sign"/> +1) or takes it back (−1).</summary>
    public void Add(CriterionResult result, int sign)
    {
        Colleges += sign;
        switch (result.Status)
        {
            case ResultStatus.Met: Met += sign; break;
            case ResultStatus.NotMet: NotMet += sign; break;
            case ResultStatus.NoData: NoData += sign; break;
        }

        Numerator += sign * (result.Numerator ?? 0);
        Denominator += sign * (result.Denominator ?? 0);
        if (result.HasRatio && result.Denominator is null)
        {
            MissingDenominators += sign;
        }

        if (result.Value.Kind is ResultValueKind.WholeNumber)
        {
            Values += sign * (long)result.Value.Number;
        }

        foreach (var id in result.Ids ?? ValueArray<string>.Empty)
        {
            _ids ??= new Dictionary<string, int>(StringComparer.Ordinal);
            var count = _ids.GetValueOrDefault(id) + sign;
            if (count == 0)
            {
                _ids.Remove(id);
            }
            else
            {
                _ids[id] = count;
            }
        }
    }

    /// <summary>The ids any college names, each once, in ordinal order.</summary>
    public ValueArray<string> DistinctIds() => _ids is null ? ValueArray<string>.Empty : _ids.Keys.Order(StringComparer.Ordinal).ToValueArray();
}
