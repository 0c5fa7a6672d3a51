using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>
/// DQ13 — a graduate whose status on the cut-off date is in the profile's <c>atRiskStatuses</c> but who
/// is not flagged <c>atRisk</c>: the college's risk list missed a graduate who ended up at risk, so the
/// targeted work of group 4 never reached them.
/// </summary>
public sealed class AtRiskStatusNotFlagged : GraduateQualityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.AtRiskNotFlagged;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Condition => g => !g.AtRisk && g.Context.IsAtRisk(g.Outcome.Status);

    /// <inheritdoc />
    protected override string RelativePath => ".atRisk";

    /// <inheritdoc />
    protected override string Message(GraduateFact graduate) =>
        $"graduate '{graduate.Id}' is {StatusNames.Of(graduate.Outcome.Status)} on the cut-off date, a status at risk of not being employed, but is not flagged atRisk";
}
