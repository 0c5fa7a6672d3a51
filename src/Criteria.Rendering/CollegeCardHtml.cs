using System.Globalization;
using System.Text;
using Criteria.Catalog;
using Criteria.Quality;
using Criteria.Reporting;
using static Criteria.Rendering.HtmlRenderer;

namespace Criteria.Rendering;

/// <summary>
/// A college's card as one printable HTML page (no network, no scripts): its index, rank and coverage with the
/// parts of the index as a bar chart, every criterion in every cohort with value, target (and whose), status,
/// the region's value and the college's place, and the college's findings.
/// </summary>
internal static class CollegeCardHtml
{
    private const int ChartWidth = 760;
    private const int LabelWidth = 330;
    private const int BarWidth = 340;
    private const int RowHeight = 18;

    public static void Render(CollegeCard card, TextWriter writer, ReportLanguage language)
    {
        var t = Labels.For(language);
        var r = RatingLabels.For(language);
        var numbers = ValueStyle.NumbersOf(language);
        var style = ValueStyle.Of(language, errorAsWord: true);
        var report = card.Report;
        var college = card.College;
        var name = college.Name ?? college.Id;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(language == ReportLanguage.En ? "en" : "ru").Append("\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(E(r.Card)).Append(" — ").Append(E(name)).Append("</title><style>").Append(Style).Append(CardStyle).Append("</style></head><body class=\"card\">");
        html.Append("<header><h1>").Append(E(name)).Append(" <small>(").Append(E(college.Id)).Append(")</small></h1><p>").Append(E(r.Card)).Append(" · ")
            .Append(E(report.Region ?? "")).Append(" · ").Append(E(t.Period)).Append(' ').Append(Date(report.Period.Start)).Append(" – ").Append(Date(report.Period.End))
            .Append(" · ").Append(E(t.Cutoff)).Append(' ').Append(Date(report.Period.Cutoff)).Append("</p></header>");

        html.Append("<section class=\"rating\"><h2>").Append(E(r.Rating)).Append("</h2>");
        if (card.Rating is { } rating)
        {
            html.Append("<div class=\"figures\"><div><span>").Append(E(r.Index)).Append("</span><b>").Append(E(CollegeCardTable.Index(rating.Index, numbers))).Append("</b></div><div><span>")
                .Append(E(r.Rank)).Append("</span><b>").Append(E(rating.Rank is { } rank ? string.Format(CultureInfo.InvariantCulture, r.RankOf, rank, card.Ranked) : r.NotRanked))
                .Append("</b></div><div><span>").Append(E(r.Coverage)).Append("</span><b>").Append(E(CollegeCardTable.Percent(rating.Coverage, numbers))).Append("</b></div></div>");
            RenderParts(html, card, rating, language, numbers, r);
        }
        else
        {
            html.Append("<p class=\"note\">").Append(E(r.NoRating)).Append("</p>");
        }

        html.Append("</section><section><h2>").Append(E(r.Criteria)).Append("</h2><table class=\"card-results\"><thead><tr><th>").Append(E(t.Code)).Append("</th><th>")
            .Append(E(t.Cohort)).Append("</th><th>").Append(E(t.Value)).Append("</th><th>").Append(E(t.Target)).Append("</th><th>").Append(E(t.Status)).Append("</th><th>")
            .Append(E(t.RegionValue)).Append("</th><th>").Append(E(r.Place)).Append("</th></tr></thead><tbody>");
        foreach (var row in card.Rows)
        {
            var criterion = row.Criterion;
            if (row.Result.Cohort == Cohort.All)
            {
                html.Append("<tr class=\"title\"><td>").Append(E(criterion.Code)).Append("</td><td colspan=\"6\">").Append(E(ResultText.Title(criterion, language)))
                    .Append(criterion.LowerIsBetter ? " " + E(t.LowerIsBetter) : "").Append("</td></tr>");
            }

            html.Append("<tr><td></td><td>").Append(E(t.CohortName(row.Result.Cohort))).Append("</td><td class=\"num\">").Append(E(ResultText.Value(row.Result, t, style)))
                .Append("</td><td class=\"num\">").Append(TargetCell(row, t, r, numbers)).Append("</td><td>").Append(Badge(row.Result.Status, t)).Append("</td><td class=\"num\">")
                .Append(E(row.Region is null ? ResultText.Dash : ResultText.Value(row.Region, t, style))).Append("</td><td class=\"num\">")
                .Append(E(row.Place is { } place ? string.Format(CultureInfo.InvariantCulture, r.PlaceOf, place, row.Of) : ResultText.Dash)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
        html.Append("<section class=\"findings\"><h2>").Append(E(r.OwnFindings)).Append(" (").Append(card.Findings.Count).Append(")</h2>");
        if (card.Findings.Count == 0)
        {
            html.Append("<p>").Append(E(t.NoFindings)).Append("</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th>").Append(E(t.Code)).Append("</th><th>").Append(E(t.Where)).Append("</th><th>").Append(E(t.Problem)).Append("</th></tr></thead><tbody>");
            foreach (var finding in card.Findings)
            {
                html.Append("<tr class=\"").Append(finding.Severity == FindingSeverity.Error ? "error" : "warning").Append("\"><td>").Append(E(finding.Code))
                    .Append("</td><td><code>").Append(E(finding.Path)).Append("</code></td><td>").Append(E(finding.Message)).Append("</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("</section></body></html>");
        writer.Write(html.ToString());
    }

    /// <summary>The target, whose it is, and beside a college's own the region-wide one with the status it would give.</summary>
    private static string TargetCell(CardRow row, Labels t, RatingLabels r, NumberFormatInfo numbers)
    {
        var result = row.Result;
        if (result.Target is not { } target)
        {
            return "";
        }

        var text = E(ResultText.Target(row.Criterion, target, numbers));
        if (result.TargetSource != TargetSource.College)
        {
            return text + "<div class=\"whose\">" + E(r.RegionTarget) + "</div>";
        }

        var cell = text + "<div class=\"whose own\">" + E(r.CollegeTarget) + "</div>";
        return result.ProfileTarget is { } expected
            ? cell + "<div class=\"whose\">" + E(r.RegionTarget) + " " + E(ResultText.Target(row.Criterion, expected, numbers)) + ": " + E(result.ProfileStatus is { } s ? t.StatusName(s) : "") + "</div>"
            : cell;
    }

    /// <summary>The parts of the index as bars: each criterion's score from 0 to 1, its weight beside it; a dash where there is no score.</summary>
    private static void RenderParts(StringBuilder html, CollegeCard card, CollegeRating rating, ReportLanguage language, NumberFormatInfo numbers, RatingLabels r)
    {
        var criteria = card.Report.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var height = (rating.Parts.Count * RowHeight) + 8;
        html.Append("<h3>").Append(E(r.Parts)).Append("</h3><svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(ChartWidth).Append(' ').Append(height)
            .Append("\" width=\"").Append(ChartWidth).Append("\" height=\"").Append(height).Append("\"><title>").Append(E(r.Parts)).Append("</title>");
        for (var i = 0; i < rating.Parts.Count; i++)
        {
            var part = rating.Parts[i];
            var y = (i * RowHeight) + 4;
            var width = (part.Score ?? 0) * BarWidth;
            html.Append("<text x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 13).Append("\" class=\"label\">").Append(E(part.Code)).Append(' ')
                .Append(E(Short(ResultText.Title(criteria[part.Code], language)))).Append("</text>");
            html.Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y + 2).Append("\" width=\"").Append(F(width)).Append("\" height=\"").Append(RowHeight - 5)
                .Append("\" class=\"bar index\"/>");
            html.Append("<text x=\"").Append(F(LabelWidth + width + 4)).Append("\" y=\"").Append(y + 13).Append("\" class=\"value\">")
                .Append(E(part.Score is { } score ? score.ToString("0.00", numbers) : ResultText.Dash)).Append(" · ").Append(E(r.Weight.ToLowerInvariant())).Append(' ')
                .Append(E(CollegeCardTable.Weight(part.Weight, numbers))).Append("</text>");
        }

        html.Append("</svg>");
    }

    private const string CardStyle = """
        header small{font-size:14px;color:#52606d}.figures{display:flex;gap:28px;margin:8px 0}.figures div{display:flex;flex-direction:column}
        .figures span{font-size:12px;color:#52606d}.figures b{font-size:22px}h3{font-size:14px;margin:14px 0 4px}
        tr.title td{background:#f7f9fb;font-weight:bold;border-bottom:none}.whose{font-size:11px;color:#52606d}.whose.own{color:#b35f00}
        @media print{body.card{font-size:11px}section.findings{break-before:auto}}
        """;
}
