using System.Numerics;
using Criteria.Profiles;

namespace Criteria.Reporting;

/// <summary>An exact fraction of whole numbers (denominator above zero), for the rating's sums: no rounding until the end.</summary>
internal readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
{
    public static Fraction Zero => new(BigInteger.Zero, BigInteger.One);

    public static Fraction One => new(BigInteger.One, BigInteger.One);

    public static Fraction Of(long numerator, long denominator) => new(numerator, denominator);

    public static Fraction Of(ExactDecimal value) => new(value.Significand, BigInteger.Pow(10, value.Scale));

    public bool IsPositive => Numerator.Sign > 0;

    public static Fraction operator +(Fraction left, Fraction right) =>
        left.Denominator == right.Denominator
            ? new(left.Numerator + right.Numerator, left.Denominator)
            : Reduce(left.Numerator * right.Denominator + right.Numerator * left.Denominator, left.Denominator * right.Denominator);

    public static Fraction operator -(Fraction left, Fraction right) => left + new Fraction(-right.Numerator, right.Denominator);

    public static Fraction operator *(Fraction left, Fraction right) => Reduce(left.Numerator * right.Numerator, left.Denominator * right.Denominator);

    public static Fraction operator /(Fraction left, Fraction right) =>
        right.Numerator.Sign < 0
            ? Reduce(-left.Numerator * right.Denominator, left.Denominator * -right.Numerator)
            : Reduce(left.Numerator * right.Denominator, left.Denominator * right.Numerator);

    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>Rounded half up to <paramref name="decimals"/> places (the fraction is not negative).</summary>
    public decimal RoundHalfUp(int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var units = (2 * Numerator * scale + Denominator) / (2 * Denominator); // ⌊x·10^k + ½⌋
        return (decimal)units / (decimal)scale;
    }

    /// <summary>The nearest double.</summary>
    public double ToDouble()
    {
        var (n, d) = (Numerator, Denominator);
        if (BigInteger.Abs(n) < Exact && d < Exact)
        {
            return (double)n / (double)d; // both exact: IEEE division rounds to nearest
        }

        // A quotient of 60–62 bits (scaled by 2^shift), a sticky bit for any remainder (it only breaks a tie), then
        // one conversion from a long, which rounds to nearest: |n|/d = q·2^-shift.
        var magnitude = BigInteger.Abs(n);
        var shift = 61 - (int)(magnitude.GetBitLength() - d.GetBitLength());
        var quotient = BigInteger.DivRem(shift >= 0 ? magnitude << shift : magnitude, shift >= 0 ? d : d << -shift, out var remainder);
        var sticky = (long)((quotient << 1) | (remainder.IsZero ? 0 : 1));
        var value = Math.ScaleB((double)sticky, -shift - 1);
        return n.Sign < 0 ? -value : value;
    }

    private static readonly BigInteger Exact = BigInteger.One << 53;

    private static Fraction Reduce(BigInteger numerator, BigInteger denominator)
    {
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd.IsOne || gcd.IsZero ? new(numerator, denominator) : new(numerator / gcd, denominator / gcd);
    }
}
