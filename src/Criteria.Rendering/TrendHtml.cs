using System.Globalization;
using System.Text;
using Criteria.Catalog;
using Criteria.Reporting;
using static Criteria.Rendering.HtmlRenderer;

namespace Criteria.Rendering;

/// <summary>
/// A trend as one self-contained, printable HTML page (no network, no scripts): for every criterion a line chart
/// of the region over the periods with its target, and the colleges whose change was largest each way (cohort
/// <c>all</c>, by the criterion's direction; ties in college order).
/// </summary>
internal static class TrendHtml
{
    private const int Width = 760;
    private const int Height = 220;
    private const int Left = 60;
    private const int Right = 100; // room for the target's label right of the line
    private const int Top = 16;
    private const int Bottom = 36;
    private const int Movers = 5;

    public static void Render(Trend trend, TextWriter writer, ReportLanguage language)
    {
        var t = Labels.For(language);
        var en = language == ReportLanguage.En;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(en ? "en" : "ru").Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(E(en ? "Dynamics" : "Динамика")).Append(" — ").Append(E(trend.Region ?? "")).Append("</title><style>").Append(Style).Append(TrendStyle).Append("</style></head><body>");
        html.Append("<header><h1>").Append(E(en ? "Dynamics of the effectiveness criteria" : "Динамика критериев эффективности ЦСТВ")).Append("</h1><p>")
            .Append(E(trend.Region ?? "")).Append(" · ").Append(E(string.Join(" → ", trend.Periods.Select(p => TrendText.Cutoff(p.Cutoff, language)))))
            .Append(" · ").Append(E(t.Catalog)).Append(' ').Append(E(trend.Catalog)).Append(" · ").Append(trend.Colleges.Count).Append(' ').Append(E(t.Colleges)).Append("</p></header>");

        var criteria = trend.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var series in trend.RegionSeries.Where(s => s.Cohort == Cohort.All))
        {
            var criterion = criteria[series.Code];
            html.Append("<section class=\"criterion\" id=\"c").Append(E(series.Code)).Append("\"><h2>").Append(E(series.Code)).Append(' ')
                .Append(E(ResultText.Title(criterion, language))).Append("</h2>");
            if (criterion.LowerIsBetter)
            {
                html.Append("<p class=\"definition\">").Append(E(t.LowerIsBetter)).Append("</p>");
            }

            Chart(html, trend, series, criterion, language, t);
            html.Append("<p class=\"change\">").Append(E(en ? "Region, first to last period:" : "Регион, от первого периода к последнему:")).Append(' ')
                .Append(ChangeSpan(series, criterion, language)).Append("</p>");
            MostMoved(html, trend, series.Code, criterion, language);
            html.Append("</section>");
        }

