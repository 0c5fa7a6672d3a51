using System.Diagnostics;
using System.Globalization;

namespace Criteria.Benchmarks;

/// <summary>
/// Runs a command as a process of its own, as a user runs it, and measures its wall time and its peak
/// resident memory (the largest <c>VmHWM</c> of <c>/proc/PID/status</c> seen while it runs, every 10 ms).
/// </summary>
public static class WholeProcess
{
    /// <summary>The wall time and peak memory of one run.</summary>
    /// <param name="Milliseconds">Wall time from start to exit.</param>
    /// <param name="PeakMebibytes">Peak resident memory in MiB; -1 where the system does not say.</param>
    public readonly record struct Measurement(double Milliseconds, long PeakMebibytes);

    /// <summary>Runs <c>dotnet <paramref name="assembly"/> <paramref name="arguments"/></c> once.</summary>
    /// <param name="assembly">The application's assembly (a .dll next to its runtimeconfig).</param>
    /// <param name="arguments">Its arguments.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="InvalidOperationException">The process failed; its standard error is in the message.</exception>
    public static Measurement Run(string assembly, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotNetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {assembly}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var peak = -1L;
        while (!process.WaitForExit(10))
        {
            peak = Math.Max(peak, PeakKibibytes(process.Id));
        }

        process.WaitForExit();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _ = output.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(assembly)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {errors.GetAwaiter().GetResult()}");
        }

        return new Measurement(elapsed, peak < 0 ? -1 : peak / 1024);
    }

    private static string DotNetHost() =>
        Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";

    private static long PeakKibibytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // the process has just ended
        }
        catch (UnauthorizedAccessException)
        {
            // not ours to read
        }

        return -1;
    }
}
