using Criteria.Collections;
using Criteria.Quality;

namespace Criteria.Evaluation;

/// <summary>What a data-quality rule yields for one record: the findings it has on it. Immutable.</summary>
/// <param name="Rule">The rule's name, which identifies the yielded fact with the record's path.</param>
/// <param name="Path">The JSON path of the record.</param>
/// <param name="Findings">The findings, in document order within the record.</param>
public sealed record RecordFindings(string Rule, string Path, ValueArray<Finding> Findings);
