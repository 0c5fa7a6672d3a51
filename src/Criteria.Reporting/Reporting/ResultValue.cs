using System.Globalization;

namespace Criteria.Reporting;

/// <summary>
/// The value of a result: a flag (a college's presence criterion), a whole number (a count), a
/// fraction (numerator ÷ denominator, as the nearest double), or none (no data).
/// </summary>
public readonly record struct ResultValue
{
    private ResultValue(ResultValueKind kind, double number, bool flag)
    {
        Kind = kind;
        Number = number;
        Flag = flag;
    }

    /// <summary>No value.</summary>
    public static ResultValue None => default;

    /// <summary>What the value is.</summary>
    public ResultValueKind Kind { get; }

    /// <summary>The number of a fraction or a whole number; 0 otherwise.</summary>
    public double Number { get; }

    /// <summary>The flag of a presence value; false otherwise.</summary>
    public bool Flag { get; }

    /// <summary>A flag.</summary>
    /// <param name="flag">True or false.</param>
    /// <returns>The value.</returns>
    public static ResultValue Of(bool flag) => new(ResultValueKind.Flag, 0, flag);

    /// <summary>A whole number.</summary>
    /// <param name="count">The number.</param>
    /// <returns>The value.</returns>
    public static ResultValue Of(long count) => new(ResultValueKind.WholeNumber, count, false);

    /// <summary>numerator ÷ denominator as the nearest double; <see cref="None"/> when the denominator is 0.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, 0 or more.</param>
    /// <returns>The value.</returns>
    public static ResultValue Fraction(long numerator, long denominator) =>
        denominator == 0 ? None : new(ResultValueKind.Fraction, (double)numerator / denominator, false); // IEEE division rounds to nearest

    /// <summary>The value as a person reads it: <c>true</c>, <c>12</c>, <c>0.875</c> or <c>—</c>.</summary>
    public override string ToString() => Kind switch
    {
        ResultValueKind.Flag => Flag ? "true" : "false",
        ResultValueKind.WholeNumber or ResultValueKind.Fraction => Number.ToString(CultureInfo.InvariantCulture),
        _ => "—",
    };
}
