using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;
using Criteria.Sdk.Plugins;

namespace Criteria.Samples.Mentoring;

/// <summary>
/// M.1 — the share of graduates mentored for at least the profile's <c>minimumHours</c>, from the
/// graduates' <c>extensions.mentoring.hours</c>.
/// </summary>
[Criterion(
    "M.1",
    6,
    Title = "Доля выпускников, прошедших наставничество у работодателя",
    TitleEn = "Share of graduates mentored by an employer",
    Definition = "Graduates whose extensions.mentoring.hours is at least the plugin's minimumHours (default 10) ÷ contingent.")]
public sealed class MentoredGraduates : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => Hours(g) >= MinimumHours(g.Context);

    private static int Hours(GraduateFact graduate) =>
        graduate.Extension(MentoringJson.Default.GraduateMentoring, MentoringPlugin.PluginId)?.Hours ?? 0;

    private static int MinimumHours(EvaluationContext context) => context.OptionsOf<MentoringPlugin, MentoringOptions>().MinimumHours;
}
