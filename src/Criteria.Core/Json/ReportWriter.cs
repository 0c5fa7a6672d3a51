using System.Text.Json;
using Criteria.Reporting;

namespace Criteria.Json;

/// <summary>
/// Writes reports in contract version 1 (report-v1.md), deterministically: the same report gives
/// byte-identical output; non-ASCII text is written as UTF-8, not escaped. Thread-safe.
/// </summary>
public static class ReportWriter
{
    /// <summary>Writes a report to a stream as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <param name="indented">True for indented output.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the report is written.</returns>
    public static Task WriteAsync(Report report, Stream utf8Json, bool indented = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var context = indented ? ReportJsonContext.Indented : ReportJsonContext.Compact;
        return JsonSerializer.SerializeAsync(utf8Json, report, context.Report, cancellationToken);
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

    /// <summary>Reads a report written by this writer.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidInputException">The JSON is not a report.</exception>
    public static Report Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ReportJsonContext.Compact.Report)
                ?? throw new InvalidInputException(JsonPath.Root, "expected a report, found null");
        }
        catch (JsonException exception)
        {
            throw ContractErrors.From(exception);
        }
    }
}
