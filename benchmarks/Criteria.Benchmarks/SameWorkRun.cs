using System.Diagnostics;
using System.Globalization;
using Criteria.Benchmarks.Baseline;

namespace Criteria.Benchmarks;

/// <summary>
/// The <c>--same-work</c> mode: the equal-work hand-written pass run once, as the whole process does,
/// and one line with its wall time and the process's peak resident memory (<c>VmHWM</c>).
/// </summary>
public static class SameWorkRun
{
    /// <summary>Runs <see cref="SameWorkPass"/> once and prints <c>same-work ms: N, peak MiB: N</c>.</summary>
    /// <param name="datasetPath">The dataset.</param>
    /// <param name="reportPath">The report to write.</param>
    /// <returns>The exit code, 0.</returns>
    public static int Run(string datasetPath, string reportPath)
    {
        var started = Stopwatch.GetTimestamp();
        SameWorkPass.Run(datasetPath, reportPath);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine($"same-work ms: {elapsed.TotalMilliseconds.ToString("F0", invariant)}, peak MiB: {PeakMebibytes().ToString(invariant)}");
        return 0;
    }

    /// <summary>The process's peak resident set (<c>VmHWM</c> of <c>/proc/self/status</c>), in MiB; -1 where there is none.</summary>
    /// <returns>The peak in MiB.</returns>
    public static long PeakMebibytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return -1;
        }

        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kilobytes / 1024;
            }
        }

        return -1;
    }
}
