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

    /// <summary>Renders one college's card as a printable page.</summary>
    public static void RenderCard(Report report, string collegeId, TextWriter writer, ReportLanguage language) =>
        CollegeCardHtml.Render(CollegeCard.Of(report, collegeId), writer, language);

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
        if (report.Rating is { } rating)
        {
            RenderRating(html, report, rating, language);
        }

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

        // Best first, as a college's card places it (lower first where lower is better, closest to a = b for a match), no value last.
        var ranked = report.Colleges
            .Select(c => (College: c, Result: c.Results.First(r => r.Code == criterion.Code && r.Cohort == Cohort.All)))
            .Where(x => x.Result.Status != ResultStatus.Error)
            .OrderByDescending(x => ResultText.Standing(criterion, x.Result) ?? double.NegativeInfinity)
            .ThenBy(x => x.College.Id, StringComparer.Ordinal)
            .ToList();

        var region = report.RegionResults.First(r => r.Code == criterion.Code && r.Cohort == Cohort.All);
        var shown = ranked.Count <= 2 * RankedShown ? ranked : [.. ranked.Take(RankedShown), .. ranked.TakeLast(RankedShown)];
        var isCount = CriterionKinds.Of(criterion.Kind).CountsThings;
        var max = isCount ? Math.Max(1, ranked.Select(x => ResultText.Number(x.Result) ?? 0).DefaultIfEmpty(0).Max()) : 1.0;
        // The region-wide expectation of the colleges (a line across the chart), and each college's own where it has one (a mark on its bar).
        var collegeTarget = report.Colleges.SelectMany(c => c.Results)
            .Where(r => r.Code == criterion.Code && r.Cohort == Cohort.All)
            .Select(r => r.TargetSource == TargetSource.College ? r.ProfileTarget : r.Target)
            .FirstOrDefault(t => t is not null);
        if (isCount)
        {
            foreach (var each in shown.Select(x => x.Result.Target).Append(collegeTarget))
            {
                max = Math.Max(max, each?.ToDouble() ?? 0);
            }
        }

        var height = (shown.Count * RowHeight) + 24;
        var ownTargets = false;
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
            if (result.TargetSource == TargetSource.College && result.Target is { } own)
            {
                var x = LabelWidth + (Math.Min(1, own.ToDouble() / max) * BarWidth);
                html.Append("<line x1=\"").Append(F(x)).Append("\" y1=\"").Append(y).Append("\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(y + RowHeight - 1)
                    .Append("\" class=\"own-target\"><title>").Append(E(RatingLabels.For(language).CollegeTarget)).Append(' ')
                    .Append(E(ResultText.Target(criterion, own, NumberFormatInfo.InvariantInfo))).Append("</title></line>");
                ownTargets = true;
            }
        }

        if ((collegeTarget ?? region.Target) is { } target)
        {
            var x = LabelWidth + (Math.Min(1, target.ToDouble() / max) * BarWidth);
            html.Append("<line x1=\"").Append(F(x)).Append("\" y1=\"0\" x2=\"").Append(F(x)).Append("\" y2=\"").Append(height - 18).Append("\" class=\"target\"/>");
            html.Append("<text x=\"").Append(F(x + 3)).Append("\" y=\"").Append(height - 6).Append("\" class=\"target-label\">").Append(E(t.Target)).Append(' ')
                .Append(E(ResultText.Target(criterion, target, NumberFormatInfo.InvariantInfo))).Append("</text>");
        }

        html.Append("</svg>");
        if (ownTargets)
        {
            html.Append("<p class=\"note\"><svg width=\"10\" height=\"12\"><line x1=\"5\" y1=\"0\" x2=\"5\" y2=\"12\" class=\"own-target\"/></svg> ")
                .Append(E(RatingLabels.For(language).CollegeTarget)).Append("</p>");
        }

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

    /// <summary>The ranking chart: each ranked college's index as a bar (its coverage beside it), the best and the last when there are many; then how many have no rank.</summary>
    private static void RenderRating(StringBuilder html, Report report, Rating rating, ReportLanguage language)
    {
        var r = RatingLabels.For(language);
        var numbers = ValueStyle.NumbersOf(language);
        var names = report.Colleges.ToDictionary(c => c.Id, c => c.Name ?? c.Id, StringComparer.Ordinal);
        var ranked = rating.Colleges.Where(c => c.Rank is not null).ToList();
        var shown = ranked.Count <= 2 * RankedShown ? ranked : [.. ranked.Take(RankedShown), .. ranked.TakeLast(RankedShown)];
        html.Append("<section class=\"rating\" id=\"rating\"><h2>").Append(E(r.Rating)).Append("</h2><p class=\"definition\">")
            .Append(E(string.Format(CultureInfo.InvariantCulture, r.RatingNote, (rating.MinCoverage.ToDecimal() * 100).ToString("0.##", numbers)))).Append("</p>");
        var height = (shown.Count * RowHeight) + 8;
        html.Append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(ChartWidth).Append(' ').Append(height).Append("\" width=\"").Append(ChartWidth)
            .Append("\" height=\"").Append(height).Append("\"><title>").Append(E(r.Rating)).Append("</title>");
        for (var i = 0; i < shown.Count; i++)
        {
            var college = shown[i];
            var y = (i * RowHeight) + 4;
            var width = (double)(college.Index ?? 0) / 100 * BarWidth;
            html.Append("<text x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 13).Append("\" class=\"label\">").Append(college.Rank!.Value).Append(". ")
                .Append(E(Short(names.GetValueOrDefault(college.CollegeId, college.CollegeId)))).Append("</text>");
            html.Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y + 2).Append("\" width=\"").Append(F(width)).Append("\" height=\"").Append(RowHeight - 5)
                .Append("\" class=\"bar index\" fill-opacity=\"").Append(F(0.35 + (0.65 * (double)college.Coverage))).Append("\"/>");
            html.Append("<text x=\"").Append(F(LabelWidth + width + 4)).Append("\" y=\"").Append(y + 13).Append("\" class=\"value\">")
                .Append(E(CollegeCardTable.Index(college.Index, numbers))).Append(" · ").Append(E(r.Coverage.ToLowerInvariant())).Append(' ')
                .Append(E(CollegeCardTable.Percent(college.Coverage, numbers))).Append("</text>");
        }

        html.Append("</svg>");
        if (shown.Count < ranked.Count)
        {
            html.Append("<p class=\"note\">").Append(E(string.Format(CultureInfo.InvariantCulture, Labels.For(language).RankingCut, RankedShown, ranked.Count))).Append("</p>");
        }

        var unranked = rating.Colleges.Where(c => c.Rank is null).ToList();
        if (unranked.Count > 0)
        {
            html.Append("<p class=\"note\">").Append(E(r.NotRanked)).Append(" (").Append(unranked.Count).Append("): ")
                .Append(E(string.Join(", ", unranked.Take(RankedShown).Select(c => $"{names.GetValueOrDefault(c.CollegeId, c.CollegeId)} — {CollegeCardTable.Index(c.Index, numbers)}, {r.Coverage.ToLowerInvariant()} {CollegeCardTable.Percent(c.Coverage, numbers)}"))))
                .Append(unranked.Count > RankedShown ? " …" : "").Append("</p>");
        }

        html.Append("</section>");
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




    internal static string Badge(ResultStatus status, Labels t) => $"<span class=\"badge {StatusClass(status)}\">{E(t.StatusName(status))}</span>";

    private static string StatusClass(ResultStatus status) => status switch
    {
        ResultStatus.Met => "met",
        ResultStatus.NotMet => "not-met",
        ResultStatus.NoData => "no-data",
        ResultStatus.Error => "error",
        _ => "no-target",
    };


    internal static string Short(string text) => text.Length > 38 ? string.Concat(text.AsSpan(0, 37), "…") : text;

    internal static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    internal static string F(double number) => number.ToString("0.#", CultureInfo.InvariantCulture);

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    internal const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px auto;max-width:980px;color:#1d2733;line-height:1.4}
        h1{font-size:22px;margin:0}h2{font-size:17px;margin:28px 0 6px}header p{color:#52606d;margin:4px 0 0}
        table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}th,td{border-bottom:1px solid #dde3ea;padding:4px 6px;text-align:left;vertical-align:top}
        th{background:#f3f6f9}td.num{text-align:right;white-space:nowrap}a{color:#1f5fa8;text-decoration:none}
        .badge{display:inline-block;padding:1px 7px;border-radius:9px;font-size:12px;white-space:nowrap}
        .met{background:#d9f2e1;color:#17653a;fill:#3fa266}.not-met{background:#fbe1df;color:#a4261d;fill:#d9534f}
        .no-target{background:#e8eef5;color:#33475b;fill:#6b8fb8}.no-data{background:#eeeeee;color:#666;fill:#bbb}.error{background:#f7d4f0;color:#7a1466;fill:#b03a9c}
        svg.chart{display:block;max-width:100%;height:auto;margin:6px 0}svg .label{font-size:11px;text-anchor:end;fill:#33475b}svg .value{font-size:11px;fill:#33475b}
        svg .target{stroke:#1d2733;stroke-width:1.5;stroke-dasharray:4 3}.own-target{stroke:#e07b00;stroke-width:3}svg .index{fill:#1f5fa8}svg .target-label{font-size:11px;fill:#1d2733}
        .definition{color:#52606d;font-size:13px;margin:0 0 6px}.note{color:#52606d;font-size:12px}
        tr.error td{background:#fff5f5}code{font-size:12px}
        @media print{body{margin:0;max-width:none}section.criterion{break-inside:avoid}section.findings{break-before:page}a{color:inherit}}
        """;
}
