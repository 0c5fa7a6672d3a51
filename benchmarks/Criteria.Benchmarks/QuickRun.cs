using System.Diagnostics;
using System.Globalization;
using Criteria.Benchmarks.Baseline;

namespace Criteria.Benchmarks;

/// <summary>
/// The quick mode: plain Stopwatch runs of every measurement (medians of a few runs), printed one per
/// line, ending with ratios measured in the same run. Minutes, not hours; the BenchmarkDotNet run is
/// the reference.
/// </summary>
public static class QuickRun
{
    public static int Run(IReadOnlyList<string> scales)
    {
        var invariant = CultureInfo.InvariantCulture;
        double rete = 0, compiled = 0, baseline = 0, evaluate = 0, load = 0, updateP50 = 0;
        WholeProcess.Measurement e2e = default, sameWork = default;
        foreach (var scale in scales)
        {
            var options = Scale.Of(scale);
            var federal = options.Graduates >= 500_000;
            var runs = federal ? 3 : 7;
            Console.WriteLine($"scale {scale}: {options.Colleges} colleges, {options.Graduates} graduates");
            var workload = new Workload(options);

            var expected = ReportNumbers.Sorted(workload.Baseline());
            var actual = ReportNumbers.Sorted(ReportNumbers.From(workload.Compiled()));
            if (!expected.SequenceEqual(actual))
            {
                Console.WriteLine("the baseline and the library disagree: see the property test Baseline_gives_the_library_numbers");
                return 1;
            }

            baseline = Median(runs, () => workload.Baseline());
            compiled = Median(runs, () => workload.Compiled());
            rete = Median(federal ? 1 : runs, () => workload.Rete());
            var perCollege = Median(federal ? 1 : 3, () => workload.RetePerCollegeInParallel());
            load = Median(runs, () => workload.Load());
            evaluate = Median(runs, () => workload.EvaluateEndToEnd());
            Console.WriteLine($"{scale} baseline ms: {baseline.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} batch compiled ms: {compiled.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} batch rete ms: {rete.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} batch rete per college parallel ms: {perCollege.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} load ms: {load.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} evaluate end to end ms: {evaluate.ToString("F1", invariant)}");
            updateP50 = Live(scale, workload, compiled, options.Graduates);
            (e2e, sameWork) = WholeProcesses(scale, workload.File, federal ? 3 : 5);
        }

        Console.WriteLine($"ratio batch-rete/baseline: {(rete / baseline).ToString("F2", invariant)}");
        Console.WriteLine($"ratio batch-compiled/baseline: {(compiled / baseline).ToString("F2", invariant)}");
        Console.WriteLine($"ratio evaluate/load: {(evaluate / load).ToString("F2", invariant)}");
        Console.WriteLine($"update p50 us: {updateP50.ToString("F1", invariant)}");
        Console.WriteLine($"ratio e2e/handwritten-same-work: {(e2e.Milliseconds / sameWork.Milliseconds).ToString("F2", invariant)}");
        Console.WriteLine($"ratio e2e-peak/handwritten-same-work: {((double)e2e.PeakMebibytes / sameWork.PeakMebibytes).ToString("F2", invariant)}");
        return 0;
    }

    /// <summary>
    /// <c>criteria evaluate file --format json --out r.json</c> and the equal-work hand-written pass, each
    /// as a whole process, taken in turns (the median of <paramref name="runs"/> each); the two reports
    /// must be the same bytes, or the comparison is not of equal work.
    /// </summary>
    private static (WholeProcess.Measurement E2e, WholeProcess.Measurement SameWork) WholeProcesses(string scale, string dataset, int runs)
    {
        var invariant = CultureInfo.InvariantCulture;
        var directory = AppContext.BaseDirectory;
        var library = Path.Combine(Path.GetTempPath(), $"criteria-e2e-{Environment.ProcessId}.json");
        var handWritten = Path.Combine(Path.GetTempPath(), $"criteria-same-work-{Environment.ProcessId}.json");
        var e2e = new List<WholeProcess.Measurement>();
        var sameWork = new List<WholeProcess.Measurement>();
        try
        {
            for (var i = 0; i < runs; i++)
            {
                e2e.Add(WholeProcess.Run(Path.Combine(directory, "criteria.dll"), "evaluate", dataset, "--format", "json", "--out", library));
                sameWork.Add(WholeProcess.Run(Path.Combine(directory, "Criteria.Benchmarks.dll"), "--same-work", dataset, handWritten));
            }

            if (!File.ReadAllBytes(library).AsSpan().SequenceEqual(File.ReadAllBytes(handWritten)))
            {
                throw new InvalidOperationException("The hand-written pass and criteria evaluate wrote different reports: the comparison would not be of equal work.");
            }
        }
        finally
        {
            File.Delete(library);
            File.Delete(handWritten);
        }

        var e2eMedian = Median(e2e);
        var sameWorkMedian = Median(sameWork);
        Console.WriteLine($"{scale} e2e evaluate json ms: {e2eMedian.Milliseconds.ToString("F0", invariant)}, peak MiB: {e2eMedian.PeakMebibytes.ToString(invariant)}");
        Console.WriteLine($"{scale} handwritten-same-work ms: {sameWorkMedian.Milliseconds.ToString("F0", invariant)}, peak MiB: {sameWorkMedian.PeakMebibytes.ToString(invariant)} (same report, byte for byte)");
        return (e2eMedian, sameWorkMedian);
    }

