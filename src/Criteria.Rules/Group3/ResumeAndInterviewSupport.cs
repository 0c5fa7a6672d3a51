using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group3;

/// <summary>
/// 3.6 — Share of graduates helped with writing and posting a resume or passing an interview, AIS included.
/// Graduates with support.resumeAndInterview ÷ contingent.
/// </summary>
[Criterion(
    "3.6",
    3,
    Title = "Доля студентов-выпускников, получивших информационную поддержку по составлению и размещению резюме\\прохождению собеседования, в том числе с использованием АИС",
    TitleEn = "Share of graduates helped with writing and posting a resume or passing an interview, AIS included",
    Definition = "Graduates with support.resumeAndInterview ÷ contingent.")]
public sealed class ResumeAndInterviewSupport : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Support.ResumeAndInterview;
}
