using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Sdk.Criteria;
using NRules.Fluent.Dsl;

namespace Criteria.Samples.Mentoring;

/// <summary>
/// M.2 — of the college's employed graduates, the share working for an employer that took part in one
/// of the college's events within the period. A full NRules rule that joins three fact types: the
/// college, its events and its graduates.
/// </summary>
[Criterion(
    "M.2",
    6,
    Title = "Доля трудоустроенных выпускников, работающих у работодателей — участников мероприятий колледжа",
    TitleEn = "Share of employed graduates working for an employer that took part in their college's events",
    Definition = "Graduates with outcome.status = employed whose outcome employer is among the employerIds of their college's events within the period ÷ graduates with outcome.status = employed.")]
public sealed class EmployedAtEventPartners : CriterionRule
{
    /// <inheritdoc />
    public override CriterionKind Kind => CriterionKind.Share;

    /// <inheritdoc />
    public override ValueArray<Cohort> ReportedCohorts => Cohorts.Graduate;

    /// <inheritdoc />
    public override void Define()
    {
        Name(Code);
        CollegeFact college = null!;
        IEnumerable<EventFact> events = null!;
        IEnumerable<GraduateFact> employed = null!;
        When()
            .Match(() => college)
            .Query(() => events, q => q.Match<EventFact>(e => e.CollegeId == college.Id && e.WithinPeriod).Collect())
            .Query(() => employed, q => q.Match<GraduateFact>(g => g.CollegeId == college.Id && g.Outcome.Status == EmploymentStatus.Employed).Collect());
        Then().Yield(_ => Count(college, events, employed));
    }

    private CriterionTally Count(CollegeFact college, IEnumerable<EventFact> events, IEnumerable<GraduateFact> employed)
    {
        var partners = events.SelectMany(e => e.EmployerIds).ToHashSet(StringComparer.Ordinal);
        var numerators = new long[5];
        var denominators = new long[5];
        foreach (var graduate in employed)
        {
            var atPartner = graduate.OutcomeEmployer is { } employer && partners.Contains(employer.Id);
            foreach (var cohort in Catalog.Cohorts.Graduate)
            {
                if (graduate.Cohorts.Contains(cohort))
                {
                    denominators[(int)cohort]++;
                    numerators[(int)cohort] += atPartner ? 1 : 0;
                }
            }
        }

        return new CriterionTally
        {
            Code = Code,
            CollegeId = college.Id,
            Numerators = CohortCounts.From(numerators),
            Denominators = CohortCounts.From(denominators),
        };
    }
}
