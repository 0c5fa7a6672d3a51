using Criteria.Profiles;

namespace Criteria.Evaluation;

/// <summary>The settings of one evaluation; what is null falls back to the evaluator's options.</summary>
public sealed record EvaluationSettings
{
    /// <summary>The profile; null for the evaluator's.</summary>
    public EvaluationProfile? Profile { get; init; }

    /// <summary>Strict or lenient; null for the evaluator's.</summary>
    public EvaluationMode? Mode { get; init; }

    /// <summary>
    /// True for a report without personal data: the ids of graduates are left out of findings (their
    /// record ids, and the ids quoted in their messages, those events name as participants included);
    /// colleges, events and employers keep theirs. A refused dataset's <see cref="DatasetRejectedException.Errors"/> are redacted too.
    /// </summary>
    public bool Redact { get; init; }

    /// <summary>Findings from reading the dataset (DQ10), to stand in the report with the others.</summary>
    public IReadOnlyList<Quality.Finding> ReadingFindings { get; init; } = [];
}
