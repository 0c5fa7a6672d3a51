using System.Globalization;
using Criteria.Catalog;
using Criteria.Reporting;
using Spectre.Console;

namespace Criteria.Rendering;

/// <summary>A college's card as tables for a terminal or a text file: its rating and its parts, every result beside the region's with its place, its findings.</summary>
internal static class CollegeCardTable
{
    private const int BarLength = 20;

    public static void Render(CollegeCard card, IAnsiConsole console, ReportLanguage language)
    {
        var t = Labels.For(language);
        var r = RatingLabels.For(language);
        var numbers = ValueStyle.NumbersOf(language);
        var style = ValueStyle.Of(language, errorAsWord: false);
        var report = card.Report;
        var college = card.College;
        console.Write(new Rule($"[bold]{Markup.Escape(r.Card)}: {Markup.Escape(college.Name ?? college.Id)} ({Markup.Escape(college.Id)})[/]").LeftJustified());
        console.WriteLine(
            $"{report.Region ?? ""} · {t.Period} {report.Period.Start:dd.MM.yyyy}–{report.Period.End:dd.MM.yyyy}, {t.Cutoff} {report.Period.Cutoff:dd.MM.yyyy} · {t.Catalog} {report.Catalog}");

        if (card.Rating is { } rating)
        {
            console.WriteLine(RatingLine(rating, card.Ranked, r, numbers));
            var parts = new Table { Title = new TableTitle(Markup.Escape(r.Parts)), Border = TableBorder.Rounded, Expand = true };
            parts.AddColumn(new TableColumn(t.Code).NoWrap());
            parts.AddColumn(new TableColumn(t.Criterion));
            parts.AddColumn(new TableColumn(r.Weight).RightAligned().NoWrap());
            parts.AddColumn(new TableColumn(r.Score).NoWrap());
            var criteria = report.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
            foreach (var part in rating.Parts)
            {
                parts.AddRow(
                    new Text(part.Code),
                    new Text(ResultText.Title(criteria[part.Code], language)),
                    new Text(Weight(part.Weight, numbers)),
                    new Text(Bar(part.Score, numbers)));
            }

            console.Write(parts);
        }
        else
        {
            console.WriteLine(r.NoRating);
        }

        var table = new Table { Title = new TableTitle(Markup.Escape(r.Criteria)), Border = TableBorder.Rounded, Expand = true };
        table.AddColumn(new TableColumn(t.Code).NoWrap());
        table.AddColumn(new TableColumn(t.Criterion));
        table.AddColumn(new TableColumn(t.Cohort));
        table.AddColumn(new TableColumn(t.Value).RightAligned().NoWrap());
        table.AddColumn(new TableColumn(t.Target).RightAligned().NoWrap());
        table.AddColumn(new TableColumn(t.Status).NoWrap());
        table.AddColumn(new TableColumn(t.RegionValue).RightAligned().NoWrap());
        table.AddColumn(new TableColumn(r.Place).RightAligned().NoWrap());
        var ownTargets = false;
        foreach (var row in card.Rows)
        {
            var first = row.Result.Cohort == Cohort.All;
            var own = row.Result.TargetSource == TargetSource.College;
            ownTargets |= own;
            table.AddRow(
                new Text(first ? row.Criterion.Code : ""),
                new Text(first ? ResultText.Title(row.Criterion, language) + (row.Criterion.LowerIsBetter ? " " + t.LowerIsBetter : "") : ""),
                new Text(t.CohortName(row.Result.Cohort)),
                new Text(ResultText.Value(row.Result, t, style)),
                new Text(ResultText.Target(row.Criterion, row.Result.Target, numbers) + (own ? " *" : "")),
                new Text(t.StatusName(row.Result.Status)),
                new Text(row.Region is null ? ResultText.Dash : ResultText.Value(row.Region, t, style)),
                new Text(row.Place is { } place ? string.Format(CultureInfo.InvariantCulture, r.PlaceOf, place, row.Of) : ResultText.Dash));
        }

        console.Write(table);
        if (ownTargets)
        {
            console.WriteLine(r.OwnTargetNote);
        }

        console.Write(new Rule($"{Markup.Escape(r.OwnFindings)} ({card.Findings.Count})").LeftJustified());
        if (card.Findings.Count == 0)
        {
            console.WriteLine(t.NoFindings);
        }

        foreach (var finding in card.Findings)
        {
            console.WriteLine($"{finding.Code} {(finding.Severity == Quality.FindingSeverity.Error ? t.Error : t.Warning)} {finding.Path}: {finding.Message}");
        }
    }

    /// <summary>The index, the place and the coverage in a line: <c>Индекс 71,25 · Место 3 из 40 · Покрытие 92 %</c>.</summary>
    internal static string RatingLine(CollegeRating rating, int ranked, RatingLabels r, NumberFormatInfo numbers) =>
        $"{r.Index} {Index(rating.Index, numbers)} · {r.Rank} {(rating.Rank is { } rank ? string.Format(CultureInfo.InvariantCulture, r.RankOf, rank, ranked) : r.NotRanked)} · {r.Coverage} {Percent(rating.Coverage, numbers)}";

    /// <summary>A weight as written, shortest (2.0 → 2), with the language's decimal separator; any number of digits.</summary>
    internal static string Weight(Profiles.ExactDecimal weight, NumberFormatInfo numbers) =>
        Json.Converters.RatingConverter.Shortest(weight).Replace(".", numbers.NumberDecimalSeparator, StringComparison.Ordinal);

    internal static string Index(decimal? index, NumberFormatInfo numbers) => index?.ToString("0.00", numbers) ?? ResultText.Dash;

    internal static string Percent(decimal share, NumberFormatInfo numbers) => (share * 100).ToString("0.##", numbers) + " %";

    private static string Bar(double? score, NumberFormatInfo numbers)
    {
        if (score is not { } s)
        {
            return ResultText.Dash;
        }

        var filled = (int)Math.Round(s * BarLength, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarLength - filled) + " " + s.ToString("0.00", numbers);
    }
}
