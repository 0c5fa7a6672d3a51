using System.Buffers;
using System.Text.Json;
using Criteria.Catalog;
using Criteria.Json.Converters;
using Criteria.Reporting;

namespace Criteria.Json;

/// <summary>
/// Writes trends in contract <c>trend-v1</c> (docs/trend.md), deterministically: a point is the result as a
/// report writes it, without <c>code</c> and <c>cohort</c> (or null where a college was not in a period);
/// <c>change</c> the nearest double of the exact difference (0.092, not 0.09199999999999997). Thread-safe.
/// </summary>
public static class TrendWriter
{
    private const int FlushThreshold = 1 << 16;

    /// <summary>Writes a trend to a stream as UTF-8 JSON.</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <param name="indented">True for indented output.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the trend is written.</returns>
    public static async Task WriteAsync(Trend trend, Stream utf8Json, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(utf8Json);

        // Streamed in pieces of about 64 KB, series by series: the trend of a dozen federal reports is ~750 MB of JSON.
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        var options = (indented ? ReportJsonContext.Indented : ReportJsonContext.Compact).Options;
        var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = indented });
        await using (writer.ConfigureAwait(false))
        {
            foreach (var _ in Write(trend, writer, options))
            {
                if (writer.BytesPending + buffer.WrittenCount >= FlushThreshold)
                {
                    writer.Flush();
                    await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                }
            }

            writer.Flush();
            await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }

        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a trend as JSON text.</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="indented">True for indented output.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(Trend trend, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        var options = (indented ? ReportJsonContext.Indented : ReportJsonContext.Compact).Options;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = indented }))
        {
            foreach (var _ in Write(trend, writer, options))
            {
            }
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the trend, yielding after each series (where the caller may flush).</summary>
    private static IEnumerable<int> Write(Trend trend, Utf8JsonWriter writer, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", trend.SchemaVersion);
        writer.WriteString("catalog", trend.Catalog);
        if (trend.Region is { } region)
        {
            writer.WriteString("region", region);
        }

        writer.WriteStartArray("periods");
        foreach (var period in trend.Periods)
        {
            JsonSerializer.Serialize(writer, period, options.GetTypeInfo(typeof(Facts.Period)));
        }

        writer.WriteEndArray();
        writer.WritePropertyName("criteria");
        JsonSerializer.Serialize(writer, trend.Criteria, options.GetTypeInfo(typeof(Collections.ValueArray<ReportCriterion>)));
        writer.WriteStartArray("regionSeries");
        foreach (var series in trend.RegionSeries)
        {
            WriteSeries(writer, series, options);
            yield return 0;
        }

        writer.WriteEndArray();
        writer.WriteStartArray("colleges");
        foreach (var college in trend.Colleges)
        {
            writer.WriteStartObject();
            writer.WriteString("id", college.Id);
            if (college.Name is { } name)
            {
                writer.WriteString("name", name);
            }

            writer.WriteStartArray("series");
            foreach (var series in college.Series)
            {
                WriteSeries(writer, series, options);
                yield return 0;
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSeries(Utf8JsonWriter writer, TrendSeries series, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", series.Code);
        writer.WriteString("cohort", series.Cohort.Name());
        writer.WriteStartArray("points");
        foreach (var point in series.Points)
        {
            if (point is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                CriterionResultConverter.Write(writer, point, options, withKey: false);
            }
        }

        writer.WriteEndArray();
        if (series.Change is { } change)
        {
            writer.WriteNumber("change", change);
        }
        else
        {
            writer.WriteNull("change");
        }

        if (series.Direction is { } direction)
        {
            writer.WriteString("direction", ContractEnumConverter<TrendDirection>.NameOf(direction));
        }
        else
        {
            writer.WriteNull("direction");
        }

        writer.WriteEndObject();
    }
}
