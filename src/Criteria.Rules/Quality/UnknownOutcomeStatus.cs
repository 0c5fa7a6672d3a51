using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>DQ12 — the outcome status is unknown on the cut-off date.</summary>
public sealed class UnknownOutcomeStatus : GraduateQualityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.UnknownStatus;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Condition => g => g.Outcome.Status == EmploymentStatus.Unknown;

    /// <inheritdoc />
    protected override string RelativePath => ".outcome.status";

    /// <inheritdoc />
    protected override string Message(GraduateFact graduate) => $"the status of graduate '{graduate.Id}' on the cut-off date is unknown";
}
