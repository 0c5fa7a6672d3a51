namespace Criteria.Benchmarks.Baseline;

/// <summary>What the pass keeps of one college: its id and name for the report, the facts of its own criteria, its СПО-1 counts and its events' employers.</summary>
internal sealed class CollegeSummary
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The name, if any.</summary>
    public string? Name { get; init; }

    /// <summary>1.1: an approved, published work plan with criteria.</summary>
    public bool Plan { get; init; }

    /// <summary>1.2: the profile's checklist items the website section has.</summary>
    public int ChecklistItems { get; init; }

    /// <summary>1.3: a functioning chat.</summary>
    public bool Chat { get; init; }

    /// <summary>3.5: a current vacancy bank.</summary>
    public bool Bank { get; init; }

    /// <summary>The СПО-1 counts (total, disabled, disabled child, limited health; null where not given), or null without <c>spo1</c>.</summary>
    public int?[]? Spo1 { get; init; }

    /// <summary>The СПО-1 fields (1 total … 4 limitedHealth) in the order the file has them.</summary>
    public int[] Spo1Order { get; init; } = [];

    /// <summary>3.3: the positions of the employers of its events within the period.</summary>
    public HashSet<int> Employers { get; } = [];
}
