using Criteria.Collections;
using Criteria.Facts;
using Criteria.Quality;

namespace Criteria.Json;

/// <summary>A dataset that was read, and what the reader noticed on the way (DQ10 warnings).</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Findings">The findings of reading, in document order: one DQ10 warning per unknown property.</param>
public sealed record DatasetLoadResult(Dataset Dataset, ValueArray<Finding> Findings);
