using Criteria.DependencyInjection;

namespace Criteria.Sdk.Plugins;

/// <summary>Adds plugins to an evaluator: <c>services.AddCriteria().AddStandardCriteria().AddPlugin&lt;MyPlugin&gt;()</c>.</summary>
public static class CriteriaBuilderPluginExtensions
{
    /// <summary>Adds a plugin by type.</summary>
    /// <typeparam name="TPlugin">The plugin.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static CriteriaBuilder AddPlugin<TPlugin>(this CriteriaBuilder builder)
        where TPlugin : ICriteriaPlugin, new() => builder.AddPlugin(new TPlugin());

    /// <summary>Adds a plugin instance.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="plugin">The plugin.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="PluginLoadException">The plugin's criteria cannot be described.</exception>
    public static CriteriaBuilder AddPlugin(this CriteriaBuilder builder, ICriteriaPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddCatalog(PluginCatalog.Create(plugin));
    }

    /// <summary>Adds the plugins of an assembly file, loaded into a context of their own.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="path">The plugin's .dll.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="PluginLoadException">The file is not a plugin of this SDK.</exception>
    public static CriteriaBuilder AddPluginFile(this CriteriaBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var plugin in PluginLoader.LoadFromFile(path))
        {
            builder.AddPlugin(plugin);
        }

        return builder;
    }
}
