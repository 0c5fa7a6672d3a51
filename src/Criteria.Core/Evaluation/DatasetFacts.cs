namespace Criteria.Evaluation;

/// <summary>The facts of one dataset, in document order.</summary>
internal sealed record DatasetFacts(IReadOnlyList<CollegeFact> Colleges, IReadOnlyList<EventFact> Events, IReadOnlyList<GraduateFact> Graduates);
