using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.5 — Number of graduates employed at defence-industry (ОПК) enterprises.
/// Graduates with outcome.status = employed at an employer with defenseIndustry. Region: the sum.
/// </summary>
[Criterion(
    "5.5",
    5,
    Title = "Количество выпускников, трудоустроенных на предприятия ОПК",
    TitleEn = "Number of graduates employed at defence-industry (ОПК) enterprises",
    Definition = "Graduates with outcome.status = employed at an employer with defenseIndustry. Region: the sum.")]
public sealed class EmployedInDefenseIndustry : GraduateCountCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Counted => g =>
        g.Outcome.Status == EmploymentStatus.Employed && g.OutcomeEmployer != null && g.OutcomeEmployer.DefenseIndustry;
}
