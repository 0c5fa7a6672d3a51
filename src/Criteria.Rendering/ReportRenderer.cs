using System.Text;
using Criteria.Json;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>
/// Renders a report for people or machines: <see cref="ReportFormat.Table"/>, <see cref="ReportFormat.Json"/>,
/// <see cref="ReportFormat.Csv"/> or <see cref="ReportFormat.Html"/>. It only formats: every figure comes
/// from the report. Thread-safe; the same report renders the same bytes every time.
/// </summary>
public static class ReportRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The encoding a format is written in: UTF-8, with a BOM for CSV (so Excel reads Cyrillic).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The encoding.</returns>
    public static Encoding EncodingOf(ReportFormat format) => format == ReportFormat.Csv ? Utf8WithBom : Utf8;

    /// <summary>The media type of a format (for an HTTP response or a file's metadata).</summary>
    /// <param name="format">The format.</param>
    /// <returns>The media type, with its charset where it is text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a format (a cast number).</exception>
    public static string MediaTypeOf(ReportFormat format) => format switch
    {
        ReportFormat.Json => "application/json",
        ReportFormat.Csv => "text/csv; charset=utf-8",
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ReportFormat.Table => "text/plain; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
    };

    /// <summary>Writes a report to a stream in a format (the stream is left open). JSON streams as it is written.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">The stream.</param>
    /// <param name="options">How to render; <see cref="RenderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the report is written and flushed.</returns>
    public static async Task WriteAsync(Report report, ReportFormat format, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ReportFormat.Xlsx)
        {
            await ReportWorkbook.WriteAsync(report, output, options ?? RenderOptions.Default, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (format == ReportFormat.Json)
        {
            await ReportWriter.WriteAsync(options?.College is { } college ? OneCollege(report, college) : report, output, indented: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        var writer = new StreamWriter(output, EncodingOf(format), bufferSize: 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            Write(report, format, writer, options);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes a report to a text writer in a format. With <see cref="RenderOptions.TableWidth"/> null the
    /// table takes the width and colours of the terminal the writer goes to.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">The writer (its encoding is the caller's: see <see cref="EncodingOf"/>).</param>
    /// <param name="options">How to render; <see cref="RenderOptions.Default"/> when null.</param>
    public static void Write(Report report, ReportFormat format, TextWriter writer, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= RenderOptions.Default;
        var college = options.College;
        switch (format)
        {
            case ReportFormat.Json:
                writer.Write(ReportWriter.ToJson(college is null ? report : OneCollege(report, college), indented: true));
                break;
            case ReportFormat.Csv:
                CsvRenderer.Render(college is null ? report : OneCollege(report, college), writer, options.CsvSeparator);
                break;
            case ReportFormat.Html when college is not null:
                HtmlRenderer.RenderCard(report, college, writer, options.Language);
                break;
            case ReportFormat.Html:
                HtmlRenderer.Render(report, writer, options.Language);
                break;
            case ReportFormat.Table when college is not null:
                TableRenderer.RenderCard(TerminalText.Clean(report), TerminalText.Clean(college), writer, options.TableWidth, options.Language);
                break;
            case ReportFormat.Table:
                TableRenderer.Render(TerminalText.Clean(report), writer, options.TableWidth, options.Language); // names from the data cannot move a terminal's cursor
                break;
            case ReportFormat.Xlsx:
                throw new NotSupportedException("An Excel workbook is binary: write it to a stream with WriteAsync.");
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    /// <summary>
    /// The report of one college: its results (the region's and the criteria as they are), its place in the rating,
    /// and the findings that name it.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="collegeId">The college's id.</param>
    /// <returns>The report of that college.</returns>
    /// <exception cref="ArgumentException">The report has no college with the id.</exception>
    public static Report OneCollege(Report report, string collegeId)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(collegeId);
        var college = report.Colleges.FirstOrDefault(c => c.Id == collegeId)
            ?? throw new ArgumentException($"The report has no college '{collegeId}'.", nameof(collegeId));
        return report with
        {
            Colleges = [college],
            Rating = report.Rating is { } rating ? rating with { Colleges = [.. rating.Colleges.Where(c => c.CollegeId == collegeId)] } : null,
            Findings = [.. report.Findings.Where(f => f.CollegeId == collegeId)],
        };
    }

    /// <summary>Renders a report as a string in a format.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">How to render; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The rendering.</returns>
    public static string ToString(Report report, ReportFormat format, RenderOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(report, format, writer, options);
        return writer.ToString();
    }
}
