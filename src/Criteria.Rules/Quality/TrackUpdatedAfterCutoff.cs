using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>DQ7 — a career track updated after the cut-off.</summary>
public sealed class TrackUpdatedAfterCutoff : GraduateQualityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.DateAfterCutoff;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Condition => g =>
        g.Ais.CareerTrack != null && g.Context.AfterCutoff(g.Ais.CareerTrack.UpdatedOn);

    /// <inheritdoc />
    protected override string RelativePath => ".ais.careerTrack.updatedOn";

    /// <inheritdoc />
    protected override string Message(GraduateFact graduate) =>
        $"the career track was updated on {graduate.Ais.CareerTrack!.UpdatedOn:yyyy-MM-dd}, after the cut-off {graduate.Context.Period.Cutoff:yyyy-MM-dd}";
}
