using Criteria.Sdk.Criteria;
using Criteria.Sdk.Plugins;

[assembly: CriteriaPlugin(typeof(Criteria.TestPlugins.Stuck.StuckPlugin))]

namespace Criteria.TestPlugins.Stuck;

/// <summary>Two criteria: one innocent, one whose rule never returns on graduate g2.</summary>
public sealed class StuckPlugin : CriteriaPlugin
{
    /// <inheritdoc />
    public override string Id => "stuck";

    /// <inheritdoc />
    public override IReadOnlyList<CriterionRule> Criteria => [new Innocent(), new NeverReturns()];
}
