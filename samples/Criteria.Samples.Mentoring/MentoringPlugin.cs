using System.Text.Json.Serialization.Metadata;
using Criteria.Catalog;
using Criteria.Sdk.Plugins;

[assembly: CriteriaPlugin(typeof(Criteria.Samples.Mentoring.MentoringPlugin))]

namespace Criteria.Samples.Mentoring;

/// <summary>
/// A regional plugin: mentoring of graduates by employers (data the AIS contract does not have, carried
/// in <c>extensions.mentoring</c>), and the employment of graduates at employers who took part in their
/// college's events.
/// </summary>
public sealed class MentoringPlugin : CriteriaPlugin<MentoringOptions>
{
    /// <summary>The plugin's id: the key of its extensions and options.</summary>
    public const string PluginId = "mentoring";


    /// <inheritdoc />
    public override string Id => PluginId;

    /// <inheritdoc />
    protected override JsonTypeInfo<MentoringOptions> OptionsTypeInfo => MentoringJson.Default.MentoringOptions;

    /// <inheritdoc />
    protected override IEnumerable<OptionProblem> Validate(MentoringOptions options)
    {
        if (options.MinimumHours < 1)
        {
            yield return new OptionProblem("minimumHours", $"must be at least 1 hour, not {options.MinimumHours}");
        }
    }
}
