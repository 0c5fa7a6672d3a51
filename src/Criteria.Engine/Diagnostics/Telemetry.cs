using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Criteria.Diagnostics;

/// <summary>The instruments and the activity source behind <see cref="CriteriaTelemetry"/>; created once, thread-safe.</summary>
internal static class Telemetry
{
    private static readonly string? Version = typeof(Telemetry).Assembly.GetName().Version?.ToString();
    private static readonly Meter Meter = new(CriteriaTelemetry.Name, Version);

    public static ActivitySource Source { get; } = new(CriteriaTelemetry.Name, Version);

    public static Counter<long> Evaluations { get; } = Meter.CreateCounter<long>(CriteriaTelemetry.Evaluations, "{evaluation}", "Evaluations made.");

    public static Histogram<double> EvaluationDuration { get; } = Meter.CreateHistogram<double>(CriteriaTelemetry.EvaluationDuration, "s", "How long an evaluation took.");

    public static Counter<long> RuleFailures { get; } = Meter.CreateCounter<long>(CriteriaTelemetry.RuleFailures, "{criterion}", "Criteria whose rule failed in an evaluation.");

    public static Counter<long> PluginBudgetExceeded { get; } = Meter.CreateCounter<long>(CriteriaTelemetry.PluginBudgetExceeded, "{plugin}", "Plugins abandoned past their time budget.");

    public static Counter<long> LiveBatches { get; } = Meter.CreateCounter<long>(CriteriaTelemetry.LiveBatches, "{batch}", "Batches of changes given to live evaluations.");

    public static Counter<long> LiveChanges { get; } = Meter.CreateCounter<long>(CriteriaTelemetry.LiveChanges, "{change}", "Record changes applied by live evaluations.");

    public static Histogram<double> LiveBatchDuration { get; } = Meter.CreateHistogram<double>(CriteriaTelemetry.LiveBatchDuration, "s", "How long a live batch took to apply or reject.");

    /// <summary>Records an evaluation that ended (or failed): its count, its duration, and each failed criterion.</summary>
    public static void Evaluated(string kind, long started, IEnumerable<string> failed)
    {
        var tag = new KeyValuePair<string, object?>("criteria.kind", kind);
        Evaluations.Add(1, tag);
        EvaluationDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tag);
        foreach (var code in failed)
        {
            RuleFailures.Add(1, new KeyValuePair<string, object?>("criteria.criterion", code));
        }
    }

    /// <summary>Records a live batch that was applied or rejected.</summary>
    public static void Batch(bool applied, int changes, long started)
    {
        LiveBatches.Add(1, new KeyValuePair<string, object?>("criteria.outcome", applied ? "applied" : "rejected"));
        if (applied)
        {
            LiveChanges.Add(changes);
        }

        LiveBatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
