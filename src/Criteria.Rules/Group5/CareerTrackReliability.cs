using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.2 — Reliability and currency of the career-track data in the AIS.
/// Graduates with a formed career track whose ais.careerTrack.updatedOn is fresh within trackFreshnessDays (default 30) of the cut-off and whose ais.careerTrack.status, where given, equals outcome.status ÷ graduates with a formed career track.
/// </summary>
[Criterion(
    "5.2",
    5,
    Title = "Достоверность, актуальность данных в АИС по карьерным трекам студентов-выпускников",
    TitleEn = "Reliability and currency of the career-track data in the AIS",
    Definition = "Graduates with a formed career track whose ais.careerTrack.updatedOn is fresh within trackFreshnessDays (default 30) of the cut-off and whose ais.careerTrack.status, where given, equals outcome.status ÷ graduates with a formed career track.")]
public sealed class CareerTrackReliability : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Population => g => g.Ais.CareerTrack != null && g.Ais.CareerTrack.Formed;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g =>
        g.Context.IsFresh(g.Ais.CareerTrack!.UpdatedOn, g.Context.Profile.TrackFreshnessDays)
        && (g.Ais.CareerTrack.Status == null || g.Ais.CareerTrack.Status == g.Outcome.Status);
}
