using System.CommandLine;
using Criteria.Json;
using Microsoft.Extensions.Hosting;
using Criteria.Server;

namespace Criteria.Cli.Commands;

/// <summary>
/// <c>criteria serve [--urls http://127.0.0.1:5080] [--profile p.json] [--plugin x.dll] [--token-file f]</c>: the evaluation
/// service for systems that are not .NET (docs/service.md). The bearer token comes from <c>CRITERIA_SERVE_TOKEN</c> or a
/// file, never the command line (where any user of the machine would see it).
/// </summary>
internal static class ServeCommand
{
    public const string TokenVariable = "CRITERIA_SERVE_TOKEN";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (;-separated). Default: loopback only, http://127.0.0.1:5080.", DefaultValueFactory = _ => CriteriaServiceOptions.DefaultUrls };
        var profile = new Option<FileInfo?>("--profile", "-p") { Description = "The profile every evaluation and the live region use." };
        var plugins = new Option<FileInfo[]>("--plugin") { Description = "A plugin's .dll whose criteria are evaluated too (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var pluginBudget = PluginBudgetOption.Create();
        var tokenFile = new Option<FileInfo?>("--token-file") { Description = $"A file holding the bearer token every request must carry (or the environment variable {TokenVariable}); required beyond loopback." };
        var maxRequest = new Option<long>("--max-request-mb") { Description = "The largest request body, in megabytes. Default 1024.", DefaultValueFactory = _ => 1024 };
        var concurrent = new Option<int>("--max-concurrent") { Description = "Evaluations at once; more wait in a queue, then get 503. Default 4.", DefaultValueFactory = _ => 4 };
        var command = new Command("serve", "Runs the evaluation service (HTTP) for systems that are not .NET.")
        {
            urls, profile, plugins, pluginBudget, tokenFile, maxRequest, concurrent,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            async () =>
            {
                var token = Environment.GetEnvironmentVariable(TokenVariable);
                if (parse.GetValue(tokenFile) is { } file)
                {
                    token = (await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false)).Trim();
                    if (token.Length == 0)
                    {
                        await Console.Error.WriteLineAsync($"criteria: serve: the token file {file.Name} is empty").ConfigureAwait(false);
                        return ExitCodes.InvalidInput;
                    }
                }

                var profileFile = parse.GetValue(profile);
                var chosen = profileFile is null ? null : (await ProfileLocation.ReadAsync(profileFile, cancellationToken).ConfigureAwait(false)).Profile;
                var evaluator = EvaluatorFactory.Create(parse.GetValue(plugins) ?? [], parse.GetValue(pluginBudget));
                if (parse.GetValue(maxRequest) <= 0 || parse.GetValue(concurrent) <= 0)
                {
                    await Console.Error.WriteLineAsync("criteria: serve: --max-request-mb and --max-concurrent must be above 0").ConfigureAwait(false);
                    return ExitCodes.InvalidInput;
                }

                // The profile is checked against the criteria now (an empty region), not at the first caller's request.
                EvaluateCommand.ProfileErrors(profileFile, () => evaluator.Evaluate(
                    new Facts.Dataset { Period = new Facts.Period(new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31), new DateOnly(2024, 12, 1)) },
                    new Evaluation.EvaluationSettings { Profile = chosen },
                    cancellationToken));
                Microsoft.AspNetCore.Builder.WebApplication app;
                try
                {
                    app = CriteriaService.Create(new CriteriaServiceOptions
                    {
                        Evaluator = evaluator,
                        Profile = chosen,
                        Urls = parse.GetValue(urls)!,
                        Token = string.IsNullOrWhiteSpace(token) ? null : token,
                        MaxRequestBytes = parse.GetValue(maxRequest) * (1L << 20),
                        MaxConcurrentRequests = parse.GetValue(concurrent),
                    });
                }
                catch (ArgumentException error)
                {
                    await Console.Error.WriteLineAsync($"criteria: serve: {error.Message.Split(" (Parameter", 2)[0]}").ConfigureAwait(false);
                    return ExitCodes.InvalidInput;
                }

                await using (app.ConfigureAwait(false))
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                    await Console.Error.WriteLineAsync($"criteria: serving {evaluator.Criteria.Count} criteria on {string.Join(", ", app.Urls)} (Ctrl+C stops)").ConfigureAwait(false);
                    await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            },
            Console.Error));
        return command;
    }
}
