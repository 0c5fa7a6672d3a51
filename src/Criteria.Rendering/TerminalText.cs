using System.Buffers;
using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>
/// Text from the data made fit for a table on a terminal: a control character (an escape sequence that would recolour
/// or move the cursor, a line break or a tab that would break the borders) becomes U+FFFD, visible and harmless.
/// Applied to every string of a report or a trend that comes from the data; a report without any is returned as it is.
/// </summary>
internal static class TerminalText
{
    private static readonly SearchValues<char> Controls = SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    /// <summary>The text with its control characters replaced; the same instance when it has none.</summary>
    public static string Clean(string text)
    {
        if (!text.AsSpan().ContainsAny(Controls))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            for (var i = 0; i < span.Length; i++)
            {
                if (Controls.Contains(span[i]))
                {
                    span[i] = '\uFFFD';
                }
            }
        });
    }

    private static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>A report whose data strings (region, colleges' ids and names, findings) are clean; the same report when they all are.</summary>
    public static Report Clean(Report report)
    {
        if (IsClean(report.Region) && report.Colleges.All(c => IsClean(c.Id) && IsClean(c.Name)) && report.Findings.All(IsClean))
        {
            return report;
        }

        return report with
        {
            Region = CleanOrNull(report.Region),
            Colleges = [.. report.Colleges.Select(c => c with { Id = Clean(c.Id), Name = CleanOrNull(c.Name) })],
            Findings = [.. report.Findings.Select(f => IsClean(f) ? f : f with { Path = Clean(f.Path), Message = Clean(f.Message), RecordId = CleanOrNull(f.RecordId), CollegeId = CleanOrNull(f.CollegeId) })],
            Rating = report.Rating is { } rating ? rating with { Colleges = [.. rating.Colleges.Select(c => c with { CollegeId = Clean(c.CollegeId) })] } : null,
        };
    }

    /// <summary>A trend whose data strings (region, colleges' ids and names) are clean; the same trend when they all are.</summary>
    public static Trend Clean(Trend trend) =>
        IsClean(trend.Region) && trend.Colleges.All(c => IsClean(c.Id) && IsClean(c.Name))
            ? trend
            : trend with
            {
                Region = CleanOrNull(trend.Region),
                Colleges = [.. trend.Colleges.Select(c => c with { Id = Clean(c.Id), Name = CleanOrNull(c.Name) })],
            };

    private static bool IsClean(string? text) => text is null || !text.AsSpan().ContainsAny(Controls);

    private static bool IsClean(Finding finding) => IsClean(finding.Path) && IsClean(finding.Message) && IsClean(finding.RecordId) && IsClean(finding.CollegeId);
}
