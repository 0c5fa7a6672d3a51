using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.TestPlugins.Stuck;

/// <summary>A criterion that does nothing wrong.</summary>
[Criterion("S.1", 6, Title = "Невиновный", TitleEn = "Innocent", Definition = "Registered graduates ÷ contingent.")]
public sealed class Innocent : GraduateShareCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<GraduateFact, bool>> Numerator => g => g.Ais.Registered;
}
