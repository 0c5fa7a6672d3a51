using System.Text;
using Criteria.Json;
using Criteria.Reporting;

namespace Criteria.Cli.Rendering;

/// <summary>Writes a report in the chosen format to a file or the standard output.</summary>
internal static class ReportOutput
{
    public static async Task WriteAsync(Report report, OutputFormat format, FileInfo? file, CancellationToken cancellationToken, char csvSeparator = ',', Language language = Language.Ru)
    {
        if (format == OutputFormat.Html)
        {
            var html = file is null
                ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false))
                : new StreamWriter(file.FullName, append: false, new UTF8Encoding(false));
            await using (html.ConfigureAwait(false))
            {
                HtmlRenderer.Render(report, html, language);
            }

            return;
        }

        if (format == OutputFormat.Csv)
        {
            var csv = file is null
                ? new StreamWriter(Console.OpenStandardOutput(), CsvRenderer.Encoding)
                : new StreamWriter(file.FullName, append: false, CsvRenderer.Encoding);
            await using (csv.ConfigureAwait(false))
            {
                CsvRenderer.Render(report, csv, csvSeparator);
            }

            return;
        }

        if (format == OutputFormat.Json)
        {
            if (file is null)
            {
                using var stdout = Console.OpenStandardOutput();
                await ReportWriter.WriteAsync(report, stdout, indented: true, cancellationToken).ConfigureAwait(false);
                await stdout.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var stream = file.Create();
                await using (stream.ConfigureAwait(false))
                {
                    await ReportWriter.WriteAsync(report, stream, indented: true, cancellationToken).ConfigureAwait(false);
                }
            }

            return;
        }

        if (file is null)
        {
            Console.OutputEncoding = Encoding.UTF8;
            TableRenderer.Render(report, Console.Out, Console.IsOutputRedirected ? 140 : null, language);
        }
        else
        {
            var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(false));
            await using (writer.ConfigureAwait(false))
            {
                TableRenderer.Render(report, writer, 140, language);
            }
        }
    }
}
