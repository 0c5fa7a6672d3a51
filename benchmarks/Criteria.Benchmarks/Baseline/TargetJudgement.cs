using System.Numerics;
using Criteria.Profiles;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// A fraction n ÷ d against an exact target m ÷ 10^s, in whole numbers: met when 10^s·n ≥ m·d (≤ when
/// lower is better). 128-bit arithmetic for the targets profiles have (at most 18 digits after the point
/// and a significand of a long); big integers beyond.
/// </summary>
internal static class TargetJudgement
{
    private static readonly long[] PowersOfTen = [.. Enumerable.Range(0, 19).Select(e => (long)BigInteger.Pow(10, e))];

    /// <summary>True when n ÷ d meets the target.</summary>
    /// <param name="numerator">n.</param>
    /// <param name="denominator">d, more than 0 (1 for a count).</param>
    /// <param name="target">The target.</param>
    /// <param name="lowerIsBetter">True for 5.9 and 5.10.</param>
    /// <returns>True when met.</returns>
    public static bool Meets(long numerator, long denominator, ExactDecimal target, bool lowerIsBetter)
    {
        int order;
        var significand = target.Significand;
        if (target.Scale < PowersOfTen.Length && significand >= long.MinValue && significand <= long.MaxValue)
        {
            var left = (Int128)numerator * PowersOfTen[target.Scale];
            var right = (Int128)(long)significand * denominator;
            order = left.CompareTo(right);
        }
        else
        {
            order = (numerator * BigInteger.Pow(10, target.Scale)).CompareTo(significand * denominator);
        }

        return lowerIsBetter ? order <= 0 : order >= 0;
    }
}
