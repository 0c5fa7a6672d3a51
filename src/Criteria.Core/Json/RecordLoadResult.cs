using Criteria.Collections;
using Criteria.Quality;

namespace Criteria.Json;

/// <summary>One record read on its own, and the findings of reading it (DQ10 for a property the contract does not have).</summary>
/// <typeparam name="T">The record's type.</typeparam>
/// <param name="Record">The record.</param>
/// <param name="Findings">The findings; their paths are relative to the record (<c>$.outcome.x</c>).</param>
public sealed record RecordLoadResult<T>(T Record, ValueArray<Finding> Findings)
    where T : class;
