using Criteria.Evaluation;

namespace Criteria.Sdk.Plugins;

/// <summary>What a criterion reads from the evaluation's context: its plugin's options, typed.</summary>
public static class ContextExtensions
{
    /// <summary>
    /// The options of plugin <typeparamref name="TPlugin"/> in this evaluation: the profile's
    /// <c>plugins.&lt;id&gt;</c> section, checked when the evaluator was built, or the plugin's defaults.
    /// For a criterion's condition: <c>g =&gt; Hours(g) &gt;= g.Context.OptionsOf&lt;MentoringPlugin, MentoringOptions&gt;().MinimumHours</c>.
    /// </summary>
    /// <typeparam name="TPlugin">The plugin (made once, with its parameterless constructor, to read its id and JSON).</typeparam>
    /// <typeparam name="TOptions">Its options.</typeparam>
    /// <param name="context">The evaluation's context (a fact's <c>Context</c>).</param>
    /// <returns>The options; read once per evaluation and shared.</returns>
    public static TOptions OptionsOf<TPlugin, TOptions>(this EvaluationContext context)
        where TPlugin : CriteriaPlugin<TOptions>, new()
        where TOptions : class, new()
    {
        ArgumentNullException.ThrowIfNull(context);
        return PluginInstance<TPlugin>.Value.Options(context);
    }
}
