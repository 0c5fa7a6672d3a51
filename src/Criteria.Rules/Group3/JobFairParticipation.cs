using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group3;

/// <summary>
/// 3.2 — Share of graduates who took part in job fairs, career days and employer days.
/// Graduates who are participants of at least one event of kind jobFair, careerDay or employerDay dated within the period ÷ contingent.
/// </summary>
[Criterion(
    "3.2",
    3,
    Title = "Доля студентов-выпускников, принявших участие в ярмарках вакансий, днях карьеры и т.д., от общего контингента студентов-выпускников",
    TitleEn = "Share of graduates who took part in job fairs, career days and employer days",
    Definition = "Graduates who are participants of at least one event of kind jobFair, careerDay or employerDay dated within the period ÷ contingent.")]
public sealed class JobFairParticipation : GraduateShareCriterion
{
    private static readonly EventKind[] Kinds = [EventKind.JobFair, EventKind.CareerDay, EventKind.EmployerDay];

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.AttendedWithinPeriod(Kinds);
}
