namespace Criteria.Facts;

/// <summary>
/// A college's counts in the federal statistical report СПО-1, «Фактический выпуск» (criterion 5.1).
/// A null cohort count means the report gives none.
/// </summary>
public sealed record Spo1Counts
{
    private readonly int _total;
    private readonly int? _disabled;
    private readonly int? _disabledChild;
    private readonly int? _limitedHealth;

    /// <summary>The total actual graduation.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int Total { get => _total; init => _total = Guard.NotNegative(value); }

    /// <summary>Graduates who are disabled (инвалиды); null when not reported.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? Disabled { get => _disabled; init => _disabled = Guard.NotNegative(value); }

    /// <summary>Graduates who are disabled children (дети-инвалиды); null when not reported.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? DisabledChild { get => _disabledChild; init => _disabledChild = Guard.NotNegative(value); }

    /// <summary>Graduates with limited health capabilities (лица с ОВЗ); null when not reported.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int? LimitedHealth { get => _limitedHealth; init => _limitedHealth = Guard.NotNegative(value); }
}
