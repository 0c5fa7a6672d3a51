using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group1;

/// <summary>
/// 1.1 — An approved ЦСТВ work plan, published on the college website and containing effectiveness criteria.
/// workPlan.approved, workPlan.url non-empty and workPlan.containsCriteria.
/// </summary>
[Criterion(
    "1.1",
    1,
    Title = "Наличие утвержденного и размещенного на сайте ПОО плана работы ЦСТВ, содержащего, в том числе, критерии эффективности деятельности",
    TitleEn = "An approved ЦСТВ work plan, published on the college website and containing effectiveness criteria",
    Definition = "workPlan.approved, workPlan.url non-empty and workPlan.containsCriteria.")]
public sealed class ApprovedWorkPlan : CollegePresenceCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<CollegeFact, bool>> Present => c =>
        c.WorkPlan != null
        && c.WorkPlan.Approved
        && !string.IsNullOrEmpty(c.WorkPlan.Url)
        && c.WorkPlan.ContainsCriteria;
}
