using Criteria.Catalog;

namespace Criteria.Sdk.Plugins;

/// <summary>Turns a plugin into the isolated catalog an evaluator runs.</summary>
public static class PluginCatalog
{
    /// <summary>Makes the catalog of a plugin: its criteria with <c>source</c> = the plugin id, run in a session of their own.</summary>
    /// <param name="plugin">The plugin.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="PluginLoadException">The plugin's criteria cannot be described (a missing attribute, two criteria with one code).</exception>
    public static CriteriaCatalog Create(ICriteriaPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        if (string.IsNullOrWhiteSpace(plugin.Id))
        {
            throw new PluginLoadException($"The plugin {plugin.GetType().FullName} has no id.");
        }

        try
        {
            return CriteriaCatalogFactory.Create(plugin.Id, plugin.Criteria, plugin.QualityRules, source: plugin.Id) with
            {
                Isolated = true,
                DefaultOptions = plugin.DefaultOptions,
                ValidateOptions = options => SafeValidate(plugin, options),
            };
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            throw new PluginLoadException($"The plugin '{plugin.Id}' cannot be used: {error.Message}", error);
        }
    }

    private static IReadOnlyList<OptionProblem> SafeValidate(ICriteriaPlugin plugin, System.Text.Json.JsonElement? options)
    {
        try
        {
            return plugin.ValidateOptions(options);
        }
#pragma warning disable CA1031 // a plugin's bug becomes a clear problem, not a crash of the host
        catch (Exception error)
#pragma warning restore CA1031
        {
            return [new OptionProblem("", $"the plugin failed to check its options ({error.GetType().Name}: {error.Message})")];
        }
    }
}
