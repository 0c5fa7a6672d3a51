using Criteria.Facts;

namespace Criteria.Catalog;

/// <summary>The cohorts a graduate (or a resume, through its graduate) belongs to, as a set.</summary>
[Flags]
public enum CohortSet
{
    /// <summary>No cohort.</summary>
    None = 0,

    /// <summary><see cref="Cohort.All"/>.</summary>
    All = 1 << Cohort.All,

    /// <summary><see cref="Cohort.Inclusive"/>.</summary>
    Inclusive = 1 << Cohort.Inclusive,

    /// <summary><see cref="Cohort.Disabled"/>.</summary>
    Disabled = 1 << Cohort.Disabled,

    /// <summary><see cref="Cohort.DisabledChild"/>.</summary>
    DisabledChild = 1 << Cohort.DisabledChild,

    /// <summary><see cref="Cohort.LimitedHealth"/>.</summary>
    LimitedHealth = 1 << Cohort.LimitedHealth,
}
