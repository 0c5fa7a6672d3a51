using Criteria.Facts;
using Criteria.Json;
using Criteria.PropertyTests.Generators;
using Criteria.Reporting;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests;

/// <summary>Laws of a trend (docs/trend.md) over generated regions: the order of the inputs does not matter; a period compared with itself has not moved; the change is last − first.</summary>
public sealed class TrendLaws
{
    /// <summary>A report as the period that ends its monitoring <paramref name="month"/> months after December 2023 (generated datasets each have a period of their own).</summary>
    private static Report At(Report report, int month) => report with
    {
        Period = new Period(new DateOnly(2022, 9, 1), new DateOnly(2023, 8, 31), new DateOnly(2023, 12, 1).AddMonths(month)),
    };

    [Law]
    public Property The_order_of_the_inputs_does_not_matter(Dataset first, Dataset second, Dataset third, int seed)
    {
        // Three generated regions as three periods of one (the same college ids c1…c4, one catalog and region).
        var reports = new[] { first, second, third }.Select((d, i) => At(Laws.Evaluate(d with { Region = "R" }), i)).ToArray();
        var shuffled = Laws.Shuffle(reports, new Random(seed));
        return (TrendWriter.ToJson(Trend.Of(reports)) == TrendWriter.ToJson(Trend.Of(shuffled))).Label("the trend depends on the order of its inputs");
    }

    [Law]
    public Property A_period_compared_with_itself_has_not_moved(Dataset dataset, ExpectationProfile expectations)
    {
        var report = Laws.Evaluate(dataset, expectations.Profile);
        var trend = Trend.Of([At(report, 0), At(report, 1)]);
        var moved = trend.RegionSeries.Concat(trend.Colleges.SelectMany(c => c.Series))
            .Where(s => s.Change is not (null or 0.0) || s.Direction is not (null or TrendDirection.Same) || (s.Change is null) != (s.Direction is null))
            .ToList();
        return (moved.Count == 0).Label(string.Join("; ", moved.Take(3).Select(s => $"{s.Code}/{s.Cohort}: {s.Change} {s.Direction}")));
    }

    [Law]
    public Property The_change_is_the_last_value_less_the_first_and_its_direction_follows_the_criterion(Dataset first, Dataset second)
    {
        var trend = Trend.Of([At(Laws.Evaluate(first with { Region = "R" }), 0), At(Laws.Evaluate(second with { Region = "R" }), 1)]);
        var failures = new List<string>();
        foreach (var series in trend.RegionSeries.Concat(trend.Colleges.SelectMany(c => c.Series)))
        {
            var (a, b) = (Exact(series.Points[0]), Exact(series.Points[^1]));
            if (a is null || b is null)
            {
                if (series.Change is not null)
                {
                    failures.Add($"{series.Code}/{series.Cohort}: a change without two values");
                }

                continue;
            }

            // In decimals, independently of the library's fractions: the nearest double of the difference.
            var expected = (double)(b.Value - a.Value);
            var criterion = Laws.Criteria[series.Code];
            var sign = criterion.Kind == Catalog.CriterionKind.Match
                ? Math.Abs(1 - a.Value).CompareTo(Math.Abs(1 - b.Value))
                : b.Value.CompareTo(a.Value) * (criterion.LowerIsBetter ? -1 : 1);
            var direction = sign > 0 ? TrendDirection.Better : sign < 0 ? TrendDirection.Worse : TrendDirection.Same;
            if (Math.Abs(expected - series.Change!.Value) > 1e-12 || direction != series.Direction)
            {
                failures.Add($"{series.Code}/{series.Cohort}: {a} → {b} gave {series.Change} {series.Direction}, not {expected} {direction}");
            }
        }

        return (failures.Count == 0).Label(string.Join("; ", failures.Take(3)));
    }

    private static decimal? Exact(CriterionResult? point) => point switch
    {
        { HasRatio: true, Numerator: { } n, Denominator: > 0 and var d } => (decimal)n / d,
        { HasRatio: false, Value.Kind: ResultValueKind.WholeNumber } => (decimal)point.Value.Number,
        _ => null,
    };
}
