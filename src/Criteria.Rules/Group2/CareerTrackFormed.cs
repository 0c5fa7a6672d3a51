using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group2;

/// <summary>
/// 2.2 — Share of graduates who have formed a career track.
/// Graduates with ais.careerTrack.formed ÷ contingent.
/// </summary>
[Criterion(
    "2.2",
    2,
    Title = "Доля студентов-выпускников, сформировавших карьерные треки, от общего контингента студентов-выпускников",
    TitleEn = "Share of graduates who have formed a career track",
    Definition = "Graduates with ais.careerTrack.formed ÷ contingent.")]
public sealed class CareerTrackFormed : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Ais.CareerTrack != null && g.Ais.CareerTrack.Formed;
}
