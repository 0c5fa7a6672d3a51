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

        CheckFindingCodes(plugin);
        if (plugin is CriteriaPlugin written && written.CheckDefinition() is { } mistake)
        {
            throw new PluginLoadException($"The plugin '{plugin.Id}' ({plugin.GetType().FullName}) cannot be used: {mistake}.");
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

    /// <summary>The catalog of a plugin loaded from a file: a problem names the file too.</summary>
    internal static CriteriaCatalog CreateFrom(ICriteriaPlugin plugin, string? file)
    {
        try
        {
            return Create(plugin);
        }
        catch (PluginLoadException error) when (file is not null)
        {
            throw new PluginLoadException($"{error.Message} (plugin file {file})", error);
        }
    }

    /// <summary>A plugin's finding codes live in its own namespace: never a standard code, always its prefix.</summary>
    private static void CheckFindingCodes(ICriteriaPlugin plugin)
    {
        var prefix = plugin.FindingCodePrefix;
        if (string.IsNullOrWhiteSpace(prefix) || global::Criteria.Quality.FindingCodes.IsStandard(prefix))
        {
            throw new PluginLoadException($"The plugin '{plugin.Id}' ({plugin.GetType().FullName}) cannot be used: its finding code prefix '{prefix}' is empty or a standard code.");
        }

        foreach (var rule in plugin.QualityRules.OfType<Quality.IFindingCodeSource>())
        {
            var code = rule.Code ?? "";
            var problem = global::Criteria.Quality.FindingCodes.IsStandard(code)
                ? $"reports the code '{code}', which is a standard finding's (DQ…, RULE): a report would hold two different {code}s"
                : !code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || code.Length == prefix.Length
                    ? $"reports the code '{code}', outside the plugin's namespace: its codes start with '{prefix}' (for example '{prefix}.1'; override FindingCodePrefix to choose another prefix)"
                    : null;
            if (problem is not null)
            {
                throw new PluginLoadException($"The plugin '{plugin.Id}' cannot be used: its data-quality rule {rule.GetType().FullName} {problem}.");
            }
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

    /// <summary>
    /// Refuses a plugin's catalog that cannot stand beside the others — the same catalog id, a criterion
    /// code or a finding code that another catalog already has — with a <see cref="PluginLoadException"/>
    /// that names the plugin, where it came from and the catalog it conflicts with. A host that combines
    /// catalogs itself calls it for each plugin's before making the evaluator.
    /// </summary>
    /// <param name="catalog">The plugin's catalog.</param>
    /// <param name="origin">Where it came from, in words: <c>the file /opt/x.dll</c> or <c>the type Acme.Plugin</c>.</param>
    /// <param name="others">The catalogs already there (the catalog itself is skipped).</param>
    /// <exception cref="PluginLoadException">The catalog conflicts with one of the others.</exception>
    public static void CheckBeside(CriteriaCatalog catalog, string origin, IEnumerable<CriteriaCatalog> others)
    {
        foreach (var other in others.Where(o => !ReferenceEquals(o, catalog)))
        {
            var what = other.Isolated ? $"plugin '{other.Id}'" : $"the catalog '{other.Id}'";
            string? conflict = null;
            if (string.Equals(other.Id, catalog.Id, StringComparison.Ordinal))
            {
                conflict = $"its id '{catalog.Id}' is already used by {what} (is the plugin loaded twice?)";
            }
            else if (catalog.Criteria.Select(c => c.Code).Intersect(other.Criteria.Select(c => c.Code), StringComparer.Ordinal).FirstOrDefault() is { } code)
            {
                conflict = $"its criterion code {code} is already defined by {what}; each code may be defined once";
            }
            else if (catalog.FindingCodes.Intersect(other.FindingCodes, StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } finding)
            {
                conflict = $"its finding code {finding} is already reported by {what}";
            }

            if (conflict is not null)
            {
                throw new PluginLoadException($"The plugin '{catalog.Id}' from {origin} cannot be added: {conflict}.");
            }
        }
    }
}
