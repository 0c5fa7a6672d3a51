using Criteria.Collections;
using Criteria.Profiles;
using Criteria.Quality;

namespace Criteria.Json;

/// <summary>A profile that was read, and what the reader noticed on the way (DQ10 warnings).</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Findings">One DQ10 warning per unknown property, in document order.</param>
public sealed record ProfileLoadResult(EvaluationProfile Profile, ValueArray<Finding> Findings);