    /// <summary>The median wall time and the median peak of several runs.</summary>
    private static WholeProcess.Measurement Median(List<WholeProcess.Measurement> runs)
    {
        var times = runs.Select(r => r.Milliseconds).Order().ToArray();
        var peaks = runs.Select(r => r.PeakMebibytes).Order().ToArray();
        return new WholeProcess.Measurement(times[times.Length / 2], peaks[peaks.Length / 2]);
    }

    /// <summary>
    /// The live figures alone (open, the README's loop, snapshots) beside the compiled batch evaluation of
    /// the same run: what <c>--live</c> prints, quicker to repeat than the whole quick mode.
    /// </summary>
    public static int RunLive(IReadOnlyList<string> scales)
    {
        foreach (var scale in scales)
        {
            var options = Scale.Of(scale);
            Console.WriteLine($"scale {scale}: {options.Colleges} colleges, {options.Graduates} graduates");
            var workload = new Workload(options);
            var compiled = Median(3, () => workload.Compiled());
            Console.WriteLine($"{scale} batch compiled ms: {compiled.ToString("F1", CultureInfo.InvariantCulture)}");
            Live(scale, workload, compiled, options.Graduates);
        }

        return 0;
    }

    /// <summary>
    /// What the rating costs: the compiled batch evaluation with and without it, in turns (median of five each),
    /// and a live snapshot after a change with and without it (the rating is made again with every snapshot).
    /// </summary>
    public static int RunRating(IReadOnlyList<string> scales)
    {
        var invariant = CultureInfo.InvariantCulture;
        foreach (var scale in scales)
        {
            var options = Scale.Of(scale);
            Console.WriteLine($"scale {scale}: {options.Colleges} colleges, {options.Graduates} graduates");
            var workload = new Workload(options);
            workload.Compiled();
            workload.CompiledRated(); // warm both
            var plain = new List<double>();
            var rated = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                plain.Add(Timed(() => workload.Compiled()));
                rated.Add(Timed(() => workload.CompiledRated()));
            }

            plain.Sort();
            rated.Sort();
            Console.WriteLine($"{scale} batch compiled ms: {plain[2].ToString("F1", invariant)}");
            Console.WriteLine($"{scale} batch compiled with rating ms: {rated[2].ToString("F1", invariant)}");
            Console.WriteLine($"ratio rating/batch-compiled (difference of the two): {((rated[2] - plain[2]) / plain[2]).ToString("F3", invariant)}");

            // The rating alone, over the report's results (the contingent of a cohort is 2.1's denominator).
            var report = workload.Compiled();
            var at = report.Colleges[0].Results.Select((r, i) => (r, i)).Where(x => x.r.Code == "2.1").ToDictionary(x => x.r.Cohort, x => x.i);
            long? Contingent(int k, Criteria.Catalog.Cohort cohort) => report.Colleges[k].Results[at[cohort]].Denominator;
            var alone = new List<double>();
            for (var i = 0; i < 7; i++)
            {
                alone.Add(Timed(() => Criteria.Reporting.RatingComputation.Compute(report.Criteria, report.Colleges, Criteria.Profiles.RatingSettings.Default, Contingent)));
            }

            alone.Sort();
            Console.WriteLine($"{scale} rating alone ms p50: {alone[3].ToString("F1", invariant)}, min: {alone[0].ToString("F1", invariant)}");
            Console.WriteLine($"ratio rating-alone/batch-compiled: {(alone[3] / plain[2]).ToString("F3", invariant)}");

            foreach (var (name, profile) in new[] { ("without rating", (Criteria.Profiles.EvaluationProfile?)null), ("with rating", Workload.Rated) })
            {
                workload.CloseLive();
                GC.Collect();
                workload.OpenLive(profile);
                var snapshots = new List<double>();
                for (var i = 0; i < 21; i++)
                {
                    workload.ChangeAndTake();
                    snapshots.Add(Timed(() => workload.Snapshot()));
                }

                snapshots.Sort();
                Console.WriteLine($"{scale} live snapshot after a change {name} ms p50: {snapshots[10].ToString("F1", invariant)}, max: {snapshots[^1].ToString("F1", invariant)}");
            }

            workload.CloseLive();
        }

