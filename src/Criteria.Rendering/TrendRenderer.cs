using System.Text;
using Criteria.Json;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>
/// Renders a trend (docs/trend.md) for people or machines: <see cref="ReportFormat.Table"/> (the region's series
/// with arrows), <see cref="ReportFormat.Csv"/> (a row per college × criterion × cohort, a column per period),
/// <see cref="ReportFormat.Html"/> (a line chart per criterion with its target, and the colleges that moved most
/// each way) or <see cref="ReportFormat.Json"/> (the <c>trend-v1</c> contract). Thread-safe.
/// </summary>
public static class TrendRenderer
{
    /// <summary>Writes a trend to a stream in a format (the stream is left open).</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="format">The format.</param>
    /// <param name="output">The stream.</param>
    /// <param name="options">How to render; <see cref="RenderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes when the trend is written and flushed.</returns>
    public static async Task WriteAsync(Trend trend, ReportFormat format, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(output);
        if (format == ReportFormat.Json)
        {
            await TrendWriter.WriteAsync(trend, output, indented: true, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (format == ReportFormat.Xlsx)
        {
            await TrendWorkbook.WriteAsync(trend, output, options ?? RenderOptions.Default, cancellationToken).ConfigureAwait(false);
            return;
        }

        var writer = new StreamWriter(output, ReportRenderer.EncodingOf(format), bufferSize: 1 << 16, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            Write(trend, format, writer, options);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a trend to a text writer in a format.</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">The writer (its encoding is the caller's: see <see cref="ReportRenderer.EncodingOf"/>).</param>
    /// <param name="options">How to render; <see cref="RenderOptions.Default"/> when null.</param>
    public static void Write(Trend trend, ReportFormat format, TextWriter writer, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= RenderOptions.Default;
        switch (format)
        {
            case ReportFormat.Json:
                writer.Write(TrendWriter.ToJson(trend));
                break;
            case ReportFormat.Csv:
                TrendCsv.Render(trend, writer, options.CsvSeparator);
                break;
            case ReportFormat.Html:
                TrendHtml.Render(trend, writer, options.Language);
                break;
            case ReportFormat.Table:
                TrendTable.Render(TerminalText.Clean(trend), writer, options.TableWidth, options.Language);
                break;
            case ReportFormat.Xlsx:
                throw new NotSupportedException("An Excel workbook is binary: write it to a stream with WriteAsync.");
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format.");
        }
    }

    /// <summary>Renders a trend as a string in a format.</summary>
    /// <param name="trend">The trend.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">How to render; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The rendering.</returns>
    public static string ToString(Trend trend, ReportFormat format, RenderOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(trend, format, writer, options);
        return writer.ToString();
    }
}
