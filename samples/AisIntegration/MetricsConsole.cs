using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Criteria.Diagnostics;

/// <summary>
/// The library's metrics, summed and printed at the end — what an OpenTelemetry or Prometheus exporter
/// would send on. In production, <c>dotnet-counters monitor -n AisIntegration --counters Criteria</c> reads
/// the same meter live.
/// </summary>
internal sealed class MetricsConsole : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, double> _totals = new();

    public MetricsConsole()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CriteriaTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument.Name, value, tags));
        _listener.Start();
    }

    public void Print()
    {
        foreach (var (name, total) in _totals.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {name} {total:0.######}");
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(string instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var name = instrument;
        foreach (var (key, tag) in tags)
        {
            name += $"{{{key}={tag}}}";
        }

        _totals.AddOrUpdate(name, value, (_, total) => total + value);
    }
}
