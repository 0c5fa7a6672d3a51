using System.CommandLine;
using Criteria.Json;

namespace Criteria.Cli.Commands;

/// <summary><c>criteria schema dataset|profile|report</c>: the JSON Schema of a contract, generated from the library's types.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var contract = new Argument<string>("contract") { Description = "dataset, profile or report." };
        contract.AcceptOnlyFromAmong("dataset", "profile", "report");
        var command = new Command("schema", "Prints the JSON Schema of a contract, generated from the types the library reads and writes.") { contract };
        command.SetAction((parse, _) => CommandRunner.RunAsync(
            async () =>
            {
                var schema = parse.GetValue(contract) switch
                {
                    "dataset" => ContractSchemas.Dataset(),
                    "profile" => ContractSchemas.Profile(),
                    _ => ContractSchemas.Report(),
                };
                await Console.Out.WriteLineAsync(schema).ConfigureAwait(false);
                return ExitCodes.Success;
            },
            Console.Error));
        return command;
    }
}
