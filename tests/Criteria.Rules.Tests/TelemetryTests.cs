using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Criteria.Diagnostics;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using static Criteria.Rules.Tests.Data;

namespace Criteria.Rules.Tests;

/// <summary>What an operator sees through the meter and the activity source named <see cref="CriteriaTelemetry.Name"/>.</summary>
public sealed class TelemetryTests
{
    private static Dataset Sample => DatasetReader.Parse(File.ReadAllText(Evaluation.SamplePath("small-region.json"))).Dataset;

    [Fact]
    public void Evaluations_and_live_batches_are_measured_and_traced()
    {
        var measurements = new ConcurrentBag<(string Instrument, double Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == CriteriaTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, Describe(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, Describe(tags))));
        listener.Start();
        var activities = new ConcurrentBag<string>();
        using var tracing = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CriteriaTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => activities.Add(activity.OperationName),
        };
        ActivitySource.AddActivityListener(tracing);

        Evaluation.Evaluator.Evaluate(Sample);
        var live = Evaluation.Evaluator.OpenLive(Sample);
        live.Apply([RecordChange.Insert(G("g8")), RecordChange.Insert(new Employer { Id = "e8" })]);
        Assert.Throws<DatasetRejectedException>(() => live.Apply([RecordChange.RetractCollege("c1")]));
        listener.RecordObservableInstruments();

        // Other tests may evaluate at the same time: look for at least what this one did.
        Assert.Contains(measurements, m => m is { Instrument: CriteriaTelemetry.Evaluations, Value: 1, Tags: "criteria.kind=batch" });
        Assert.Contains(measurements, m => m is { Instrument: CriteriaTelemetry.Evaluations, Tags: "criteria.kind=live.open" });
        Assert.Contains(measurements, m => m is { Instrument: CriteriaTelemetry.EvaluationDuration, Value: > 0 });
        Assert.Contains(measurements, m => m is { Instrument: CriteriaTelemetry.LiveBatches, Tags: "criteria.outcome=applied" });
        Assert.Contains(measurements, m => m is { Instrument: CriteriaTelemetry.LiveBatches, Tags: "criteria.outcome=rejected" });
        Assert.Contains(measurements, m => m is { Instrument: CriteriaTelemetry.LiveChanges, Value: 2 });
        Assert.Contains("criteria.evaluate", activities);
        Assert.Contains("criteria.live.open", activities);
        Assert.Contains("criteria.live.apply", activities);
    }

    private static string Describe(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string>();
        foreach (var (key, value) in tags)
        {
            parts.Add($"{key}={value}");
        }

        return string.Join(",", parts);
    }
}
