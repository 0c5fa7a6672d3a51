using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group3;

/// <summary>
/// 3.3 — Number of employers engaged in organising and holding mass employment events.
/// Distinct employers in employerIds of the college's events (any kind) dated within the period. Region: distinct employers over all events of the region's colleges.
/// </summary>
[Criterion(
    "3.3",
    3,
    Title = "Количество работодателей, вовлеченных в организацию и проведение массовых мероприятий по содействию занятости выпускников",
    TitleEn = "Number of employers engaged in organising and holding mass employment events",
    Definition = "Distinct employers in employerIds of the college's events (any kind) dated within the period. Region: distinct employers over all events of the region's colleges.")]
public sealed class EngagedEmployers : EventDistinctCountCriterion
{
    /// <inheritdoc />
    public override string IdsName => "employerIds";

    /// <inheritdoc />
    protected override Expression<Func<EventFact, bool>> Population => e => e.WithinPeriod;

    /// <inheritdoc />
    protected override Expression<Func<EventFact, IEnumerable<string>>> Ids => e => e.EmployerIds;
}
