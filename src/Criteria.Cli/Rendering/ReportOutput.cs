using System.Text;
using Criteria.Rendering;
using Criteria.Reporting;

namespace Criteria.Cli.Rendering;

/// <summary>Where <c>criteria evaluate</c> puts a report: a file, or the standard output (a terminal's table in its width and colours).</summary>
internal static class ReportOutput
{
    public static Task WriteAsync(Report report, ReportFormat format, FileInfo? file, RenderOptions options, CancellationToken cancellationToken) =>
        WriteAsync(
            format,
            file,
            stream => ReportRenderer.WriteAsync(report, format, stream, options, cancellationToken),
            terminal => ReportRenderer.Write(report, format, terminal, options with { TableWidth = null }),
            cancellationToken);

    /// <summary>A workbook is bytes: to a terminal it is refused (exit 2, saying to give a file); to a file or a pipe it goes.</summary>
    public static async Task<bool> RefusesWorkbookToTerminalAsync(bool workbook, FileInfo? file)
    {
        if (!workbook || file is not null || Console.IsOutputRedirected)
        {
            return false;
        }

        await Console.Error.WriteLineAsync("criteria: --format xlsx writes a binary workbook: give --out file.xlsx").ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Writes a rendering to a file, to a terminal (a table in its width and colours), or to the redirected standard
    /// output (JSON ends with a line break there).
    /// </summary>
    public static async Task WriteAsync(ReportFormat format, FileInfo? file, Func<Stream, Task> toStream, Action<TextWriter> toTerminal, CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            FileArgument.RefuseFolder(file);
            var stream = file.Create();
            await using (stream.ConfigureAwait(false))
            {
                await toStream(stream).ConfigureAwait(false);
            }

            return;
        }

        if (format == ReportFormat.Table && !Console.IsOutputRedirected)
        {
            Console.OutputEncoding = Encoding.UTF8;
            toTerminal(Console.Out);
            return;
        }

        using var stdout = Console.OpenStandardOutput();
        await toStream(stdout).ConfigureAwait(false);
        if (format == ReportFormat.Json)
        {
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }
}
