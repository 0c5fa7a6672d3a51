using Criteria.Collections;

namespace Criteria.Kinds;

/// <summary>What the rules counted for one college, criterion and cohort.</summary>
/// <param name="Numerator">The numerator (a count, the items present, a); 0 when nothing was counted.</param>
/// <param name="Denominator">The denominator (the population, the items required, b); null where there is none (nothing counted, or a match's missing СПО-1 count).</param>
/// <param name="Ids">For a count of distinct ids: the ids.</param>
internal readonly record struct CollegeCounts(long Numerator, long? Denominator, ValueArray<string> Ids)
{
    /// <summary>Nothing counted.</summary>
    public static CollegeCounts None => new(0, null, ValueArray<string>.Empty);
}
