namespace Criteria.Evaluation;

/// <summary>
/// The names of the criteria's aggregates and of their expressions in the NRules rule model: the
/// contract between the SDK, which builds rules with them, and the compiled batch plan, which reads
/// them back.
/// </summary>
public static class AggregateNames
{
    /// <summary>The per-college tally of numerators and denominators per cohort.</summary>
    public const string TallyByCollege = "TallyByCollege";

    /// <summary>The per-college set of distinct ids.</summary>
    public const string DistinctIdsByCollege = "DistinctIdsByCollege";

    /// <summary>The expression giving the college a fact counts for.</summary>
    public const string Key = "Key";

    /// <summary>The expression giving the cohorts a fact counts in.</summary>
    public const string Cohorts = "Cohorts";

    /// <summary>The expression giving what a fact adds to the numerator.</summary>
    public const string Numerator = "Numerator";

    /// <summary>The expression giving what a fact adds to the denominator.</summary>
    public const string Denominator = "Denominator";

    /// <summary>The expression giving the ids a fact names.</summary>
    public const string Ids = "Ids";
}
