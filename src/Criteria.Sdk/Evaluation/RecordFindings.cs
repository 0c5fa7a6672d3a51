using Criteria.Collections;
using Criteria.Quality;

namespace Criteria.Evaluation;

/// <summary>What a data-quality rule yields for one record: the findings it has on it. Immutable.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Record">The record, by kind and id (<c>graduate g1</c>): with the rule, what identifies these findings while the record changes.</param>
/// <param name="Findings">The findings, in document order within the record.</param>
public sealed record RecordFindings(string Rule, string Record, ValueArray<Finding> Findings);
