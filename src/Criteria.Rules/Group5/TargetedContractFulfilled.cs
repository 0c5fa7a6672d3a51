using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group5;

/// <summary>
/// 5.6 — Share of graduates with a targeted-training contract employed at the contract's employer.
/// Graduates with a targetedContract whose outcome.status = employed and outcome.employerId = targetedContract.employerId ÷ graduates with a targetedContract.
/// </summary>
[Criterion(
    "5.6",
    5,
    Title = "Доля трудоустроенных выпускников на предприятия в соответствии с договорами целевого обучения, от общего количества выпускников, заключивших договора целевого обучения",
    TitleEn = "Share of graduates with a targeted-training contract employed at the contract's employer",
    Definition = "Graduates with a targetedContract whose outcome.status = employed and outcome.employerId = targetedContract.employerId ÷ graduates with a targetedContract.")]
public sealed class TargetedContractFulfilled : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Population => g => g.TargetedContract != null;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g =>
        g.Outcome.Status == EmploymentStatus.Employed && g.OutcomeEmployer != null && g.OutcomeEmployer == g.ContractEmployer;
}
