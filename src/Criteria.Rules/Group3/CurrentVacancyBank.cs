using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group3;

/// <summary>
/// 3.5 — A bank of current vacancies from direct employer-partners on the college website.
/// vacancyBank.url non-empty, vacancyBank.partnerVacancies &gt;= 1 and vacancyBank.updatedOn fresh within vacancyFreshnessDays (default 30) of the cut-off.
/// </summary>
[Criterion(
    "3.5",
    3,
    Title = "Наличие банка актуальных вакансий от прямых работодателей- партнеров на сайте ПОО",
    TitleEn = "A bank of current vacancies from direct employer-partners on the college website",
    Definition = "vacancyBank.url non-empty, vacancyBank.partnerVacancies >= 1 and vacancyBank.updatedOn fresh within vacancyFreshnessDays (default 30) of the cut-off.")]
public sealed class CurrentVacancyBank : CollegePresenceCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<CollegeFact, bool>> Present => c =>
        c.VacancyBank != null
        && !string.IsNullOrEmpty(c.VacancyBank.Url)
        && c.VacancyBank.PartnerVacancies >= 1
        && c.Context.IsFresh(c.VacancyBank.UpdatedOn, c.Context.Profile.VacancyFreshnessDays);
}
