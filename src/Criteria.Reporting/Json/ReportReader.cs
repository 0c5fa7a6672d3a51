using System.Text;
using System.Text.Json;
using Criteria.Reporting;

namespace Criteria.Json;

/// <summary>
/// Reads a report back (the report contract, docs/report.md) — what a system that keeps its reports needs
/// to render, compare or follow them without evaluating again. Errors are <see cref="InvalidInputException"/>s
/// naming the JSON path, line and byte, as the dataset reader's are.
/// </summary>
public static class ReportReader
{
    /// <summary>Reads a report from a UTF-8 JSON stream (the stream is left open).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="maxBytes">Refuse more than this many bytes; null for no limit.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidInputException">The stream is not a report.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is below zero.</exception>
    public static async Task<Report> ReadAsync(Stream utf8Json, long? maxBytes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var input = LimitedStream.Limit(utf8Json, maxBytes);
        try
        {
            return Checked(await JsonSerializer.DeserializeAsync(input, ReportJsonContext.Compact.Report, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException exception)
        {
            throw ContractErrors.From(exception);
        }
    }

    /// <summary>Reads a report from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">Refuse a file larger than this many bytes; null for no limit.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidInputException">The file is not a report.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is below zero.</exception>
    public static async Task<Report> ReadFileAsync(string path, long? maxBytes = null, CancellationToken cancellationToken = default)
    {
        var stream = LimitedStream.OpenFile(path, maxBytes);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a report from a JSON string.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The report.</returns>
    /// <exception cref="InvalidInputException">The text is not a report.</exception>
    public static Report Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return Checked(JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), ReportJsonContext.Compact.Report));
        }
        catch (JsonException exception)
        {
            throw ContractErrors.From(exception);
        }
    }

    /// <summary>A report read whole: not null, and of a version this library reads (major version 1; a later minor only adds).</summary>
    private static Report Checked(Report? report) =>
        report is null ? throw new InvalidInputException(JsonPath.Root, "expected a report, found null")
        : Converters.SchemaVersionConverter.Problem(report.SchemaVersion) is { } problem ? throw new InvalidInputException(JsonPath.Property(JsonPath.Root, "schemaVersion"), problem)
        : report;
}
