using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.8 — Share of graduates who became self-employed.
/// outcome.status = selfEmployed ÷ contingent.
/// </summary>
[Criterion(
    "5.8",
    5,
    Title = "Доля выпускников, ставших самозанятыми, от общего контингента выпускников",
    TitleEn = "Share of graduates who became self-employed",
    Definition = "outcome.status = selfEmployed ÷ contingent.")]
public sealed class SelfEmployed : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Outcome.Status == EmploymentStatus.SelfEmployed;
}
