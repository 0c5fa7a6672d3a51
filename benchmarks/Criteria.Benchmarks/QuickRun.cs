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
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var heldBefore = GC.GetTotalMemory(forceFullCollection: true);
            var opening = Stopwatch.GetTimestamp();
            workload.OpenLive();
            var openMs = Stopwatch.GetElapsedTime(opening).TotalMilliseconds;
            var liveBytes = (GC.GetTotalMemory(forceFullCollection: true) - heldBefore) / (double)options.Graduates;
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
            updateP50 = updates[updates.Count / 2];

            // The README's loop: a change of a mixed stream, then the results it moved.
            var mixed = new List<double>();
            var allocated = new List<long>();
            for (var i = 0; i < 2_200; i++)
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
            Console.WriteLine($"{scale} baseline ms: {baseline.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} batch compiled ms: {compiled.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} batch rete ms: {rete.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} batch rete per college parallel ms: {perCollege.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} load ms: {load.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} evaluate end to end ms: {evaluate.ToString("F1", invariant)}");
            Console.WriteLine($"{scale} update p50 us: {updateP50.ToString("F1", invariant)}, p99 us: {updates[(int)(updates.Count * 0.99)].ToString("F1", invariant)}");
            Console.WriteLine($"{scale} live change+take p50 us: {mixed[mixed.Count / 2].ToString("F1", invariant)}");
            Console.WriteLine($"{scale} live change+take p99 us: {mixed[(int)(mixed.Count * 0.99)].ToString("F1", invariant)}");
            Console.WriteLine($"{scale} live change+take allocated bytes p50: {allocated[allocated.Count / 2].ToString(invariant)}");
            Console.WriteLine($"{scale} live open/batch: {(openMs / compiled).ToString("F2", invariant)}");
            Console.WriteLine($"{scale} live state bytes per graduate: {liveBytes.ToString("F0", invariant)}");
        }

        Console.WriteLine($"ratio batch-rete/baseline: {(rete / baseline).ToString("F2", invariant)}");
        Console.WriteLine($"ratio batch-compiled/baseline: {(compiled / baseline).ToString("F2", invariant)}");
        Console.WriteLine($"ratio evaluate/load: {(evaluate / load).ToString("F2", invariant)}");
        Console.WriteLine($"update p50 us: {updateP50.ToString("F1", invariant)}");
        return 0;
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
