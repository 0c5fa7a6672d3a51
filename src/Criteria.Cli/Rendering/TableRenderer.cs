using System.Globalization;
using Criteria.Catalog;
using Criteria.Reporting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Criteria.Cli.Rendering;

/// <summary>
/// Renders a report as tables for a terminal, in Russian: the region first, then each college
/// (cohort «все»; the other cohorts are in the JSON report), then the data-quality findings.
/// It only formats: every figure comes from the report.
/// </summary>
internal static class TableRenderer
{
    private const int FindingsShown = 30;
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static void Render(Report report, TextWriter writer, int? width)
    {
        var plain = width is not null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (width is { } w)
        {
            console.Profile.Width = w;
        }

        var titles = report.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        console.Write(new Rule($"[bold]{Markup.Escape(report.Region ?? "Регион")}[/] · период {report.Period.Start:dd.MM.yyyy}–{report.Period.End:dd.MM.yyyy}, мониторинг на {report.Period.Cutoff:dd.MM.yyyy} · каталог {Markup.Escape(report.Catalog)}").LeftJustified());
        console.Write(Table("Регион в целом", report.RegionResults, titles));
        foreach (var college in report.Colleges)
        {
            console.Write(Table($"{college.Name ?? college.Id} ({college.Id})", college.Results, titles));
        }

        console.WriteLine("Показатели для когорт «инвалиды», «дети-инвалиды», «лица с ОВЗ» — в отчёте JSON (--format json).");
        RenderFindings(console, report);
    }

    private static Table Table(string caption, IEnumerable<CriterionResult> results, Dictionary<string, ReportCriterion> criteria)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(caption), new Style(decoration: Decoration.Bold)), Border = TableBorder.Rounded, Expand = true };
        table.AddColumn(new TableColumn("Код").NoWrap());
        table.AddColumn(new TableColumn("Критерий"));
        table.AddColumn(new TableColumn("Значение").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Цель").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Статус").NoWrap());
        foreach (var result in results.Where(r => r.Cohort == Cohort.All))
        {
            var criterion = criteria[result.Code];
            table.AddRow(
                new Text(result.Code),
                new Text(criterion.Title + (criterion.LowerIsBetter ? " (чем меньше, тем лучше)" : "")),
                new Text(Value(result)),
                new Text(result.Target is { } target ? Target(criterion, target) : ""),
                Status(result.Status));
        }

        return table;
    }

    private static string Value(CriterionResult result)
    {
        if (result.Status == ResultStatus.Error)
        {
            return "—";
        }

        if (result.HasRatio)
        {
            var ratio = $"{result.Numerator?.ToString(Russian) ?? "—"} из {result.Denominator?.ToString(Russian) ?? "—"}";
            return result.Percent is { } percent ? $"{ratio} · {percent.ToString("0.0", Russian)} %" : ratio;
        }

        return result.Value.Kind switch
        {
            ResultValueKind.Flag => result.Value.Flag ? "да" : "нет",
            ResultValueKind.WholeNumber => ((long)result.Value.Number).ToString(Russian),
            _ => "—",
        };
    }

    private static string Target(ReportCriterion criterion, decimal target) =>
        criterion.Kind == CriterionKind.Count
            ? target.ToString("0", Russian)
            : (criterion.LowerIsBetter ? "≤ " : "≥ ") + (target * 100).ToString("0.#", Russian) + " %";

    private static IRenderable Status(ResultStatus status) => status switch
    {
        ResultStatus.Met => new Markup("[green]выполнен[/]"),
        ResultStatus.NotMet => new Markup("[red]не выполнен[/]"),
        ResultStatus.NoTarget => new Text("цель не задана"),
        ResultStatus.NoData => new Markup("[grey]нет данных[/]"),
        _ => new Markup("[bold red]ошибка правила[/]"),
    };

    private static void RenderFindings(IAnsiConsole console, Report report)
    {
        if (report.Findings.Count == 0)
        {
            console.WriteLine("Замечаний к данным нет.");
            return;
        }

        var summary = string.Join(", ", report.Findings.GroupBy(f => f.Code).Select(g => $"{g.Key}: {g.Count()}"));
        console.Write(new Rule($"Замечания к данным ({report.Findings.Count}: {Markup.Escape(summary)})").LeftJustified());
        foreach (var finding in report.Findings.Take(FindingsShown))
        {
            console.WriteLine($"{finding.Code} {(finding.Severity == Quality.FindingSeverity.Error ? "ошибка" : "предупр.")} {finding.Path}: {finding.Message}");
        }

        if (report.Findings.Count > FindingsShown)
        {
            console.WriteLine($"… и ещё {report.Findings.Count - FindingsShown}; все замечания — в отчёте JSON.");
        }
    }
}
