using System.Globalization;
using System.Net;
using System.Text;
using Criteria.Catalog;
using Criteria.Kinds;
using Criteria.Quality;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>
/// Renders a report as one self-contained, printable HTML page (no network, no scripts): the region's
/// summary, for each criterion a chart ranking the colleges with the target line and the region's
/// figures by cohort, and the data-quality findings. It only formats: every figure comes from the report.
/// </summary>
internal static class HtmlRenderer
{
    private const int ChartWidth = 760;
    private const int LabelWidth = 250;
    private const int BarWidth = 400;
    private const int RowHeight = 18;
    private const int RankedShown = 25;
    private const int FindingsShown = 500;
    private static readonly ValueStyle Values = new(NumberFormatInfo.InvariantInfo, " / ", ErrorAsWord: true);

    public static void Render(Report report, TextWriter writer, ReportLanguage language)
    {
        var t = Labels.For(language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(language == ReportLanguage.En ? "en" : "ru").Append("\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(E(t.Title)).Append(" — ").Append(E(report.Region ?? "")).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<header><h1>").Append(E(t.Title)).Append("</h1><p>").Append(E(report.Region ?? "")).Append(" · ")
            .Append(E(t.Period)).Append(' ').Append(Date(report.Period.Start)).Append(" – ").Append(Date(report.Period.End)).Append(" · ")
            .Append(E(t.Cutoff)).Append(' ').Append(Date(report.Period.Cutoff)).Append(" · ").Append(E(t.Catalog)).Append(' ').Append(E(report.Catalog))
            .Append(" · ").Append(report.Colleges.Count).Append(' ').Append(E(t.Colleges)).Append("</p></header>");

        html.Append("<section><h2>").Append(E(t.Summary)).Append("</h2><table class=\"summary\"><thead><tr><th>").Append(E(t.Code)).Append("</th><th>")
            .Append(E(t.Criterion)).Append("</th><th>").Append(E(t.Value)).Append("</th><th>").Append(E(t.Target)).Append("</th><th>").Append(E(t.Status))
            .Append("</th></tr></thead><tbody>");
        var criteria = report.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var result in report.RegionResults.Where(r => r.Cohort == Cohort.All))
        {
            var criterion = criteria[result.Code];
            html.Append("<tr><td><a href=\"#c").Append(E(result.Code)).Append("\">").Append(E(result.Code)).Append("</a></td><td>").Append(E(ResultText.Title(criterion, language)))
                .Append("</td><td class=\"num\">").Append(E(ResultText.Value(result, t, Values))).Append("</td><td class=\"num\">").Append(E(ResultText.Target(criterion, result.Target, NumberFormatInfo.InvariantInfo)))
                .Append("</td><td>").Append(Badge(result.Status, t)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
        foreach (var criterion in report.Criteria)
        {
            RenderCriterion(html, report, criterion, language, t);
        }

        RenderFindings(html, report.Findings, t);
        html.Append("</body></html>");
        writer.Write(html.ToString());
    }

    private static void RenderCriterion(StringBuilder html, Report report, ReportCriterion criterion, ReportLanguage language, Labels t)
    {
        html.Append("<section class=\"criterion\" id=\"c").Append(E(criterion.Code)).Append("\"><h2>").Append(E(criterion.Code)).Append(' ')
            .Append(E(ResultText.Title(criterion, language))).Append("</h2><p class=\"definition\">").Append(E(criterion.Definition))
            .Append(criterion.LowerIsBetter ? " " + E(t.LowerIsBetter) : "").Append("</p>");

        var ranked = report.Colleges
            .Select(c => (College: c, Result: c.Results.First(r => r.Code == criterion.Code && r.Cohort == Cohort.All)))
            .Where(x => x.Result.Status != ResultStatus.Error)
            .OrderByDescending(x => ResultText.Number(x.Result) ?? double.MinValue)
            .ThenBy(x => x.College.Id, StringComparer.Ordinal)
            .ToList();
        if (criterion.LowerIsBetter)
        {
            ranked.Reverse();
            ranked = [.. ranked.OrderBy(x => ResultText.Number(x.Result) is null ? 1 : 0)];
        }

        var region = report.RegionResults.First(r => r.Code == criterion.Code && r.Cohort == Cohort.All);
        var shown = ranked.Count <= 2 * RankedShown ? ranked : [.. ranked.Take(RankedShown), .. ranked.TakeLast(RankedShown)];
        var isCount = CriterionKinds.Of(criterion.Kind).CountsThings;
        var max = isCount ? Math.Max(1, ranked.Select(x => ResultText.Number(x.Result) ?? 0).DefaultIfEmpty(0).Max()) : 1.0;
        var collegeTarget = report.Colleges.SelectMany(c => c.Results).FirstOrDefault(r => r.Code == criterion.Code && r.Cohort == Cohort.All && r.Target is not null)?.Target;
        if (isCount && collegeTarget is { } countTarget)
        {
            max = Math.Max(max, countTarget.ToDouble());
        }

        var height = (shown.Count * RowHeight) + 24;
        html.Append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(ChartWidth).Append(' ').Append(height).Append("\" width=\"").Append(ChartWidth)
            .Append("\" height=\"").Append(height).Append("\"><title>").Append(E(criterion.Code)).Append(' ').Append(E(t.Ranking)).Append("</title>");
        for (var i = 0; i < shown.Count; i++)
        {
            var (college, result) = shown[i];
            var y = (i * RowHeight) + 4;
            var value = ResultText.Number(result);
            var width = value is { } v ? Math.Max(0, Math.Min(1, v / max)) * BarWidth : 0;
            html.Append("<text x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 13).Append("\" class=\"label\">").Append(E(Short(college.Name ?? college.Id))).Append("</text>");
            html.Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y + 2).Append("\" width=\"").Append(F(width)).Append("\" height=\"").Append(RowHeight - 5)
                .Append("\" class=\"bar ").Append(StatusClass(result.Status)).Append("\"/>");
            html.Append("<text x=\"").Append(F(LabelWidth + width + 4)).Append("\" y=\"").Append(y + 13).Append("\" class=\"value\">").Append(E(ResultText.Value(result, t, Values))).Append("</text>");
        }

        if ((collegeTarget ?? region.Target) is { } target)
        {
            var x = LabelWidth + (Math.Min(1, target.ToDouble() / max) * BarWidth);
            html.Append("<line x1=\"").Append(F(x)).Append("\" y1=\"0\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(height - 18).Append("\" class=\"target\"/>");
            html.Append("<text x=\"").Append(F(x + 3)).Append("\" y=\"").Append(height - 6).Append("\" class=\"target-label\">").Append(E(t.Target)).Append(' ')
                .Append(E(ResultText.Target(criterion, target, NumberFormatInfo.InvariantInfo))).Append("</text>");
        }

        html.Append("</svg>");
        if (shown.Count < ranked.Count)
        {
            html.Append("<p class=\"note\">").Append(E(string.Format(CultureInfo.InvariantCulture, t.RankingCut, RankedShown, ranked.Count))).Append("</p>");
        }

        html.Append("<table class=\"cohorts\"><thead><tr><th>").Append(E(t.Cohort)).Append("</th><th>").Append(E(t.RegionValue)).Append("</th><th>")
            .Append(E(t.Status)).Append("</th></tr></thead><tbody>");
        foreach (var result in report.RegionResults.Where(r => r.Code == criterion.Code))
        {
            html.Append("<tr><td>").Append(E(t.CohortName(result.Cohort))).Append("</td><td class=\"num\">").Append(E(ResultText.Value(result, t, Values))).Append("</td><td>")
                .Append(Badge(result.Status, t)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static void RenderFindings(StringBuilder html, IReadOnlyList<Finding> findings, Labels t)
    {
        html.Append("<section class=\"findings\"><h2>").Append(E(t.Findings)).Append(" (").Append(findings.Count).Append(")</h2>");
        if (findings.Count == 0)
        {
            html.Append("<p>").Append(E(t.NoFindings)).Append("</p></section>");
            return;
        }

        html.Append("<p>").Append(E(string.Join(" · ", findings.GroupBy(f => f.Code).Select(g => $"{g.Key}: {g.Count()}")))).Append("</p>");
        html.Append("<table><thead><tr><th>").Append(E(t.Code)).Append("</th><th>").Append(E(t.Severity)).Append("</th><th>").Append(E(t.Where))
            .Append("</th><th>").Append(E(t.Problem)).Append("</th></tr></thead><tbody>");
        foreach (var finding in findings.Take(FindingsShown))
        {
            html.Append("<tr class=\"").Append(finding.Severity == FindingSeverity.Error ? "error" : "warning").Append("\"><td>").Append(E(finding.Code))
                .Append("</td><td>").Append(E(finding.Severity == FindingSeverity.Error ? t.Error : t.Warning)).Append("</td><td><code>").Append(E(finding.Path))
                .Append("</code></td><td>").Append(E(finding.Message)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
        if (findings.Count > FindingsShown)
        {
            html.Append("<p class=\"note\">").Append(E(string.Format(CultureInfo.InvariantCulture, t.FindingsCut, FindingsShown, findings.Count))).Append("</p>");
        }

        html.Append("</section>");
    }




    private static string Badge(ResultStatus status, Labels t) => $"<span class=\"badge {StatusClass(status)}\">{E(t.StatusName(status))}</span>";

    private static string StatusClass(ResultStatus status) => status switch
    {
        ResultStatus.Met => "met",
        ResultStatus.NotMet => "not-met",
        ResultStatus.NoData => "no-data",
        ResultStatus.Error => "error",
        _ => "no-target",
    };


    private static string Short(string text) => text.Length > 38 ? string.Concat(text.AsSpan(0, 37), "…") : text;

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string F(double number) => number.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px auto;max-width:980px;color:#1d2733;line-height:1.4}
        h1{font-size:22px;margin:0}h2{font-size:17px;margin:28px 0 6px}header p{color:#52606d;margin:4px 0 0}
        table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}th,td{border-bottom:1px solid #dde3ea;padding:4px 6px;text-align:left;vertical-align:top}
        th{background:#f3f6f9}td.num{text-align:right;white-space:nowrap}a{color:#1f5fa8;text-decoration:none}
        .badge{display:inline-block;padding:1px 7px;border-radius:9px;font-size:12px;white-space:nowrap}
        .met{background:#d9f2e1;color:#17653a;fill:#3fa266}.not-met{background:#fbe1df;color:#a4261d;fill:#d9534f}
        .no-target{background:#e8eef5;color:#33475b;fill:#6b8fb8}.no-data{background:#eeeeee;color:#666;fill:#bbb}.error{background:#f7d4f0;color:#7a1466;fill:#b03a9c}
        svg.chart{display:block;max-width:100%;height:auto;margin:6px 0}svg .label{font-size:11px;text-anchor:end;fill:#33475b}svg .value{font-size:11px;fill:#33475b}
        svg .target{stroke:#1d2733;stroke-width:1.5;stroke-dasharray:4 3}svg .target-label{font-size:11px;fill:#1d2733}
        .definition{color:#52606d;font-size:13px;margin:0 0 6px}.note{color:#52606d;font-size:12px}
        tr.error td{background:#fff5f5}code{font-size:12px}
        @media print{body{margin:0;max-width:none}section.criterion{break-inside:avoid}section.findings{break-before:page}a{color:inherit}}
        """;
}