        return 0;
    }

    private static double Timed(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    /// <summary>Opens the live evaluation and measures the README's loop; returns the update p50 (µs).</summary>
    private static double Live(string scale, Workload workload, double compiledMs, int graduates)
    {
        var invariant = CultureInfo.InvariantCulture;
        // Opened three times (the median: one open is a few seconds on a shared machine); the last one stays.
        var opens = new double[3];
        var liveBytes = 0.0;
        for (var i = 0; i < opens.Length; i++)
        {
            workload.CloseLive();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var heldBefore = GC.GetTotalMemory(forceFullCollection: true);
            var opening = Stopwatch.GetTimestamp();
            workload.OpenLive();
            opens[i] = Stopwatch.GetElapsedTime(opening).TotalMilliseconds;
            liveBytes = (GC.GetTotalMemory(forceFullCollection: true) - heldBefore) / (double)graduates;
        }

        Array.Sort(opens);
        var openMs = opens[1];
        var updates = new List<double>();
        for (var i = 0; i < 2_200; i++)
        {
            var started = Stopwatch.GetTimestamp();
            workload.UpdateOneGraduate();
            if (i >= 200)
            {
                updates.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            }
        }

        updates.Sort();

        // The README's loop: a change of a mixed stream, then the results it moved.
        var mixed = new List<double>();
        var allocated = new List<long>();
        for (var i = 0; i < 5_200; i++)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            workload.ChangeAndTake();
            if (i >= 200)
            {
                mixed.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
                allocated.Add(GC.GetAllocatedBytesForCurrentThread() - bytes);
            }
        }

        mixed.Sort();
        allocated.Sort();

        // A snapshot after a change (made once), and again without one (the same object).
        var afterChange = new List<double>();
        var unchanged = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            workload.ChangeAndTake();
            var started = Stopwatch.GetTimestamp();
            var first = workload.Snapshot();
            afterChange.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            var again = workload.Snapshot();
            unchanged.Add(Stopwatch.GetElapsedTime(started).TotalMicroseconds);
            if (!ReferenceEquals(first, again))
            {
                throw new InvalidOperationException("A snapshot without a change must be the same object.");
            }
        }

        afterChange.Sort();
        unchanged.Sort();
        Console.WriteLine($"{scale} update p50 us: {updates[updates.Count / 2].ToString("F1", invariant)}, p99 us: {updates[(int)(updates.Count * 0.99)].ToString("F1", invariant)}");
        Console.WriteLine($"{scale} live change+take p50 us: {mixed[mixed.Count / 2].ToString("F1", invariant)}");
        Console.WriteLine($"{scale} live change+take p99 us: {mixed[(int)(mixed.Count * 0.99)].ToString("F1", invariant)}");
        Console.WriteLine($"{scale} live change+take allocated bytes p50: {allocated[allocated.Count / 2].ToString(invariant)}, mean: {allocated.Average().ToString("F0", invariant)}");
        Console.WriteLine($"{scale} live snapshot after a change ms p50: {afterChange[afterChange.Count / 2].ToString("F1", invariant)}, max: {afterChange[^1].ToString("F1", invariant)}");
        Console.WriteLine($"{scale} live snapshot unchanged us p50: {unchanged[unchanged.Count / 2].ToString("F2", invariant)}");
        Console.WriteLine($"{scale} live open ms: {openMs.ToString("F0", invariant)}");
        Console.WriteLine($"{scale} live open/batch: {(openMs / compiledMs).ToString("F2", invariant)}");
        Console.WriteLine($"{scale} live state bytes per graduate: {liveBytes.ToString("F0", invariant)}");
        return updates[updates.Count / 2];
    }

    private static double Median(int runs, Action action)
    {
        action(); // warm-up: compilation and JIT
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            var started = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }
}
