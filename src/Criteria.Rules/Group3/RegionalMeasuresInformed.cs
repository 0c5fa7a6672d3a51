using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group3;

/// <summary>
/// 3.4 — Share of eligible graduates informed about the regional support measures (the law «О молодом специалисте» among them).
/// Graduates with youngSpecialistEligible and support.regionalMeasures ÷ graduates with youngSpecialistEligible.
/// </summary>
[Criterion(
    "3.4",
    3,
    Title = "Доля студентов-выпускников, получивших информационную поддержку о региональных мерах поддержки, в том числе о Законе \"О молодом специалисте в Самарской области\", от контингента выпускников, имеющих право им воспользоваться",
    TitleEn = "Share of eligible graduates informed about the regional support measures (the law «О молодом специалисте» among them)",
    Definition = "Graduates with youngSpecialistEligible and support.regionalMeasures ÷ graduates with youngSpecialistEligible.")]
public sealed class RegionalMeasuresInformed : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Population => g => g.YoungSpecialistEligible;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Support.RegionalMeasures;
}
