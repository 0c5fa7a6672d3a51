using System.Globalization;
using Criteria.Catalog;
using Criteria.Kinds;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>How a trend reads for a person: a point's value, a change in percentage points (or in units for a count), its arrow.</summary>
internal static class TrendText
{
    /// <summary>A point as a short figure: <c>61,0 %</c> for a fraction, <c>12</c> for a count, <c>да</c>/<c>нет</c>, or a dash.</summary>
    public static string Point(CriterionResult? point, Labels t, NumberFormatInfo numbers)
    {
        if (point is null || point.Status == ResultStatus.Error)
        {
            return ResultText.Dash;
        }

        if (point.Percent is { } percent)
        {
            return percent.ToString("0.0", numbers) + " %";
        }

        return point.Value.Kind switch
        {
            ResultValueKind.Flag => point.Value.Flag ? t.Yes : t.No,
            ResultValueKind.WholeNumber => ((long)point.Value.Number).ToString(numbers),
            _ => ResultText.Dash,
        };
    }

    /// <summary>
    /// A change as a person reads it: in percentage points for a fraction, rounded half away from zero to one
    /// decimal (−9.25 → −9,3; 0 → 0,0), in units for a count; with its sign. Empty without a change.
    /// </summary>
    public static string Change(TrendSeries series, ReportCriterion criterion, ReportLanguage language)
    {
        if (series.Change is not { } change)
        {
            return "";
        }

        var numbers = ValueStyle.NumbersOf(language);
        if (IsCount(series, criterion))
        {
            return (change > 0 ? "+" : "") + change.ToString("0", numbers);
        }

        var points = Math.Round((decimal)change * 100, 1, MidpointRounding.AwayFromZero);
        return (points > 0 ? "+" : "") + points.ToString("0.0", numbers) + (language == ReportLanguage.En ? " pp" : " п.п.");
    }

    /// <summary>↑, ↓ or → by the sign of the change.</summary>
    public static string Arrow(TrendSeries series) => series.Change switch
    {
        > 0 => "↑",
        < 0 => "↓",
        0 => "→",
        _ => "",
    };

    /// <summary>Whether the series' values are counts of things (not fractions): a count's results.</summary>
    public static bool IsCount(TrendSeries series, ReportCriterion criterion) =>
        CriterionKinds.Of(criterion.Kind).CountsThings && series.Points.All(p => p is null || !p.HasRatio);

    /// <summary>A cut-off as a person reads it: <c>01.12.2023</c>.</summary>
    public static string Cutoff(DateOnly date, ReportLanguage language) =>
        date.ToString(language == ReportLanguage.En ? "yyyy-MM-dd" : "dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The word for a direction.</summary>
    public static string Direction(TrendDirection? direction, ReportLanguage language) => (direction, language) switch
    {
        (TrendDirection.Better, ReportLanguage.En) => "better",
        (TrendDirection.Worse, ReportLanguage.En) => "worse",
        (TrendDirection.Same, ReportLanguage.En) => "same",
        (TrendDirection.Better, _) => "лучше",
        (TrendDirection.Worse, _) => "хуже",
        (TrendDirection.Same, _) => "без изменений",
        _ => "",
    };
}
