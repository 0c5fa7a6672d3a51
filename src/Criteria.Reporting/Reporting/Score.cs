namespace Criteria.Reporting;

/// <summary>
/// A criterion's score in the rating, an exact fraction from 0 to 1: whole numbers in the common case, a
/// <see cref="Fraction"/> of big integers when they do not fit; <see cref="Has"/> is false where there is no score.
/// </summary>
internal readonly struct Score
{
    private const long Exact = 1L << 53; // whole numbers a double holds exactly

    private readonly long _numerator;
    private readonly long _denominator;
    private readonly Fraction? _big;

    public Score(long numerator, long denominator)
    {
        _numerator = numerator;
        _denominator = denominator;
    }

    private Score(Fraction big) => _big = big;

    /// <summary>Whether there is a score.</summary>
    public bool Has => _denominator > 0 || _big is not null;

    /// <summary>numerator ÷ denominator, in whole numbers when they fit.</summary>
    public static Score Of(Int128 numerator, Int128 denominator) =>
        numerator <= long.MaxValue && denominator <= long.MaxValue
            ? new Score((long)numerator, (long)denominator)
            : new Score(new Fraction((System.Numerics.BigInteger)numerator, (System.Numerics.BigInteger)denominator));

    /// <summary>1 − the score (for a criterion where lower is better); no score stays none.</summary>
    public Score Complement() =>
        _big is { } big ? new Score(Fraction.One - big)
        : _denominator > 0 ? new Score(_denominator - _numerator, _denominator)
        : default;

    /// <summary>The exact fraction.</summary>
    public Fraction ToFraction() => _big ?? Fraction.Of(_numerator, _denominator);

    /// <summary>The nearest double.</summary>
    public double ToDouble() =>
        _big is null && _numerator < Exact && _denominator < Exact ? (double)_numerator / _denominator : ToFraction().ToDouble();
}
