using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group4;

/// <summary>
/// 4.2 — Share of graduates at risk who received vacancy invitations.
/// At-risk graduates with vacancyInvitations &gt;= 1 ÷ graduates with atRisk.
/// </summary>
[Criterion(
    "4.2",
    4,
    Title = "Доля студентов-выпускников, получивших информацию о вакантных местах (приглашения) от общего количества студентов-выпускников, находящихся под риском незанятости",
    TitleEn = "Share of graduates at risk who received vacancy invitations",
    Definition = "At-risk graduates with vacancyInvitations >= 1 ÷ graduates with atRisk.")]
public sealed class AtRiskVacancyInvitations : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Population => g => g.AtRisk;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.VacancyInvitations >= 1;
}
