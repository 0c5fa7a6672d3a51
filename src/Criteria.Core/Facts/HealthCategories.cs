namespace Criteria.Facts;

/// <summary>
/// The health categories of a graduate, a set: a graduate may have none, one or several.
/// <see cref="LimitedHealth"/> may combine with either of the others; <see cref="Disabled"/> and
/// <see cref="DisabledChild"/> exclude each other (finding DQ11 when both are given).
/// </summary>
[Flags]
public enum HealthCategories
{
    /// <summary>No health category.</summary>
    None = 0,

    /// <summary>Инвалид: a person with a disability. JSON: <c>disabled</c>.</summary>
    Disabled = 1,

    /// <summary>Ребенок-инвалид: a child with a disability. JSON: <c>disabledChild</c>.</summary>
    DisabledChild = 2,

    /// <summary>Лицо с ОВЗ: a person with limited health capabilities. JSON: <c>limitedHealth</c>.</summary>
    LimitedHealth = 4,
}
