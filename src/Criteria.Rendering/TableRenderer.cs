using System.Globalization;
using Criteria.Catalog;
using Criteria.Profiles;
using Criteria.Reporting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Criteria.Rendering;

/// <summary>
/// Renders a report as tables for a terminal, in Russian: the region first, then each college
/// (cohort «все»; the other cohorts are in the JSON report), then the data-quality findings.
/// It only formats: every figure comes from the report.
/// </summary>
internal static class TableRenderer
{
    private const int FindingsShown = 30;
    private static readonly NumberFormatInfo Russian = ValueStyle.RussianNumbers;

    /// <summary>The colleges from which a plain rendering (a file) lays out the colleges' tables on every core.</summary>
    private const int ParallelColleges = 64;

    public static void Render(Report report, TextWriter writer, int? width, ReportLanguage language = ReportLanguage.Ru) =>
        Render(report, writer, width, language, ParallelColleges);

    /// <summary>Renders one college's card.</summary>
    public static void RenderCard(Report report, string collegeId, TextWriter writer, int? width, ReportLanguage language) =>
        CollegeCardTable.Render(CollegeCard.Of(report, collegeId), Console(writer, width), language);

    /// <summary>Renders, laying out the colleges' tables on every core from a number of colleges on (plain text only).</summary>
    internal static void Render(Report report, TextWriter writer, int? width, ReportLanguage language, int parallelFrom, TableTemplates? templates = null)
    {
        var t = Labels.For(language);
        var console = Console(writer, width);
        var titles = report.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);

        // Every table has the same criteria: each title is wrapped once per column width, not once per college.
        var texts = report.Criteria.ToDictionary(
            c => c.Code,
            c => new RenderedOnce(new Text(ResultText.Title(c, language) + (c.LowerIsBetter ? " " + t.LowerIsBetter : ""))),
            StringComparer.Ordinal);

        // So are the cells that repeat from table to table (codes, targets, statuses, values such as «да»):
        // each is measured and laid out once per width (measuring a cell looks up every character's width).
        var cells = new Cells();
        console.Write(new Rule($"[bold]{Markup.Escape(report.Region ?? "")}[/] · {t.Period} {report.Period.Start:dd.MM.yyyy}–{report.Period.End:dd.MM.yyyy}, {t.Cutoff} {report.Period.Cutoff:dd.MM.yyyy} · {t.Catalog} {Markup.Escape(report.Catalog)}").LeftJustified());
        console.Write(Table(t.Summary, report.RegionResults, titles, texts, cells, t, language));
        if (report.Rating is { } rating)
        {
            console.Write(RatingTable(report, rating, language));
        }
        string Caption(CollegeResults college) => $"{college.Name ?? college.Id} ({college.Id})";
        Table CollegeTable(CollegeResults college) => Table(Caption(college), college.Results, titles, texts, cells, t, language);
        if (width is null || report.Colleges.Count < parallelFrom)
        {
            foreach (var college in report.Colleges)
            {
                console.Write(CollegeTable(college));
            }
        }
        else
        {
            // Plain text has no state between tables: a window of colleges is laid out on every core, each
            // table into its own buffer, and written in order (a window at a time, so memory stays bounded).
            // Tables laid out alike are filled in from a template (TableTemplates).
            const int Window = 256;
            var rendered = new string[Window];
            templates ??= new TableTemplates();
            for (var from = 0; from < report.Colleges.Count; from += Window)
            {
                var count = Math.Min(Window, report.Colleges.Count - from);
                Parallel.For(
                    0,
                    count,
                    () =>
                    {
                        var buffer = new StringWriter(CultureInfo.InvariantCulture);
                        return (Buffer: buffer, Console: Console(buffer, width)); // one console a worker: making one reads the environment
                    },
                    (i, _, local) =>
                    {
                        var college = report.Colleges[from + i];
                        rendered[i] = templates.Text(Caption(college), Rows(college.Results, titles, t, language), () =>
                        {
                            local.Buffer.GetStringBuilder().Clear();
                            WritePlain(local.Console, CollegeTable(college), local.Buffer);
                            return local.Buffer.ToString();
                        });
                        return local;
                    },
                    local => local.Buffer.Dispose());
                for (var i = 0; i < count; i++)
                {
                    writer.Write(rendered[i]);
                }
            }
        }

        if (report.Colleges.Any(c => c.Results.Any(r => r.TargetSource == TargetSource.College)))
        {
            console.WriteLine(RatingLabels.For(language).OwnTargetNote);
        }

