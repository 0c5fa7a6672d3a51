namespace Criteria.Reporting;

/// <summary>What a <see cref="ResultValue"/> holds.</summary>
public enum ResultValueKind
{
    /// <summary>No value (JSON null).</summary>
    None,

    /// <summary>A flag (JSON true or false).</summary>
    Flag,

    /// <summary>A whole number.</summary>
    WholeNumber,

    /// <summary>A fraction, as the nearest double.</summary>
    Fraction,
}
