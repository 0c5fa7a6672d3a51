namespace Criteria.Benchmarks.Baseline;

/// <summary>Where the pass takes the numbers of a criterion from.</summary>
internal enum ResultSource
{
    /// <summary>1.1: the college's work plan.</summary>
    Plan,

    /// <summary>1.2: the college's website checklist.</summary>
    Checklist,

    /// <summary>1.3: the college's chats.</summary>
    Chat,

    /// <summary>3.3: the employers of the college's events.</summary>
    Employers,

    /// <summary>3.5: the college's vacancy bank.</summary>
    Bank,

    /// <summary>5.1: the contingent against СПО-1.</summary>
    Contingent,

    /// <summary>A share of <see cref="GraduateCounters"/>.</summary>
    GraduateShare,

    /// <summary>5.5: a count of <see cref="GraduateCounters"/>.</summary>
    GraduateCount,
}
