using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.4 — Share of graduates employed.
/// outcome.status = employed ÷ contingent (the federal column «трудоустроены»).
/// </summary>
[Criterion(
    "5.4",
    5,
    Title = "Доля трудоустроенных выпускников, от общего контингента выпускников",
    TitleEn = "Share of graduates employed",
    Definition = "outcome.status = employed ÷ contingent (the federal column «трудоустроены»).")]
public sealed class Employed : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Outcome.Status == EmploymentStatus.Employed;
}
