using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group2;

/// <summary>
/// 2.1 — Share of graduates registered in the AIS.
/// Graduates with ais.registered ÷ contingent.
/// </summary>
[Criterion(
    "2.1",
    2,
    Title = "Доля студентов-выпускников, зарегистрированных в АИС, от общего контингента студентов-выпускников",
    TitleEn = "Share of graduates registered in the AIS",
    Definition = "Graduates with ais.registered ÷ contingent.")]
public sealed class RegisteredInAis : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Ais.Registered;
}
