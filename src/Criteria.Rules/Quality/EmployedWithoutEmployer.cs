using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>DQ6 — an outcome <c>employed</c> with no employer.</summary>
public sealed class EmployedWithoutEmployer : GraduateQualityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.EmployedWithoutEmployer;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Condition => g =>
        g.Outcome.Status == EmploymentStatus.Employed && g.Outcome.EmployerId == null;

    /// <inheritdoc />
    protected override string RelativePath => ".outcome.employerId";

    /// <inheritdoc />
    protected override string Message(GraduateFact graduate) => $"graduate '{graduate.Id}' is employed, but no employer is named";
}
