using System.CommandLine;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Quality;

namespace Criteria.Cli.Commands;

/// <summary>
/// <c>criteria validate &lt;dataset.json&gt; [--plugin p.dll]</c>: the data-quality findings only, one per
/// line (code, severity, path, message); exit 2 when any is an error or the file breaks the contract.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var dataset = new Argument<FileInfo>("dataset") { Description = "The dataset (JSON, the dataset contract, version 1)." };
        var plugins = new Option<FileInfo[]>("--plugin") { Description = "A plugin whose data-quality rules run too (repeatable); its criteria are evaluated as well, under --plugin-budget.", Arity = ArgumentArity.ZeroOrMore };
        var profile = new Option<FileInfo?>("--profile", "-p") { Description = "The evaluation profile: its windows and status sets decide some findings (DQ13), and its plugin options are checked." };
        var pluginBudget = PluginBudgetOption.Create();
        var command = new Command("validate", "Checks a dataset and lists its data-quality findings (DQ1–DQ14, with a profile; a plugin's own codes); exit code 2 when there is a data error, 3 when a criterion's rule failed.")
        {
            dataset, plugins, profile, pluginBudget,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            async () =>
            {
                var evaluator = EvaluatorFactory.Create(parse.GetValue(plugins) ?? [], parse.GetValue(pluginBudget));
                var loaded = await DatasetReader.ReadFileAsync(parse.GetValue(dataset)!.FullName, cancellationToken).ConfigureAwait(false);
                var readProfile = parse.GetValue(profile) is { } file ? await ProfileLocation.ReadAsync(file, cancellationToken).ConfigureAwait(false) : null;
                var report = EvaluateCommand.ProfileErrors(parse.GetValue(profile), () => evaluator.Evaluate(
                    loaded.Dataset,
                    new EvaluationSettings
                    {
                        Profile = readProfile?.Profile,
                        Mode = EvaluationMode.Lenient,
                        ReadingFindings = [.. loaded.Findings, .. readProfile?.Findings ?? []],
                    },
                    cancellationToken));
                foreach (var finding in report.Findings)
                {
                    await Console.Out.WriteLineAsync(
                        $"{finding.Code}\t{(finding.Severity == FindingSeverity.Error ? "error" : "warning")}\t{finding.Path}\t{finding.Message}").ConfigureAwait(false);
                }

                var errors = report.Findings.Count(f => f.Severity == FindingSeverity.Error && f.Code != FindingCodes.RuleFailed);
                var failedRules = report.Findings.Count(f => f.Code == FindingCodes.RuleFailed);
                await Console.Error.WriteLineAsync(
                    $"criteria: {report.Findings.Count} finding(s), {errors} data error(s){(failedRules > 0 ? $", {failedRules} rule(s) that failed (a plugin's findings are missing where its rules did not run)" : "")}; {report.Colleges.Count} colleges, {loaded.Dataset.Graduates.Count} graduates").ConfigureAwait(false);
                // Data errors are the data's (2); a rule that failed (a broken or cut-off plugin) is not (3).
                return errors > 0 ? ExitCodes.InvalidInput : failedRules > 0 ? ExitCodes.ReportHasErrors : ExitCodes.Success;
            },
            Console.Error));
        return command;
    }
}
