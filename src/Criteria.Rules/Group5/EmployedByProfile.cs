using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.3 — Share of graduates employed according to the type of activity and the competences acquired.
/// outcome.status in employedStatuses and outcome.byProfile ÷ contingent less the graduates whose status is in outsideLabourMarketStatuses.
/// </summary>
[Criterion(
    "5.3",
    5,
    Title = "Доля выпускников образовательных организаций, реализующих программы среднего профессионального образования, занятых по виду деятельности и полученным компетенциям",
    TitleEn = "Share of graduates employed according to the type of activity and the competences acquired",
    Definition = "outcome.status in employedStatuses and outcome.byProfile ÷ contingent less the graduates whose status is in outsideLabourMarketStatuses.")]
public sealed class EmployedByProfile : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Population => g => !g.Context.IsOutsideLabourMarket(g.Outcome.Status);

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Context.IsEmployed(g.Outcome.Status) && g.Outcome.ByProfile;
}
