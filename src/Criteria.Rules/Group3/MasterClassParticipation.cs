using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group3;

/// <summary>
/// 3.1 — Share of graduates who took part in master classes, trainings or seminars.
/// Graduates who are participants of at least one event of kind masterClass, training or seminar dated within the period ÷ contingent.
/// </summary>
[Criterion(
    "3.1",
    3,
    Title = "Доля студентов-выпускников, принявших участие в мастер-классах, тренингах, семинарах, от общего контингента студентов-выпускников",
    TitleEn = "Share of graduates who took part in master classes, trainings or seminars",
    Definition = "Graduates who are participants of at least one event of kind masterClass, training or seminar dated within the period ÷ contingent.")]
public sealed class MasterClassParticipation : GraduateShareCriterion
{
    private static readonly EventKind[] Kinds = [EventKind.MasterClass, EventKind.Training, EventKind.Seminar];

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.AttendedWithinPeriod(Kinds);
}
