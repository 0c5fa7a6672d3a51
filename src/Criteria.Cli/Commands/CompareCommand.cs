using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Criteria.Catalog;
using Criteria.Cli.Rendering;
using Criteria.Rendering;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Profiles;

namespace Criteria.Cli.Commands;

/// <summary>
/// <c>criteria compare &lt;before.json&gt; &lt;after.json&gt; [--profile p.json] [--format table|json] [--all]</c>:
/// two periods or two datasets evaluated with one profile; per criterion, college and cohort, the
/// change, and for each target the gap between expectation and reality.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var before = new Argument<FileInfo>("before") { Description = "The earlier period: a dataset, or a report (told apart by content; a report keeps the targets it was made with)." };
        var after = new Argument<FileInfo>("after") { Description = "The later period: a dataset or a report." };
        var profile = new Option<FileInfo?>("--profile", "-p") { Description = "The profile (targets) both datasets are evaluated with." };
        var profileBefore = new Option<FileInfo?>("--profile-before") { Description = "The profile of the earlier dataset only (last year's expectations); --profile when absent." };
        var profileAfter = new Option<FileInfo?>("--profile-after") { Description = "The profile of the later dataset only (this year's expectations); --profile when absent." };
        var format = new Option<string>("--format", "-f") { Description = "table (default), json or xlsx (an Excel workbook; with --out).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "xlsx");
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write to this file instead of the standard output (needed for xlsx in a terminal)." };
        var language = new Option<ReportLanguage>("--lang") { Description = "The language of the workbook: ru (default) or en.", DefaultValueFactory = _ => ReportLanguage.Ru }.Among();
        var all = new Option<bool>("--all") { Description = "Every college and cohort; by default the region and the colleges' cohort «all» where something changed." };
        var lenient = new Option<bool>("--lenient") { Description = "Leave out records with data errors instead of refusing a dataset." };
        var plugins = new Option<FileInfo[]>("--plugin") { Description = "A plugin's .dll whose criteria are compared too (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var pluginBudget = PluginBudgetOption.Create();
        var failOn = new Option<FailOn>("--fail-on")
        {
            Description = "What in either report makes the exit code 3 (the comparison is written all the same): rule (default: a criterion whose rule failed), error, warning, or never.",
            DefaultValueFactory = _ => FailOn.Rule,
        }.Among();
        var command = new Command("compare", "Compares two datasets (two periods, or two versions): the change of every result and the gap to each target.")
        {
            before, after, profile, profileBefore, profileAfter, format, output, language, all, lenient, plugins, pluginBudget, failOn,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            async () =>
            {
                FileArgument.RefuseOverwriting(
                    parse.GetValue(output),
                    [parse.GetValue(before), parse.GetValue(after), parse.GetValue(profile), parse.GetValue(profileBefore), parse.GetValue(profileAfter), .. parse.GetValue(plugins) ?? []]);
                var evaluator = new Lazy<CriteriaEvaluator>(() => EvaluatorFactory.Create(parse.GetValue(plugins) ?? [], parse.GetValue(pluginBudget)));
                var mode = parse.GetValue(lenient) ? EvaluationMode.Lenient : EvaluationMode.Strict;
                async Task<Reporting.Report> Period(FileInfo input, FileInfo? own)
                {
                    var file = own ?? parse.GetValue(profile);
                    EvaluationProfile? chosen = file is null ? null : (await ProfileLocation.ReadAsync(file, cancellationToken).ConfigureAwait(false)).Profile;
                    var settings = new EvaluationSettings { Profile = chosen, Mode = mode };
                    return await EvaluateCommand.ProfileErrorsAsync(file, () => PeriodInput.ReportOfAsync(input, evaluator, settings, cancellationToken)).ConfigureAwait(false);
                }

                var first = await Period(parse.GetValue(before)!, parse.GetValue(profileBefore)).ConfigureAwait(false);
                var second = await Period(parse.GetValue(after)!, parse.GetValue(profileAfter)).ConfigureAwait(false);
                if (first.Catalog != second.Catalog || first.Region != second.Region)
                {
                    var (what, a, b) = first.Catalog != second.Catalog ? ("catalog", first.Catalog, second.Catalog) : ("region", first.Region ?? "", second.Region ?? "");
                    await Console.Error.WriteLineAsync(
                        $"criteria: compare: {parse.GetValue(after)!.Name} has another {what} than {parse.GetValue(before)!.Name} ('{b}' against '{a}'): a comparison is of two periods or two versions of one region, in one catalog").ConfigureAwait(false);
                    return ExitCodes.InvalidInput;
                }

                var rows = Comparison.Of(first, second)
                    .Where(c => parse.GetValue(all) || c.IsRegion || (c.Cohort == Cohort.All && c.Change is not 0.0))
                    .ToList();
                if (parse.GetValue(format) == "xlsx")
                {
                    if (await ReportOutput.RefusesWorkbookToTerminalAsync(true, parse.GetValue(output)).ConfigureAwait(false))
                    {
                        return ExitCodes.InvalidInput;
                    }

                    if (parse.GetValue(output) is not { } file)
                    {
                        using var stdout = Console.OpenStandardOutput();
                        await ComparisonWorkbook.WriteAsync(rows, second, stdout, parse.GetValue(language), cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        var stream = file.Create();
                        await using (stream.ConfigureAwait(false))
                        {
                            await ComparisonWorkbook.WriteAsync(rows, second, stream, parse.GetValue(language), cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
                else if (parse.GetValue(format) == "json")
                {
                    WriteJson(rows);
                }
                else
                {
                    WriteTable(rows, second);
                }

                // A criterion that could not be evaluated shows as "—" in both columns: say so, and exit 3.
                var firstExit = await FailOnPolicy.ExitCodeAsync(first, parse.GetValue(failOn), Console.Error, parse.GetValue(before)!.Name).ConfigureAwait(false);
                var secondExit = await FailOnPolicy.ExitCodeAsync(second, parse.GetValue(failOn), Console.Error, parse.GetValue(after)!.Name).ConfigureAwait(false);
                return Math.Max(firstExit, secondExit);
            },
            Console.Error));
        return command;
    }

    private static void WriteTable(List<Comparison> rows, Reporting.Report after)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var titles = after.Criteria.ToDictionary(c => c.Code, c => c.Title, StringComparer.Ordinal);
        Console.WriteLine($"{"scope",-10} {"code",-5} {"cohort",-14} {"before",10} {"after",10} {"change",10} {"target",8} {"gap",10}  criterion");
        foreach (var row in rows)
        {
            Console.WriteLine(
                $"{row.Scope,-10} {row.Code,-5} {row.Cohort.Name(),-14} {N(ResultText.Number(row.Before)),10} {N(ResultText.Number(row.After)),10} {Signed(row.Change),10} {N(row.After?.Target?.ToDouble()),8} {Signed(row.Gap),10}  {titles.GetValueOrDefault(row.Code, "")}");
        }
    }

    private static void WriteJson(List<Comparison> rows)
    {
        using var stdout = Console.OpenStandardOutput();
        using var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("scope", row.Scope);
            writer.WriteString("code", row.Code);
            writer.WriteString("cohort", row.Cohort.Name());
            Number(writer, "before", ResultText.Number(row.Before));
            Number(writer, "after", ResultText.Number(row.After));
            Number(writer, "change", row.Change);
            Number(writer, "target", row.After?.Target?.ToDouble());
            Number(writer, "gap", row.Gap);
            writer.WriteString("statusBefore", row.Before is { } before ? ResultText.ContractStatus(before.Status) : null);
            writer.WriteString("statusAfter", row.After is { } after ? ResultText.ContractStatus(after.Status) : null);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, Math.Round(number, 6));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string N(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "—";

    private static string Signed(double? value) => value is { } v ? (v > 0 ? "+" : "") + v.ToString("0.####", CultureInfo.InvariantCulture) : "—";
}
