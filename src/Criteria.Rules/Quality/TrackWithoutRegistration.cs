using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>DQ4 — a formed career track for a graduate not registered in the AIS.</summary>
public sealed class TrackWithoutRegistration : GraduateQualityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.TrackWithoutRegistration;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Condition => g => g.Ais.CareerTrack != null && g.Ais.CareerTrack.Formed && !g.Ais.Registered;

    /// <inheritdoc />
    protected override string RelativePath => ".ais.registered";

    /// <inheritdoc />
    protected override string Message(GraduateFact graduate) =>
        $"graduate '{graduate.Id}' has a formed career track but is not registered in the AIS";
}
