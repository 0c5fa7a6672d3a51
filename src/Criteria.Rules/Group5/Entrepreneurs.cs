using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.7 — Share of graduates who became individual entrepreneurs.
/// outcome.status = entrepreneur ÷ contingent.
/// </summary>
[Criterion(
    "5.7",
    5,
    Title = "Доля выпускников, ставших индивидуальными предпринимателями, от общего контингента выпускников",
    TitleEn = "Share of graduates who became individual entrepreneurs",
    Definition = "outcome.status = entrepreneur ÷ contingent.")]
public sealed class Entrepreneurs : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Outcome.Status == EmploymentStatus.Entrepreneur;
}
