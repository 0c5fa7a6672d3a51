using System.Globalization;
using System.Numerics;
using System.Text;

namespace Criteria.Profiles;

/// <summary>
/// A decimal number of any number of digits, held exactly as <see cref="Significand"/> ÷ 10^<see cref="Scale"/>:
/// a target as written in a profile. <c>0.33333333333333333333333333334</c> keeps all its digits (a .NET
/// <see cref="decimal"/> keeps 28 or 29 and would round it), so a target is compared with a fraction
/// numerator ÷ denominator in whole numbers, with no rounding at all (<see cref="CompareToFraction"/>).
/// Immutable; equal values are equal whatever their written scale (<c>0.9</c> = <c>0.90</c>), and the
/// written form is kept for output (<see cref="ToString()"/> gives <c>0.90</c> back).
/// </summary>
public readonly struct ExactDecimal : IEquatable<ExactDecimal>, IComparable<ExactDecimal>, IComparable
{
    /// <summary>The most digits a written number may have (the contract's bound on a string).</summary>
    public const int MaxDigits = 4096;

    private readonly BigInteger _significand;
    private readonly int _scale;

    /// <summary>Creates the number <paramref name="significand"/> ÷ 10^<paramref name="scale"/>.</summary>
    /// <param name="significand">The digits as a whole number (negative for a negative number).</param>
    /// <param name="scale">The number of digits after the decimal point, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">The scale is negative, or the number has more than <see cref="MaxDigits"/> digits.</exception>
    public ExactDecimal(BigInteger significand, int scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(scale);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scale, MaxDigits);
        if (BigInteger.Abs(significand).GetBitLength() > MaxDigits * 4L)
        {
            throw new ArgumentOutOfRangeException(nameof(significand), $"A number may have at most {MaxDigits} digits.");
        }

        _significand = significand;
        _scale = scale;
    }

    /// <summary>Zero.</summary>
    public static ExactDecimal Zero => default;

    /// <summary>One.</summary>
    public static ExactDecimal One => new(BigInteger.One, 0);

    /// <summary>The digits as a whole number: the value is <see cref="Significand"/> ÷ 10^<see cref="Scale"/>.</summary>
    public BigInteger Significand => _significand;

    /// <summary>The number of digits after the decimal point, as written.</summary>
    public int Scale => _scale;

    /// <summary>True when the number is below zero.</summary>
    public bool IsNegative => _significand.Sign < 0;

    /// <summary>True when the number has no fractional part (<c>10</c>, <c>10.0</c>).</summary>
    public bool IsWhole => _scale == 0 || BigInteger.Remainder(_significand, BigInteger.Pow(10, _scale)).IsZero;

    /// <summary>The exact value of a <see cref="decimal"/>, with its scale (<c>0.90m</c> keeps two digits).</summary>
    /// <param name="value">The decimal.</param>
    public static implicit operator ExactDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        return new ExactDecimal(bits[3] < 0 ? -magnitude : magnitude, scale);
    }

    /// <summary>A whole number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator ExactDecimal(long value) => new(value, 0);

    /// <summary>The nearest <see cref="decimal"/> (rounded where the number has more digits than a decimal holds).</summary>
    /// <param name="value">The number.</param>
    /// <exception cref="OverflowException">The number is outside the range of a decimal.</exception>
    public static explicit operator decimal(ExactDecimal value) => value.ToDecimal();

    /// <summary>Equal values.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another.</param>
    public static bool operator ==(ExactDecimal left, ExactDecimal right) => left.Equals(right);

    /// <summary>Different values.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another.</param>
    public static bool operator !=(ExactDecimal left, ExactDecimal right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another.</param>
    public static bool operator <(ExactDecimal left, ExactDecimal right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another.</param>
    public static bool operator >(ExactDecimal left, ExactDecimal right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another.</param>
    public static bool operator <=(ExactDecimal left, ExactDecimal right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">A number.</param>
    /// <param name="right">Another.</param>
    public static bool operator >=(ExactDecimal left, ExactDecimal right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Reads a number as JSON writes it: an optional minus, digits, an optional fraction and an optional
    /// exponent (<c>0.9</c>, <c>90e-2</c>, <c>1E1</c>); nothing is rounded.
    /// </summary>
    /// <param name="text">The number.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not such a number, or it has more than <see cref="MaxDigits"/> digits.</exception>
    public static ExactDecimal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(Encoding.UTF8.GetBytes(text), out var value)
            ? value
            : throw new FormatException($"'{text}' is not a decimal number of at most {MaxDigits} digits.");
    }

    /// <summary>Reads a number written as JSON writes it, in UTF-8 (see <see cref="Parse"/>).</summary>
    /// <param name="utf8">The number's bytes.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>True when the text is a number of at most <see cref="MaxDigits"/> digits.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out ExactDecimal value)
    {
        value = default;
        var i = 0;
        var negative = i < utf8.Length && utf8[i] == (byte)'-';
        if (negative)
        {
            i++;
        }

        var digits = new StringBuilder();
        var integerDigits = 0;
        for (; i < utf8.Length && char.IsAsciiDigit((char)utf8[i]); i++, integerDigits++)
        {
            digits.Append((char)utf8[i]);
        }

        var fractionDigits = 0;
        if (i < utf8.Length && utf8[i] == (byte)'.')
        {
            for (i++; i < utf8.Length && char.IsAsciiDigit((char)utf8[i]); i++, fractionDigits++)
            {
                digits.Append((char)utf8[i]);
            }

            if (fractionDigits == 0)
            {
                return false;
            }
        }

        if (integerDigits == 0 || digits.Length > MaxDigits)
        {
            return false;
        }

        long exponent = 0;
        if (i < utf8.Length && (utf8[i] == (byte)'e' || utf8[i] == (byte)'E'))
        {
            i++;
            var exponentNegative = i < utf8.Length && utf8[i] == (byte)'-';
            if (i < utf8.Length && (utf8[i] == (byte)'-' || utf8[i] == (byte)'+'))
            {
                i++;
            }

            var start = i;
            for (; i < utf8.Length && char.IsAsciiDigit((char)utf8[i]); i++)
            {
                exponent = Math.Min((exponent * 10) + (utf8[i] - '0'), 1_000_000);
            }

            if (i == start)
            {
                return false;
            }

            exponent = exponentNegative ? -exponent : exponent;
        }

        if (i != utf8.Length)
        {
            return false;
        }

        var significand = BigInteger.Parse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
        var scale = fractionDigits - exponent;
        if (scale < 0)
        {
            // 1E3: a whole number; its digits must stay within the bound too.
            if (significand.IsZero)
            {
                scale = 0;
            }
            else if (digits.Length - scale > MaxDigits)
            {
                return false;
            }
            else
            {
                significand *= BigInteger.Pow(10, (int)-scale);
                scale = 0;
            }
        }
        else if (scale > MaxDigits)
        {
            return false;
        }

        value = new ExactDecimal(negative ? -significand : significand, (int)scale);
        return true;
    }

    /// <summary>
    /// Compares this number with the fraction <paramref name="numerator"/> ÷ <paramref name="denominator"/>
    /// exactly, in whole numbers: the sign of 10^s·n − m·d for this number m ÷ 10^s.
    /// </summary>
    /// <param name="numerator">The fraction's numerator.</param>
    /// <param name="denominator">The fraction's denominator, above zero.</param>
    /// <returns>Below zero when this number is less than the fraction, zero when equal, above zero when greater.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The denominator is not above zero.</exception>
    public int CompareToFraction(long numerator, long denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(denominator);
        return (_significand * denominator).CompareTo(new BigInteger(numerator) * BigInteger.Pow(10, _scale));
    }

    /// <summary>The nearest <see cref="decimal"/> (rounded where the number has more digits than a decimal holds).</summary>
    /// <returns>The decimal.</returns>
    /// <exception cref="OverflowException">The number is outside the range of a decimal.</exception>
    public decimal ToDecimal() => decimal.Parse(ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The nearest <see cref="double"/>.</summary>
    /// <returns>The double.</returns>
    public double ToDouble() => double.Parse(ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The number as written, with the invariant culture: <c>0.90</c>, <c>-3</c>, <c>0.33333333333333333333333333334</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var digits = BigInteger.Abs(_significand).ToString(CultureInfo.InvariantCulture);
        if (_scale > 0)
        {
            digits = digits.PadLeft(_scale + 1, '0');
            digits = string.Concat(digits.AsSpan(0, digits.Length - _scale), ".", digits.AsSpan(digits.Length - _scale));
        }

        return _significand.Sign < 0 ? "-" + digits : digits;
    }

    /// <inheritdoc />
    public bool Equals(ExactDecimal other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ExactDecimal other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Equal values have equal hashes whatever their scale: strip the trailing zeros first.
        var significand = _significand;
        var scale = _scale;
        while (scale > 0 && BigInteger.Remainder(significand, 10).IsZero)
        {
            significand /= 10;
            scale--;
        }

        return HashCode.Combine(significand, scale);
    }

    /// <inheritdoc />
    public int CompareTo(ExactDecimal other)
    {
        var scale = Math.Max(_scale, other._scale);
        var left = _significand * BigInteger.Pow(10, scale - _scale);
        var right = other._significand * BigInteger.Pow(10, scale - other._scale);
        return left.CompareTo(right);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ExactDecimal other => CompareTo(other),
        _ => throw new ArgumentException("The object is not an ExactDecimal.", nameof(obj)),
    };
}
