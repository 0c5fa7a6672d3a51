using System.Diagnostics;
using System.Text;

namespace Criteria.Cli.Tests;

/// <summary>Runs the built <c>criteria</c> command as a user would, and captures what it prints.</summary>
internal static class CriteriaCommand
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        RunDllAsync(Path.Combine(AppContext.BaseDirectory, "criteria.dll"), args);

    public static Task<(int ExitCode, string Stdout, string Stderr)> RunDllAsync(string dll, params string[] args) =>
        RunProcessAsync("dotnet", [dll, .. args]);

    /// <summary>Runs a program with a time limit and captures what it prints.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"criteria-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}
