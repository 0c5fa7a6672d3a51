using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>DQ11 — a graduate both disabled and a disabled child (counted in both cohorts as given).</summary>
public sealed class ExclusiveHealthCategories : GraduateQualityRule
{
    private const HealthCategories Both = HealthCategories.Disabled | HealthCategories.DisabledChild;

    /// <inheritdoc />
    public override string Code => FindingCodes.ExclusiveHealthCategories;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Condition => g => (g.Health & Both) == Both;

    /// <inheritdoc />
    protected override string RelativePath => ".health";

    /// <inheritdoc />
    protected override string Message(GraduateFact graduate) =>
        $"graduate '{graduate.Id}' is both disabled and a disabled child; the categories exclude each other (counted in both cohorts as given)";
}