        html.Append("</body></html>");
        writer.Write(html.ToString());
    }

    /// <summary>The region's value at each cut-off as a line, the points labelled, the target of the last period as a dashed line.</summary>
    private static void Chart(StringBuilder html, Trend trend, TrendSeries series, ReportCriterion criterion, ReportLanguage language, Labels t)
    {
        var numbers = ValueStyle.NumbersOf(language);
        var values = series.Points.Select(p => p is null || p.Status == ResultStatus.Error ? null : ResultText.Number(p)).ToArray();
        var target = series.Points.LastOrDefault(p => p?.Target is not null)?.Target?.ToDouble();
        var isCount = TrendText.IsCount(series, criterion);
        var max = isCount ? Math.Max(1, values.Append(target).Max(v => v ?? 0)) * 1.1 : 1.0;
        var count = trend.Periods.Count;
        double X(int i) => Left + (count == 1 ? 0 : i * (Width - Left - Right) / (double)(count - 1));
        double Y(double v) => Top + ((1 - (v / max)) * (Height - Top - Bottom));

        html.Append("<svg class=\"chart line\" role=\"img\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\"><title>").Append(E(series.Code)).Append("</title>");
        foreach (var tick in new[] { 0.0, 0.5, 1.0 })
        {
            var y = Y(tick * max);
            html.Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(F(y)).Append("\" x2=\"").Append(Width - Right).Append("\" y2=\"").Append(F(y)).Append("\" class=\"grid\"/>")
                .Append("<text x=\"").Append(Left - 6).Append("\" y=\"").Append(F(y + 4)).Append("\" class=\"label\">")
                .Append(E(isCount ? (tick * max).ToString("0", numbers) : (tick * 100).ToString("0", numbers) + " %")).Append("</text>");
        }

        for (var i = 0; i < count; i++)
        {
            html.Append("<text x=\"").Append(F(X(i))).Append("\" y=\"").Append(Height - 12).Append("\" class=\"period\">").Append(E(TrendText.Cutoff(trend.Periods[i].Cutoff, language))).Append("</text>");
        }

        if (target is { } goal)
        {
            html.Append("<line x1=\"").Append(Left).Append("\" y1=\"").Append(F(Y(goal))).Append("\" x2=\"").Append(Width - Right).Append("\" y2=\"").Append(F(Y(goal))).Append("\" class=\"target\"/>")
                .Append("<text x=\"").Append(Width - Right + 6).Append("\" y=\"").Append(F(Y(goal) + 4)).Append("\" class=\"target-label\">").Append(E(t.Target)).Append(' ')
                .Append(E(ResultText.Target(criterion, series.Points.Last(p => p?.Target is not null)!.Target, numbers))).Append("</text>");
        }

        var line = string.Join(' ', values.Select((v, i) => v is { } value ? $"{F(X(i))},{F(Y(value))}" : null).Where(p => p is not null));
        if (line.Length > 0)
        {
            html.Append("<polyline points=\"").Append(line).Append("\" class=\"series\"/>");
        }

        for (var i = 0; i < count; i++)
        {
            if (values[i] is { } value)
            {
                html.Append("<circle cx=\"").Append(F(X(i))).Append("\" cy=\"").Append(F(Y(value))).Append("\" r=\"4\" class=\"point\"><title>")
                    .Append(E(ResultText.Value(series.Points[i]!, t, ValueStyle.Of(language, errorAsWord: true)))).Append("</title></circle>")
                    .Append("<text x=\"").Append(F(X(i))).Append("\" y=\"").Append(F(Y(value) - 8)).Append("\" class=\"point-label\">").Append(E(TrendText.Point(series.Points[i], t, numbers))).Append("</text>");
            }
        }

        html.Append("</svg>");
    }

    /// <summary>The colleges whose change (cohort all) was largest for the better and for the worse, five each, ties in college order.</summary>
    private static void MostMoved(StringBuilder html, Trend trend, string code, ReportCriterion criterion, ReportLanguage language)
    {
        var en = language == ReportLanguage.En;
        var moved = trend.Colleges
            .Select((college, order) => (college, order, series: college.Series.FirstOrDefault(s => s.Code == code && s.Cohort == Cohort.All)))
            .Where(x => x.series?.Change is not null && x.series.Direction is TrendDirection.Better or TrendDirection.Worse)
            .ToList();
        if (moved.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"movers\">");
        foreach (var (direction, title) in new[] { (TrendDirection.Better, en ? "Improved most" : "Больше всего улучшили"), (TrendDirection.Worse, en ? "Worsened most" : "Больше всего ухудшили") })
        {
            var top = moved.Where(x => x.series!.Direction == direction)
                .OrderByDescending(x => Math.Abs(x.series!.Change!.Value))
                .ThenBy(x => x.order)
                .Take(Movers)
                .ToList();
            html.Append("<div><h3>").Append(E(title)).Append("</h3>");
            if (top.Count == 0)
            {
                html.Append("<p class=\"note\">—</p></div>");
                continue;
            }

            html.Append("<ol>");
            foreach (var (college, _, series) in top)
            {
                html.Append("<li>").Append(E(college.Name ?? college.Id)).Append(' ').Append(ChangeSpan(series!, criterion, language)).Append("</li>");
            }

            html.Append("</ol></div>");
        }

        html.Append("</div>");
    }

    private static string ChangeSpan(TrendSeries series, ReportCriterion criterion, ReportLanguage language) =>
        series.Change is null
            ? "<span class=\"delta\">" + E(ResultText.Dash) + "</span>"
            : $"<span class=\"delta {(series.Direction == TrendDirection.Better ? "better" : series.Direction == TrendDirection.Worse ? "worse" : "same")}\">{E(TrendText.Arrow(series))} {E(TrendText.Change(series, criterion, language))}</span>";

    private const string TrendStyle = """
        svg.line .grid{stroke:#dde3ea;stroke-width:1}svg.line .series{fill:none;stroke:#1f5fa8;stroke-width:2.5}svg.line .point{fill:#1f5fa8}
        svg.line .period{font-size:11px;text-anchor:middle;fill:#33475b}svg.line .point-label{font-size:11px;text-anchor:middle;fill:#1d2733}
        svg.line .target-label{text-anchor:start}.movers{display:flex;gap:32px;font-size:13px}.movers h3{font-size:13px;margin:6px 0 2px}.movers ol{margin:0;padding-left:20px}
        .delta{white-space:nowrap;font-weight:bold}.delta.better{color:#17653a}.delta.worse{color:#a4261d}.delta.same{color:#52606d}.change{font-size:13px;margin:2px 0}
        """;
}
