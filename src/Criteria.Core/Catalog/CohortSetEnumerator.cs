using System.Numerics;
using System.Runtime.CompilerServices;

namespace Criteria.Catalog;

/// <summary>
/// The cohorts of a <see cref="CohortSet"/>, in the order of <see cref="Cohort"/>, without allocation:
/// <c>foreach (var cohort in set)</c> (through <see cref="Cohorts.GetEnumerator"/>) instead of a loop over bits.
/// </summary>
internal ref struct CohortSetEnumerator
{
    private int _remaining;

    /// <summary>Starts before the first cohort of a set.</summary>
    /// <param name="set">The set.</param>
    public CohortSetEnumerator(CohortSet set) => _remaining = (int)set & ((1 << Cohorts.Count) - 1);

    /// <summary>The current cohort.</summary>
    public Cohort Current { get; private set; }

    /// <summary>Moves to the next cohort of the set.</summary>
    /// <returns>False after the last one.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MoveNext()
    {
        if (_remaining == 0)
        {
            return false;
        }

        Current = (Cohort)BitOperations.TrailingZeroCount(_remaining);
        _remaining &= _remaining - 1;
        return true;
    }
}
