using Criteria.Collections;
using Criteria.Evaluation;

namespace Criteria.Sdk.Aggregation;

/// <summary>
/// The distinct ids named by one college's facts: the result of
/// <see cref="DistinctIdsQueryExtensions.DistinctIdsByCollege{TFact}"/>. Each id is reference-counted,
/// so a fact's retraction takes back exactly what it added. Identity is by reference.
/// </summary>
public sealed class CollegeIdSet
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    internal CollegeIdSet(string collegeId) => CollegeId = collegeId;

    /// <summary>The college.</summary>
    public string CollegeId { get; }

    /// <summary>An immutable copy: the distinct ids, sorted, and their number as the numerator of cohort <c>all</c>.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <returns>The tally of the criterion for this college.</returns>
    public CriterionTally Snapshot(string code)
    {
        var ids = _counts.Keys.Order(StringComparer.Ordinal).ToArray();
        return new CriterionTally
        {
            Code = code,
            CollegeId = CollegeId,
            Numerators = new CohortCounts(ids.Length, null, null, null, null),
            Denominators = new CohortCounts(null, null, null, null, null),
            Ids = ids.ToValueArray(),
        };
    }

    internal void Apply(IReadOnlyList<string> ids, int sign)
    {
        foreach (var id in ids)
        {
            var count = _counts.GetValueOrDefault(id) + sign;
            if (count == 0)
            {
                _counts.Remove(id);
            }
            else
            {
                _counts[id] = count;
            }
        }
    }
}
