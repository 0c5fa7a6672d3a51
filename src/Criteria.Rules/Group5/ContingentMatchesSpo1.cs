using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.1 — The graduate contingent in the AIS matches report СПО-1 «Фактический выпуск».
/// a = the contingent of the cohort (graduate records in the dataset); b = spo1.total for all, spo1.disabled, spo1.disabledChild, spo1.limitedHealth for those cohorts; no spo1 or no count: b null (noData). Met when a = b.
/// </summary>
[Criterion(
    "5.1",
    5,
    Title = "Соответствие данных контингента выпускников в АИС данным отчета СПО-1 «Фактический выпуск»",
    TitleEn = "The graduate contingent in the AIS matches report СПО-1 «Фактический выпуск»",
    Definition = "a = the contingent of the cohort (graduate records in the dataset); b = spo1.total for all, spo1.disabled, spo1.disabledChild, spo1.limitedHealth for those cohorts; no spo1 or no count: b null (noData). Met when a = b.")]
public sealed class ContingentMatchesSpo1 : CollegeMatchCriterion
{
    /// <inheritdoc />
    protected override long Actual(CollegeFact college, Cohort cohort) => college.Contingent[cohort] ?? 0;

    /// <inheritdoc />
    protected override long? Expected(CollegeFact college, Cohort cohort) => college.Spo1 is not { } spo1
        ? null
        : cohort switch
        {
            Cohort.All => spo1.Total,
            Cohort.Disabled => spo1.Disabled,
            Cohort.DisabledChild => spo1.DisabledChild,
            Cohort.LimitedHealth => spo1.LimitedHealth,
            _ => null,
        };
}
