using Spectre.Console;

namespace Criteria.Cli.Rendering;

/// <summary>
/// A spinner on the standard error while a long step runs (a large input, more than a second's work),
/// when the standard error is a terminal; the standard output carries data only.
/// </summary>
internal static class ProgressIndicator
{
    private const long LargeInputBytes = 16L << 20;

    public static async Task<T> RunAsync<T>(string step, long inputBytes, Func<Task<T>> work)
    {
        if (inputBytes < LargeInputBytes || Console.IsErrorRedirected)
        {
            return await work().ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Status().Spinner(Spinner.Known.Dots).StartAsync($"{step} ({inputBytes / (1 << 20)} MB)…", _ => work()).ConfigureAwait(false);
    }
}
