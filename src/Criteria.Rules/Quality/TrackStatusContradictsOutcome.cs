using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>DQ5 — the career track's status contradicts the outcome's status.</summary>
public sealed class TrackStatusContradictsOutcome : GraduateQualityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.TrackStatusContradiction;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Condition => g =>
        g.Ais.CareerTrack != null && g.Ais.CareerTrack.Status != null && g.Ais.CareerTrack.Status != g.Outcome.Status;

    /// <inheritdoc />
    protected override string RelativePath => ".ais.careerTrack.status";

    /// <inheritdoc />
    protected override string Message(GraduateFact graduate) =>
        $"the career track says {StatusNames.Of(graduate.Ais.CareerTrack!.Status!.Value)}, the outcome on the cut-off says {StatusNames.Of(graduate.Outcome.Status)}";
}
