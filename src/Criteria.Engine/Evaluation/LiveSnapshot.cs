using Criteria.Facts;
using Criteria.Reporting;

namespace Criteria.Evaluation;

/// <summary>
/// What a live evaluation looked like after a number of applied batches: the data and its report,
/// immutable, safe to share with any thread. The same object is returned until another batch is applied.
/// </summary>
/// <param name="Sequence">The number of batches applied when it was taken (0: as opened).</param>
/// <param name="Dataset">The data as it was.</param>
/// <param name="Report">Its report, equal to a batch evaluation of <paramref name="Dataset"/>.</param>
public sealed record LiveSnapshot(long Sequence, Dataset Dataset, Report Report);
