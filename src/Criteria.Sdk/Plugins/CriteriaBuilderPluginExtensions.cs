using Criteria.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

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
        ArgumentNullException.ThrowIfNull(plugin);
        return builder.AddPlugin(plugin, origin: null);
    }

    private static CriteriaBuilder AddPlugin(this CriteriaBuilder builder, ICriteriaPlugin plugin, string? origin)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var catalog = PluginCatalog.CreateFrom(plugin, origin);
        builder.AddCatalog(catalog);

        // Checked once every catalog is registered, whatever the order of the calls: a conflict is a
        // PluginLoadException naming this plugin and where it came from, not the evaluator's ArgumentException.
        var from = origin is null ? $"the type {plugin.GetType().FullName}" : $"the file {origin}";
        builder.Services.PostConfigure<CriteriaCatalogOptions>(o => PluginCatalog.CheckBeside(catalog, from, o.Catalogs));
        return builder;
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
            builder.AddPlugin(plugin, path);
        }

        return builder;
    }
}