        console.WriteLine(language == ReportLanguage.En
            ? "The cohorts (disabled, disabled children, limited health) are in the JSON and HTML reports."
            : "Показатели для когорт «инвалиды», «дети-инвалиды», «лица с ОВЗ» — в отчётах JSON и HTML.");
        RenderFindings(console, report, t);
    }

    /// <summary>
    /// Writes a renderable's text as the console would without colours, minus the console's own work per
    /// change of style (it resets the process's terminal colours each time, under the console's lock:
    /// thousands of times a table, and both cores wait on it).
    /// </summary>
    private static void WritePlain(IAnsiConsole console, IRenderable renderable, TextWriter writer)
    {
        foreach (var segment in renderable.GetSegments(console))
        {
            if (!segment.IsControlCode)
            {
                var text = segment.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
                writer.Write(Environment.NewLine == "\n" ? text : text.Replace("\n", Environment.NewLine, StringComparison.Ordinal));
            }
        }
    }

    private static IAnsiConsole Console(TextWriter writer, int? width)
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

        return console;
    }

    private static Table Table(string caption, IEnumerable<CriterionResult> results, Dictionary<string, ReportCriterion> criteria, Dictionary<string, RenderedOnce> texts, Cells cells, Labels t, ReportLanguage language)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(caption), new Style(decoration: Decoration.Bold)), Border = TableBorder.Rounded, Expand = true };
        table.AddColumn(new TableColumn(t.Code).NoWrap());
        table.AddColumn(new TableColumn(t.Criterion));
        table.AddColumn(new TableColumn(t.Value).RightAligned().NoWrap());
        table.AddColumn(new TableColumn(t.Target).RightAligned().NoWrap());
        table.AddColumn(new TableColumn(t.Status).NoWrap());
        foreach (var result in results.Where(r => r.Cohort == Cohort.All))
        {
            var criterion = criteria[result.Code];
            var value = Value(result, t, language);
            table.AddRow(
                cells.Text(result.Code),
                texts[result.Code],
                value.Length <= Cells.ShortText ? cells.Text(value) : new Text(value),
                cells.Text(TargetText(criterion, result)),
                cells.Status(result.Status, t));
        }

        return table;
    }

    /// <summary>The ranking: place, college, index and coverage, by rank, then the colleges without a rank.</summary>
    private static Table RatingTable(Report report, Rating rating, ReportLanguage language)
    {
        var r = RatingLabels.For(language);
        var numbers = ValueStyle.NumbersOf(language);
        var names = report.Colleges.ToDictionary(c => c.Id, c => c.Name ?? c.Id, StringComparer.Ordinal);
        var table = new Table
        {
            Title = new TableTitle(Markup.Escape(r.Rating), new Style(decoration: Decoration.Bold)),
            Caption = new TableTitle(Markup.Escape(string.Format(CultureInfo.InvariantCulture, r.RatingNote, (rating.MinCoverage.ToDecimal() * 100).ToString("0.##", numbers)))),
            Border = TableBorder.Rounded,
            Expand = true,
        };
        table.AddColumn(new TableColumn(r.Rank).RightAligned().NoWrap());
        table.AddColumn(new TableColumn(r.College));
        table.AddColumn(new TableColumn(r.Index).RightAligned().NoWrap());
        table.AddColumn(new TableColumn(r.Coverage).RightAligned().NoWrap());
        foreach (var college in rating.Colleges)
        {
            table.AddRow(
                new Text(college.Rank?.ToString(CultureInfo.InvariantCulture) ?? r.NotRanked),
                new Text($"{names.GetValueOrDefault(college.CollegeId, college.CollegeId)} ({college.CollegeId})"),
                new Text(CollegeCardTable.Index(college.Index, numbers)),
                new Text(CollegeCardTable.Percent(college.Coverage, numbers)));
        }

        return table;
    }

    /// <summary>A result's target for a person, marked <c>*</c> when it is the college's own.</summary>
    private static string TargetText(ReportCriterion criterion, CriterionResult result) =>
        ResultText.Target(criterion, result.Target, Russian) + (result.TargetSource == TargetSource.College ? " *" : "");

    private static string Value(CriterionResult result, Labels t, ReportLanguage language) =>
        ResultText.Value(result, t, ValueStyle.Of(language, errorAsWord: false));

    /// <summary>The texts of a table's rows, as <see cref="Table"/> puts them.</summary>
    private static List<TableTemplates.Row> Rows(IEnumerable<CriterionResult> results, Dictionary<string, ReportCriterion> criteria, Labels t, ReportLanguage language) =>
        [.. results.Where(r => r.Cohort == Cohort.All).Select(r => new TableTemplates.Row(r.Code, TargetText(criteria[r.Code], r), Value(r, t, language), t.StatusName(r.Status)))];

    /// <summary>The cells that repeat across tables, each laid out once per width (thread-safe: tables are laid out in parallel).</summary>
    private sealed class Cells
    {
        /// <summary>Values up to this long are kept (yes/no, counts); longer ones (a share and its fraction) rarely repeat.</summary>
        public const int ShortText = 12;

        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RenderedOnce> _texts = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<ResultStatus, RenderedOnce> _statuses = new();

        public RenderedOnce Text(string text) => _texts.GetOrAdd(text, static value => new RenderedOnce(new Text(value)));

        public RenderedOnce Status(ResultStatus status, Labels t) => _statuses.GetOrAdd(status, value => new RenderedOnce(TableRenderer.Status(value, t)));
    }

    private static IRenderable Status(ResultStatus status, Labels t) => status switch
    {
        ResultStatus.Met => new Markup($"[green]{t.StatusName(status)}[/]"),
        ResultStatus.NotMet => new Markup($"[red]{t.StatusName(status)}[/]"),
        ResultStatus.NoTarget => new Text(t.StatusName(status)),
        ResultStatus.NoData => new Markup($"[grey]{t.StatusName(status)}[/]"),
        _ => new Markup($"[bold red]{t.StatusName(status)}[/]"),
    };

    private static void RenderFindings(IAnsiConsole console, Report report, Labels t)
    {
        if (report.Findings.Count == 0)
        {
            console.WriteLine(t.NoFindings);
            return;
        }

        var summary = string.Join(", ", report.Findings.GroupBy(f => f.Code).Select(g => $"{g.Key}: {g.Count()}"));
        console.Write(new Rule($"{t.Findings} ({report.Findings.Count}: {Markup.Escape(summary)})").LeftJustified());
        foreach (var finding in report.Findings.Take(FindingsShown))
        {
            console.WriteLine($"{finding.Code} {(finding.Severity == Quality.FindingSeverity.Error ? t.Error : t.Warning)} {finding.Path}: {finding.Message}");
        }

        if (report.Findings.Count > FindingsShown)
        {
            console.WriteLine(string.Format(CultureInfo.InvariantCulture, t.FindingsCut, FindingsShown, report.Findings.Count));
        }
    }
}
