using System.Buffers;
using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Collections;
using Criteria.Reporting;

namespace Criteria.Json;

/// <summary>
/// Writes reports in contract version 1 (docs/report.md), deterministically: the same report gives
/// byte-identical output; non-ASCII text is written as UTF-8, not escaped. Thread-safe.
/// </summary>
public static class ReportWriter
{
    private const int FlushThreshold = 1 << 16;

    /// <summary>
    /// Writes a report to a stream as UTF-8 JSON, streaming: the output goes to the stream in pieces of
    /// about 64 KB, element by element of the report's arrays, never as one buffer of the whole report
    /// (which is ~100 MB for a federal region).
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <param name="indented">True for indented output.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public static async Task WriteAsync(Report report, Stream utf8Json, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var options = (indented ? ReportJsonContext.Indented : ReportJsonContext.Compact).Options;
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
        });
        await using (writer.ConfigureAwait(false))
        {
            // The report's own properties in the serializer's order, each array element by element.
            var reportInfo = options.GetTypeInfo(typeof(Report));
            writer.WriteStartObject();
            foreach (var property in reportInfo.Properties)
            {
                var value = property.Get!(report);
                if (value is null && options.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull)
                {
                    continue;
                }

                writer.WritePropertyName(property.Name);
                if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ValueArray<>))
                {
                    var itemInfo = options.GetTypeInfo(property.PropertyType.GetGenericArguments()[0]);
                    writer.WriteStartArray();
                    foreach (var item in (IEnumerable)value!)
                    {
                        JsonSerializer.Serialize(writer, item, itemInfo);
                        if (writer.BytesPending + buffer.WrittenCount >= FlushThreshold)
                        {
                            await FlushAsync(writer, buffer, utf8Json, cancellationToken).ConfigureAwait(false);
                        }
                    }

                    writer.WriteEndArray();
                }
                else
                {
                    JsonSerializer.Serialize(writer, value, options.GetTypeInfo(property.PropertyType));
                }
            }

            writer.WriteEndObject();
            await FlushAsync(writer, buffer, utf8Json, cancellationToken).ConfigureAwait(false);
        }

        await utf8Json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">True for indented output.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(Report report, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(report, (indented ? ReportJsonContext.Indented : ReportJsonContext.Compact).Report);
    }

    /// <summary>Writes one result as the report writes it (compact JSON), for a system that passes results on one by one (live changes).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The JSON.</returns>
    public static string ToJson(CriterionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(result, ReportJsonContext.Compact.Options.GetTypeInfo(typeof(CriterionResult)));
    }

    private static async ValueTask FlushAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream utf8Json, CancellationToken cancellationToken)
    {
        writer.Flush();
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        buffer.ResetWrittenCount();
    }
}
