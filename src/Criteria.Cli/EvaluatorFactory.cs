using Criteria.Catalog;
using Criteria.Evaluation;
using Criteria.Rendering;
using Criteria.Rules;
using Criteria.Samples;
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

    /// <summary>
    /// Without plugins, creates the standard evaluator on another core while the caller reads the dataset
    /// (reading takes one core) and has it evaluate a small sample and write the report in
    /// <paramref name="format"/> to nowhere: the rules are compiled and the evaluation's and the writer's
    /// code is ready when the real run starts. With plugins, loads them at once, before anything is read
    /// (a file that is not a plugin is said first), and leaves their rules to the real run.
    /// </summary>
    public static Task<CriteriaEvaluator> CreateBesideReading(IReadOnlyCollection<FileInfo> pluginFiles, TimeSpan? pluginBudget, ReportFormat format, RenderOptions render)
    {
        if (pluginFiles.Count > 0)
        {
            return Task.FromResult(Create(pluginFiles, pluginBudget));
        }

        return Task.Run(async () =>
        {
            var evaluator = Create(pluginFiles, pluginBudget);
            try
            {
                var sample = evaluator.Evaluate(SampleDatasetGenerator.Generate(new SampleDatasetOptions { Colleges = 2, Graduates = 40, Seed = 1 }));
                await ReportRenderer.WriteAsync(sample, format, Stream.Null, render with { TableWidth = 120 }, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // a warm-up that fails only loses its head start: the real run says what is wrong, if anything
            catch (Exception)
#pragma warning restore CA1031
            {
            }

            return evaluator;
        });
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
