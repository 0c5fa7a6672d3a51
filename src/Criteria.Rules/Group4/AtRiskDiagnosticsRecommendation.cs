using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group4;

/// <summary>
/// 4.1 — Share of graduates at risk who received a career-track recommendation based on career-guidance diagnostics.
/// At-risk graduates with guidance.diagnosticsRecommendation ÷ graduates with atRisk.
/// </summary>
[Criterion(
    "4.1",
    4,
    Title = "Доля студентов-выпускников, получивших рекомендации по выбору карьерного трека на основе результатов профориентационной диагностики, от общего количества студентов-выпускников, находящихся под риском незанятости",
    TitleEn = "Share of graduates at risk who received a career-track recommendation based on career-guidance diagnostics",
    Definition = "At-risk graduates with guidance.diagnosticsRecommendation ÷ graduates with atRisk.")]
public sealed class AtRiskDiagnosticsRecommendation : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Population => g => g.AtRisk;

    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Guidance.DiagnosticsRecommendation;
}
