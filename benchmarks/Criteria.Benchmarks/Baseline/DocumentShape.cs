namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// One object of the dataset contract (docs/dataset.md): its property names in the contract's order (the
/// order the writer writes, which ranks them), and which of them hold objects of the contract. What the
/// pass needs to read a file's objects and to put paths in document order.
/// </summary>
internal sealed class DocumentShape
{
    private readonly Dictionary<string, DocumentShape> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentShape>.AlternateLookup<ReadOnlySpan<char>> _childLookup;
    private readonly Dictionary<string, int> _ranks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rankLookup;

    private DocumentShape(params string[] names)
    {
        Properties = new Utf8NameTable(names);
        for (var i = 0; i < names.Length; i++)
        {
            _ranks[names[i]] = i + 1;
        }

        _childLookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
        _rankLookup = _ranks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The period.</summary>
    public static DocumentShape Period { get; } = new("start", "end", "cutoff");

    /// <summary>A college's work plan.</summary>
    public static DocumentShape WorkPlan { get; } = new("approved", "url", "containsCriteria");

    /// <summary>A college's website section.</summary>
    public static DocumentShape WebsiteSection { get; } = new("url", "checklist");

    /// <summary>A messenger chat.</summary>
    public static DocumentShape MessengerChat { get; } = new("platform", "members", "lastActivity");

    /// <summary>A vacancy bank.</summary>
    public static DocumentShape VacancyBank { get; } = new("url", "partnerVacancies", "updatedOn");

    /// <summary>СПО-1 counts.</summary>
    public static DocumentShape Spo1 { get; } = new("total", "disabled", "disabledChild", "limitedHealth");

    /// <summary>A college.</summary>
    public static DocumentShape College { get; } = new DocumentShape("id", "name", "workPlan", "websiteSection", "messengerChats", "vacancyBank", "spo1", "extensions")
        .With("workPlan", WorkPlan).With("websiteSection", WebsiteSection).With("messengerChats", MessengerChat).With("vacancyBank", VacancyBank).With("spo1", Spo1);

    /// <summary>An employer.</summary>
    public static DocumentShape Employer { get; } = new("id", "name", "defenseIndustry", "extensions");

    /// <summary>A mass event.</summary>
    public static DocumentShape Event { get; } = new("id", "collegeId", "kind", "date", "employerIds", "participantIds", "extensions");

    /// <summary>A career track.</summary>
    public static DocumentShape CareerTrack { get; } = new("formed", "updatedOn", "status");

    /// <summary>A graduate in the AIS.</summary>
    public static DocumentShape Ais { get; } = new DocumentShape("registered", "careerTrack").With("careerTrack", CareerTrack);

    /// <summary>A graduate's support.</summary>
    public static DocumentShape Support { get; } = new("regionalMeasures", "resumeAndInterview");

    /// <summary>A resume.</summary>
    public static DocumentShape Resume { get; } = new("postedInAis", "correct");

    /// <summary>A graduate's guidance.</summary>
    public static DocumentShape Guidance { get; } = new("diagnosticsRecommendation");

    /// <summary>A targeted contract.</summary>
    public static DocumentShape TargetedContract { get; } = new("employerId");

    /// <summary>An outcome.</summary>
    public static DocumentShape Outcome { get; } = new("status", "employerId", "byProfile");

    /// <summary>A graduate.</summary>
    public static DocumentShape Graduate { get; } = new DocumentShape(
            "id", "collegeId", "specialty", "health", "ais", "youngSpecialistEligible", "support", "resumes", "atRisk", "guidance", "vacancyInvitations", "targetedContract", "outcome", "extensions")
        .With("ais", Ais).With("support", Support).With("resumes", Resume).With("guidance", Guidance).With("targetedContract", TargetedContract).With("outcome", Outcome);

    /// <summary>The document.</summary>
    public static DocumentShape Dataset { get; } = new DocumentShape("schemaVersion", "region", "period", "colleges", "employers", "events", "graduates")
        .With("period", Period).With("colleges", College).With("employers", Employer).With("events", Event).With("graduates", Graduate);

    /// <summary>The property names, looked up by their UTF-8 bytes; a name's position is its rank.</summary>
    public Utf8NameTable Properties { get; }

    /// <summary>The name of the property at a rank.</summary>
    /// <param name="rank">The rank, 1-based.</param>
    /// <returns>The name.</returns>
    public string Name(int rank) => Properties.Names[rank - 1];

    /// <summary>The rank (1-based) of a property, or 0 when the contract does not have it.</summary>
    /// <param name="name">The name (a path token).</param>
    /// <returns>The rank, or 0.</returns>
    public int Rank(ReadOnlySpan<char> name) => _rankLookup.TryGetValue(name, out var rank) ? rank : 0;

    /// <summary>The shape of a property's object (of its elements, for an array), or null when it holds no object of the contract.</summary>
    /// <param name="name">The name (a path token).</param>
    /// <returns>The shape, or null.</returns>
    public DocumentShape? Child(ReadOnlySpan<char> name) => _childLookup.TryGetValue(name, out var shape) ? shape : null;

    private DocumentShape With(string name, DocumentShape child)
    {
        _children[name] = child;
        return this;
    }
}
