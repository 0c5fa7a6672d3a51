using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.9 — Share of graduates at risk of not being employed.
/// outcome.status in atRiskStatuses ÷ contingent (the federal group «под риском нетрудоустройства» on the cut-off date).
/// </summary>
[Criterion(
    "5.9",
    5,
    Title = "Доля выпускников, находящихся под риском нетрудоустройства, от общего контингента выпускников",
    TitleEn = "Share of graduates at risk of not being employed",
    Definition = "outcome.status in atRiskStatuses ÷ contingent (the federal group «под риском нетрудоустройства» on the cut-off date).",
    LowerIsBetter = true)]
public sealed class AtRiskOfUnemployment : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Context.IsAtRisk(g.Outcome.Status);
}
