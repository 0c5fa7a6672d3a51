using System.CommandLine;

namespace Criteria.Cli.Commands;

/// <summary><c>criteria catalog [--plugin p.dll]</c>: the criteria, one per line, code first.</summary>
internal static class CatalogCommand
{
    public static Command Create()
    {
        var plugins = new Option<FileInfo[]>("--plugin") { Description = "A plugin's .dll whose criteria are listed too (repeatable).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "lines (tab-separated, default) or markdown (the reference page, docs/catalog.md).", DefaultValueFactory = _ => "lines" };
        format.AcceptOnlyFromAmong("lines", "markdown");
        var command = new Command("catalog", "Lists the criteria: code, group, kind, direction, source, title and definition, tab-separated.") { plugins, format };
        command.SetAction((parse, _) => CommandRunner.RunAsync(
            async () =>
            {
                var evaluator = EvaluatorFactory.Create(parse.GetValue(plugins) ?? []);
                var output = Console.Out;
                if (parse.GetValue(format) == "markdown")
                {
                    await output.WriteAsync(Rendering.CatalogMarkdown.Render(evaluator.Criteria)).ConfigureAwait(false);
                    return ExitCodes.Success;
                }

                foreach (var criterion in evaluator.Criteria)
                {
                    var direction = criterion.LowerIsBetter ? "lower-is-better" : "higher-is-better";
                    await output.WriteLineAsync(
                        $"{criterion.Code}\t{criterion.Group}\t{criterion.Kind.ToString().ToLowerInvariant()}\t{direction}\t{criterion.Source}\t{criterion.Title}\t{criterion.Definition}").ConfigureAwait(false);
                }

                return ExitCodes.Success;
            },
            Console.Error));
        return command;
    }
}
