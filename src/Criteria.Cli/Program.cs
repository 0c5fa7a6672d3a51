using System.CommandLine;
using Criteria.Cli;
using Criteria.Cli.Commands;

var root = new RootCommand("criteria — effectiveness criteria of graduate employment assistance centres (ЦСТВ) from AIS «Трудовые ресурсы» data")
{
    EvaluateCommand.Create(),
    ValidateCommand.Create(),
    CatalogCommand.Create(),
    SchemaCommand.Create(),
    CompareCommand.Create(),
    TrendCommand.Create(),
    ServeCommand.Create(),
    SampleCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        await Console.Error.WriteLineAsync($"criteria: {error.Message}");
    }

    await Console.Error.WriteLineAsync("Run 'criteria --help' for usage.");
    return ExitCodes.InvalidInput;
}

return await parsed.InvokeAsync();
