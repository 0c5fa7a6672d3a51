using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.TestPlugins.Stuck;

/// <summary>A criterion whose rule never returns on graduate g2 (it sleeps, so as not to burn a core).</summary>
[Criterion("S.2", 6, Title = "Зависает", TitleEn = "Hangs", Definition = "Never returns on g2.")]
public sealed class NeverReturns : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => Hang(g.Id);

    private static bool Hang(string id)
    {
        if (id == "g2")
        {
            Thread.Sleep(Timeout.Infinite);
        }

        return true;
    }
}
