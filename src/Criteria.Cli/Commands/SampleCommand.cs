using System.CommandLine;
using Criteria.Json;
using Criteria.Samples;

namespace Criteria.Cli.Commands;

/// <summary><c>criteria sample [--colleges N] [--graduates N] [--seed S] [--out file]</c>: a seeded synthetic dataset.</summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var colleges = new Option<int>("--colleges") { Description = "Number of colleges (at least 1).", DefaultValueFactory = _ => 55 }.Within(1, int.MaxValue);
        var graduates = new Option<int>("--graduates") { Description = "Number of graduates (0 or more).", DefaultValueFactory = _ => 20_000 }.Within(0, int.MaxValue);
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same dataset.", DefaultValueFactory = _ => 2023 };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the dataset to this file instead of the standard output." };
        var command = new Command("sample", "Generates a synthetic dataset of any scale with the proportions of a real region.")
        {
            colleges, graduates, seed, output,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            async () =>
            {
                var dataset = SampleDatasetGenerator.Generate(new SampleDatasetOptions
                {
                    Colleges = parse.GetValue(colleges),
                    Graduates = parse.GetValue(graduates),
                    Seed = parse.GetValue(seed),
                });
                if (parse.GetValue(output) is { } file)
                {
                    await DatasetWriter.WriteFileAsync(dataset, file.FullName, indented: false, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    using var stdout = Console.OpenStandardOutput();
                    await DatasetWriter.WriteAsync(dataset, stdout, indented: true, cancellationToken).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            },
            Console.Error));
        return command;
    }
}
