using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.10 — Share of graduates registered as unemployed with an employment centre.
/// outcome.status = registeredUnemployed ÷ contingent.
/// </summary>
[Criterion(
    "5.10",
    5,
    Title = "Доля выпускников, состоящих на учете в центрах занятости населения в качестве безработных от общего контингента выпускников",
    TitleEn = "Share of graduates registered as unemployed with an employment centre",
    Definition = "outcome.status = registeredUnemployed ÷ contingent.",
    LowerIsBetter = true)]
public sealed class RegisteredUnemployed : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Outcome.Status == EmploymentStatus.RegisteredUnemployed;
}
