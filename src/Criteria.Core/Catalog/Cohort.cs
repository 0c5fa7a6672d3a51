namespace Criteria.Catalog;

/// <summary>
/// A group of graduates a graduate-based criterion is reported for (docs/criteria.md, "Terms"), in report order.
/// </summary>
public enum Cohort
{
    /// <summary>Every graduate. JSON: <c>all</c>.</summary>
    All,

    /// <summary>Graduates with at least one health category. JSON: <c>inclusive</c>.</summary>
    Inclusive,

    /// <summary>Инвалиды. JSON: <c>disabled</c>.</summary>
    Disabled,

    /// <summary>Дети-инвалиды. JSON: <c>disabledChild</c>.</summary>
    DisabledChild,

    /// <summary>Лица с ОВЗ. JSON: <c>limitedHealth</c>.</summary>
    LimitedHealth,
}
