using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Rules;
using Criteria.Sdk.Plugins;

namespace Criteria.Cli;

/// <summary>Builds the evaluator of a command: the standard catalog and the plugins named with <c>--plugin</c>, loaded before anything is read or evaluated.</summary>
internal static class EvaluatorFactory
{
    public static CriteriaEvaluator Create(IEnumerable<FileInfo> pluginFiles, TimeSpan? pluginBudget = null)
    {
        var catalogs = new List<CriteriaCatalog> { StandardCatalog.Catalog };
        foreach (var file in pluginFiles)
        {
            catalogs.AddRange(PluginLoader.LoadFromFile(file.FullName).Select(PluginCatalog.Create));
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
