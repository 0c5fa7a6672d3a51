using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group3;

/// <summary>
/// 3.7 — Share of correct resumes among the resumes posted in the AIS.
/// Resumes of the college's graduates with postedInAis and correct ÷ resumes with postedInAis; a resume belongs to the cohorts of its graduate.
/// </summary>
[Criterion(
    "3.7",
    3,
    Title = "Доля корректных резюме от общего количества резюме, размещенных в АИС",
    TitleEn = "Share of correct resumes among the resumes posted in the AIS",
    Definition = "Resumes of the college's graduates with postedInAis and correct ÷ resumes with postedInAis; a resume belongs to the cohorts of its graduate.")]
public sealed class CorrectResumes : GraduateItemShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, int>> NumeratorItems => g => g.Resumes.CountOf(r => r.PostedInAis && r.Correct);

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, int>> DenominatorItems => g => g.Resumes.CountOf(r => r.PostedInAis);
}
