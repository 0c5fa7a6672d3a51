using Criteria.Catalog;
using Criteria.Reporting;
using Spectre.Console;

namespace Criteria.Rendering;

/// <summary>A trend as a table for a terminal or a text file: the region's series (cohort <c>all</c>) by cut-off, the change with its arrow.</summary>
internal static class TrendTable
{
    public static void Render(Trend trend, TextWriter writer, int? width, ReportLanguage language)
    {
        var t = Labels.For(language);
        var numbers = ValueStyle.NumbersOf(language);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = width is null ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = width is null ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (width is { } w)
        {
            console.Profile.Width = w;
        }

        var en = language == ReportLanguage.En;
        console.Write(new Rule($"[bold]{Markup.Escape(trend.Region ?? "")}[/] · {(en ? "dynamics over" : "динамика за")} {trend.Periods.Count} {(en ? "periods" : "периода(ов)")} · {t.Catalog} {Markup.Escape(trend.Catalog)}").LeftJustified());
        var criteria = trend.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var table = new Table { Title = new TableTitle(Markup.Escape(t.Summary), new Style(decoration: Decoration.Bold)), Border = TableBorder.Rounded, Expand = true };
        table.AddColumn(new TableColumn(t.Code).NoWrap());
        table.AddColumn(new TableColumn(t.Criterion));
        foreach (var period in trend.Periods)
        {
            table.AddColumn(new TableColumn(TrendText.Cutoff(period.Cutoff, language)).RightAligned().NoWrap());
        }

        table.AddColumn(new TableColumn(en ? "Change" : "Изменение").RightAligned().NoWrap());
        foreach (var series in trend.RegionSeries.Where(s => s.Cohort == Cohort.All))
        {
            var criterion = criteria[series.Code];
            var change = $"{TrendText.Arrow(series)} {TrendText.Change(series, criterion, language)}".Trim();
            var styled = series.Direction switch
            {
                TrendDirection.Better => new Markup($"[green]{Markup.Escape(change)}[/]"),
                TrendDirection.Worse => new Markup($"[red]{Markup.Escape(change)}[/]"),
                _ => new Markup(Markup.Escape(change.Length == 0 ? ResultText.Dash : change)),
            };
            table.AddRow([
                new Text(series.Code),
                new Text(ResultText.Title(criterion, language) + (criterion.LowerIsBetter ? " " + t.LowerIsBetter : "")),
                .. series.Points.Select(p => new Text(TrendText.Point(p, t, numbers))),
                styled,
            ]);
        }

        console.Write(table);
        console.WriteLine(en
            ? "↑/↓: the change from the first period to the last, in percentage points (in units for counts); green is better, red worse. Colleges and cohorts: --format csv, html or json."
            : "↑/↓ — изменение от первого периода к последнему, в процентных пунктах (для количеств — в единицах); зелёным — к лучшему, красным — к худшему. Колледжи и когорты — в форматах csv, html и json.");
    }
}
