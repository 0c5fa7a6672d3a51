using System.CommandLine;
using Criteria.Cli.Rendering;
using Criteria.Rendering;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Profiles;

namespace Criteria.Cli.Commands;

/// <summary><c>criteria evaluate &lt;dataset.json&gt; [--profile p.json] [--format table|json] [--out file] [--lenient]</c>.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var dataset = new Argument<FileInfo>("dataset") { Description = "The dataset (JSON, the dataset contract, version 1)." };
        var profile = new Option<FileInfo?>("--profile", "-p") { Description = "The evaluation profile: targets, windows, status sets (JSON)." };
        var format = new Option<ReportFormat>("--format", "-f") { Description = "table (for people), json (the report contract), csv (for Excel), html (a page with charts) or xlsx (an Excel workbook).", DefaultValueFactory = _ => ReportFormat.Table }.Among();
        var separator = new Option<string>("--csv-separator") { Description = "The CSV separator: comma (default) or semicolon, for a Russian-locale Excel.", DefaultValueFactory = _ => "comma" };
        separator.AcceptOnlyFromAmong("comma", "semicolon", ",", ";");
        var redact = new Option<bool>("--redact") { Description = "Leave graduates' ids out of the report (personal data)." };
        var maxInput = new Option<long?>("--max-input-mb") { Description = "Refuse a dataset larger than this many megabytes." }.Within(1, long.MaxValue >> 20);
        var language = new Option<ReportLanguage>("--lang") { Description = "The language of the table, html and xlsx reports: ru (default) or en.", DefaultValueFactory = _ => ReportLanguage.Ru }.Among();
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the report to this file instead of the standard output." };
        var lenient = new Option<bool>("--lenient") { Description = "Leave out records with data errors (DQ1, DQ2) instead of refusing the dataset." };
        var plugins = new Option<FileInfo[]>("--plugin") { Description = "A plugin's .dll whose criteria are evaluated too (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var pluginBudget = PluginBudgetOption.Create();
        var rating = new Option<bool>("--rating") { Description = "Rate the colleges (an integral index, coverage and rank) with the default settings when the profile has no rating." };
        var college = new Option<string?>("--college") { Description = "One college's card (table or html: its criteria, targets, place, index and findings on one page); json and csv keep that college's results only." };
        var failOn = new Option<FailOn>("--fail-on")
        {
            Description = "What in the report makes the exit code 3 (the report is written all the same): rule (default: a criterion whose rule failed), error (also data errors), warning, or never.",
            DefaultValueFactory = _ => FailOn.Rule,
        }.Among();

        var command = new Command("evaluate", "Evaluates the criteria of a dataset for every college, cohort and the region.")
        {
            dataset, profile, format, output, lenient, plugins, pluginBudget, failOn, separator, language, redact, maxInput, rating, college,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            async () =>
            {
                var render = new RenderOptions
                {
                    Language = parse.GetValue(language),
                    CsvSeparator = parse.GetValue(separator) is "semicolon" or ";" ? ';' : ',',
                    College = parse.GetValue(college),
                };
                if (await ReportOutput.RefusesWorkbookToTerminalAsync(parse.GetValue(format) == ReportFormat.Xlsx, parse.GetValue(output)).ConfigureAwait(false))
                {
                    return ExitCodes.InvalidInput;
                }

                FileArgument.RefuseOverwriting(parse.GetValue(output), [parse.GetValue(dataset), parse.GetValue(profile), .. parse.GetValue(plugins) ?? []]);
                var preparing = EvaluatorFactory.CreateBesideReading(parse.GetValue(plugins) ?? [], parse.GetValue(pluginBudget), parse.GetValue(format), render);
                var input = parse.GetValue(dataset)!;
                var size = input.Exists ? input.Length : 0;
                var loaded = await ProgressIndicator.RunAsync("reading the dataset", size, () => DatasetReader.ReadFileAsync(input.FullName, parse.GetValue(maxInput) * (1L << 20), cancellationToken)).ConfigureAwait(false);
                if (render.College is { } cardOf && !loaded.Dataset.Colleges.Any(c => c.Id == cardOf))
                {
                    var known = loaded.Dataset.Colleges.Take(10).Select(c => c.Id).ToList();
                    await Console.Error.WriteLineAsync(
                        $"criteria: --college: the dataset has no college '{cardOf}'" + (known.Count == 0 ? " (it has no colleges)" : $"; its colleges: {string.Join(", ", known)}{(loaded.Dataset.Colleges.Count > known.Count ? ", …" : "")}")).ConfigureAwait(false);
                    return ExitCodes.InvalidInput;
                }

                var evaluator = await preparing.ConfigureAwait(false);
                var profileFile = parse.GetValue(profile);
                var findings = loaded.Findings.ToList();
                EvaluationProfile? evaluationProfile = null;
                if (profileFile is not null)
                {
                    var readProfile = await ProfileLocation.ReadAsync(profileFile, cancellationToken).ConfigureAwait(false);
                    evaluationProfile = readProfile.Profile;
                    findings.AddRange(readProfile.Findings); // a JSON path of the profile; the message names the file
                }

                if (parse.GetValue(rating) && evaluationProfile?.Rating is null)
                {
                    evaluationProfile = (evaluationProfile ?? EvaluationProfile.Default) with { Rating = RatingSettings.Default };
                }

                var report = await ProgressIndicator.RunAsync("evaluating", size, () => Task.FromResult(ProfileErrors(profileFile, () => evaluator.Evaluate(
                    loaded.Dataset,
                    new EvaluationSettings
                    {
                        Profile = evaluationProfile,
                        Mode = parse.GetValue(lenient) ? EvaluationMode.Lenient : EvaluationMode.Strict,
                        ReadingFindings = findings,
                        Redact = parse.GetValue(redact),
                    },
                    cancellationToken)))).ConfigureAwait(false);

                await ReportOutput.WriteAsync(report, parse.GetValue(format), parse.GetValue(output), render, cancellationToken).ConfigureAwait(false);
                return await FailOnPolicy.ExitCodeAsync(report, parse.GetValue(failOn), Console.Error).ConfigureAwait(false);
            },
            Console.Error));
        return command;
    }

    /// <summary>Runs an evaluation that reads as it goes; a profile error it raises gets the line and the name of the profile file.</summary>
    internal static async Task<T> ProfileErrorsAsync<T>(FileInfo? profile, Func<Task<T>> evaluate)
    {
        try
        {
            return await evaluate().ConfigureAwait(false);
        }
        catch (InvalidInputException error)
        {
            throw ProfileLocation.Locate(error, profile);
        }
    }

    /// <summary>Runs an evaluation; a profile error it raises gets the line and the name of the profile file.</summary>
    internal static T ProfileErrors<T>(FileInfo? profile, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (InvalidInputException error)
        {
            throw ProfileLocation.Locate(error, profile);
        }
    }
}
