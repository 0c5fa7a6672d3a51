using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Sdk.Plugins;

namespace Criteria.Cli;

/// <summary>
/// Runs a command's body and turns every failure into a message on stderr and an exit code: invalid
/// input → 2 with the record and the JSON path, anything else → 1. Never a stack trace.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Func<Task<int>> body, TextWriter stderr)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (InvalidInputException error)
        {
            await stderr.WriteLineAsync($"criteria: invalid input: {error.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (PluginLoadException error)
        {
            await stderr.WriteLineAsync($"criteria: plugin: {error.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (DatasetRejectedException error)
        {
            await stderr.WriteLineAsync($"criteria: the dataset has data errors: {error.Message}").ConfigureAwait(false);
            foreach (var finding in error.Errors.Skip(1).Take(20))
            {
                await stderr.WriteLineAsync($"  {finding}").ConfigureAwait(false);
            }

            if (error.Errors.Count > 21)
            {
                await stderr.WriteLineAsync($"  … and {error.Errors.Count - 21} more").ConfigureAwait(false);
            }

            return ExitCodes.InvalidInput;
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            await stderr.WriteLineAsync($"criteria: cannot read or write a file: {error.Message}").ConfigureAwait(false);
            return ExitCodes.InvalidInput;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("criteria: cancelled").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
#pragma warning disable CA1031 // the last line of defence: a bug is reported, not thrown at the user
        catch (Exception error)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"criteria: internal error ({error.GetType().Name}): {error.Message}").ConfigureAwait(false);
            await stderr.WriteLineAsync("This is a bug in criteria; please report it with the command that caused it.").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}
