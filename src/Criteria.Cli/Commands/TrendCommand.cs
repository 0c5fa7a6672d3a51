using System.CommandLine;
using Criteria.Cli.Rendering;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Rendering;
using Criteria.Reporting;

namespace Criteria.Cli.Commands;

/// <summary>
/// <c>criteria trend &lt;input&gt;... [--profile p.json] [--plugin x.dll] [--format table|json|csv|html] [--out f]</c>:
/// the dynamics of a region over periods (docs/trend.md) from datasets (evaluated one at a time) or reports (as written).
/// </summary>
internal static class TrendCommand
{
    public static Command Create()
    {
        var inputs = new Argument<FileInfo[]>("inputs") { Description = "Two or more periods: datasets or reports (told apart by content), in any order.", Arity = ArgumentArity.OneOrMore };
        var profile = new Option<FileInfo?>("--profile", "-p") { Description = "The profile the datasets are evaluated with (a report keeps the one it was made with)." };
        var format = new Option<ReportFormat>("--format", "-f") { Description = "table (the region's series), json (the trend-v1 contract), csv (every series, a column per period), html (charts) or xlsx (an Excel workbook).", DefaultValueFactory = _ => ReportFormat.Table }.Among();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of the standard output." };
        var lenient = new Option<bool>("--lenient") { Description = "Leave out records with data errors instead of refusing a dataset." };
        var plugins = new Option<FileInfo[]>("--plugin") { Description = "A plugin's .dll whose criteria are evaluated too (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var pluginBudget = PluginBudgetOption.Create();
        var language = new Option<ReportLanguage>("--lang") { Description = "The language of the table, html and xlsx: ru (default) or en.", DefaultValueFactory = _ => ReportLanguage.Ru }.Among();
        var separator = new Option<string>("--csv-separator") { Description = "The CSV separator: comma (default) or semicolon.", DefaultValueFactory = _ => "comma" };
        separator.AcceptOnlyFromAmong("comma", "semicolon", ",", ";");
        var command = new Command("trend", "The dynamics of every criterion, cohort and college over two or more periods: the series, the change and its direction.")
        {
            inputs, profile, format, output, lenient, plugins, pluginBudget, language, separator,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            async () =>
            {
                if (await ReportOutput.RefusesWorkbookToTerminalAsync(parse.GetValue(format) == ReportFormat.Xlsx, parse.GetValue(output)).ConfigureAwait(false))
                {
                    return ExitCodes.InvalidInput;
                }

                var files = parse.GetValue(inputs) ?? [];
                FileArgument.RefuseOverwriting(parse.GetValue(output), [.. files, parse.GetValue(profile), .. parse.GetValue(plugins) ?? []]);
                if (files.Length < 2)
                {
                    await Console.Error.WriteLineAsync($"criteria: trend: a trend needs at least two periods; {(files.Length == 0 ? "none was given" : $"only {files[0].Name} was given")}").ConfigureAwait(false);
                    return ExitCodes.InvalidInput;
                }

                var profileFile = parse.GetValue(profile);
                EvaluationProfile? chosen = profileFile is null ? null : (await ProfileLocation.ReadAsync(profileFile, cancellationToken).ConfigureAwait(false)).Profile;
                var evaluator = new Lazy<CriteriaEvaluator>(() => EvaluatorFactory.Create(parse.GetValue(plugins) ?? [], parse.GetValue(pluginBudget)));
                var settings = new EvaluationSettings { Profile = chosen, Mode = parse.GetValue(lenient) ? EvaluationMode.Lenient : EvaluationMode.Strict };

                // One period at a time: a dataset is read, evaluated and let go before the next is read; reports are small.
                var reports = new List<Report>(files.Length);
                foreach (var file in files)
                {
                    // A trend shows results, not findings or ratings: they are let go at once (at 3,600 colleges a report's
                    // 155,000 findings weigh as much as its results).
                    var report = await EvaluateEndToEnd(file, evaluator, settings, profileFile, cancellationToken).ConfigureAwait(false);
                    reports.Add(report with { Findings = [], Rating = null });
                }

                Trend trend;
                try
                {
                    trend = Trend.Of(reports, [.. files.Select(f => f.Name)]);
                }
                catch (IncompatibleReportsException error)
                {
                    await Console.Error.WriteLineAsync($"criteria: trend: {error.Message}").ConfigureAwait(false);
                    return ExitCodes.InvalidInput;
                }

                var render = new RenderOptions { Language = parse.GetValue(language), CsvSeparator = parse.GetValue(separator) is "semicolon" or ";" ? ';' : ',' };
                await TrendOutput(trend, parse.GetValue(format), parse.GetValue(output), render, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            },
            Console.Error));
        return command;
    }

    private static Task<Report> EvaluateEndToEnd(FileInfo file, Lazy<CriteriaEvaluator> evaluator, EvaluationSettings settings, FileInfo? profile, CancellationToken cancellationToken) =>
        EvaluateCommand.ProfileErrorsAsync(profile, () => PeriodInput.ReportOfAsync(file, evaluator, settings, cancellationToken));

    private static Task TrendOutput(Trend trend, ReportFormat format, FileInfo? file, RenderOptions options, CancellationToken cancellationToken) =>
        ReportOutput.WriteAsync(
            format,
            file,
            stream => TrendRenderer.WriteAsync(trend, format, stream, options, cancellationToken),
            terminal => TrendRenderer.Write(trend, format, terminal, options with { TableWidth = null }),
            cancellationToken);
}
