using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group1;

/// <summary>
/// 1.2 — The website section «Содействие трудоустройству студентов-выпускников» follows the recommendations of the regional base centre (БЦСТВ).
/// Numerator: the items of the profile's websiteChecklist that are true in websiteSection.checklist (an absent item is false; other items are ignored); denominator: the required items. No websiteSection: numerator 0. Met when every required item is there.
/// </summary>
[Criterion(
    "1.2",
    1,
    Title = "Соответствие раздела сайта ПОО «Содействие трудоустройству студентов-выпускников» рекомендациям БЦСТВ",
    TitleEn = "The website section «Содействие трудоустройству студентов-выпускников» follows the recommendations of the regional base centre (БЦСТВ)",
    Definition = "Numerator: the items of the profile's websiteChecklist that are true in websiteSection.checklist (an absent item is false; other items are ignored); denominator: the required items. No websiteSection: numerator 0. Met when every required item is there.")]
public sealed class WebsiteSectionChecklist : CollegeChecklistCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<CollegeFact, int>> Required => c => c.Context.Profile.WebsiteChecklist.Count;

    /// <inheritdoc />
    protected override Expression<Func<CollegeFact, int>> Present => c => c.ChecklistItemsPresent();
}
