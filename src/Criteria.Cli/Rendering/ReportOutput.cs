using System.Text;
using Criteria.Rendering;
using Criteria.Reporting;

namespace Criteria.Cli.Rendering;

/// <summary>Where <c>criteria evaluate</c> puts a report: a file, or the standard output (a terminal's table in its width and colours).</summary>
internal static class ReportOutput
{
    public static async Task WriteAsync(Report report, ReportFormat format, FileInfo? file, RenderOptions options, CancellationToken cancellationToken)
    {
        if (file is not null)
        {
            var stream = file.Create();
            await using (stream.ConfigureAwait(false))
            {
                await ReportRenderer.WriteAsync(report, format, stream, options, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        if (format == ReportFormat.Table && !Console.IsOutputRedirected)
        {
            Console.OutputEncoding = Encoding.UTF8;
            ReportRenderer.Write(report, format, Console.Out, options with { TableWidth = null });
            return;
        }

        using var stdout = Console.OpenStandardOutput();
        await ReportRenderer.WriteAsync(report, format, stdout, options, cancellationToken).ConfigureAwait(false);
        if (format == ReportFormat.Json)
        {
            await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }
    }
}
