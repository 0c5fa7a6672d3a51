using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Rules;
using Criteria.Sdk.Plugins;

namespace Criteria.Cli;

/// <summary>Builds the evaluator of a command: the standard catalog and the plugins named with <c>--plugin</c>, loaded before anything is read or evaluated.</summary>
internal static class EvaluatorFactory
{
    private static CriteriaCatalog Catalog(ICriteriaPlugin plugin, FileInfo file)
    {
        try
        {
            return PluginCatalog.Create(plugin);
        }
        catch (PluginLoadException error)
        {
            throw new PluginLoadException($"{error.Message} (plugin file {file.FullName})", error);
        }
    }

    public static CriteriaEvaluator Create(IEnumerable<FileInfo> pluginFiles, TimeSpan? pluginBudget = null)
    {
        var catalogs = new List<CriteriaCatalog> { StandardCatalog.Catalog };
        foreach (var file in pluginFiles)
        {
            foreach (var catalog in PluginLoader.LoadFromFile(file.FullName).Select(plugin => Catalog(plugin, file)))
            {
                PluginCatalog.CheckBeside(catalog, $"the file {file.FullName}", catalogs);
                catalogs.Add(catalog);
            }
        }

        try
        {
            return new CriteriaEvaluator(catalogs, pluginBudget is { } budget ? new CriteriaOptions { PluginTimeBudget = budget } : null);
        }
        catch (ArgumentException error)
        {
            throw new PluginLoadException($"The catalogs cannot be combined: {error.Message}", error);
        }
    }
}
