using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;

namespace Criteria.Reporting;

/// <summary>
/// The dynamics of a region across periods (docs/trend.md, contract <c>trend-v1</c>): the series of every
/// criterion and cohort of the region and of each college, ordered by cut-off, with the change from the
/// first period to the last and its direction. Made from reports (<see cref="Of"/>), so a system that keeps
/// its monthly reports builds the series without evaluating again. Immutable.
/// </summary>
public sealed record Trend
{
    /// <summary>The contract version of the trend.</summary>
    public string SchemaVersion { get; init; } = "1.0";

    /// <summary>The catalog id of every report.</summary>
    public required string Catalog { get; init; }

    /// <summary>The region's name.</summary>
    public string? Region { get; init; }

    /// <summary>The periods, by cut-off.</summary>
    public required ValueArray<Period> Periods { get; init; }

    /// <summary>The criteria, as the latest report lists them.</summary>
    public required ValueArray<ReportCriterion> Criteria { get; init; }

    /// <summary>The region's series, in the report's order.</summary>
    public required ValueArray<TrendSeries> RegionSeries { get; init; }

    /// <summary>The colleges, in the order they first appear (earlier periods first, input order within one).</summary>
    public required ValueArray<CollegeTrend> Colleges { get; init; }

    /// <summary>
    /// The trend of reports of one region: same catalog, same criteria, same region, same status sets, each
    /// cut-off once; ordered by cut-off whatever the order given.
    /// </summary>
    /// <param name="reports">The reports, two or more.</param>
    /// <param name="names">What to call each report in an error (file names); <c>report 1</c>, … when null.</param>
    /// <returns>The trend.</returns>
    /// <exception cref="IncompatibleReportsException">The reports cannot make one trend; the message names them.</exception>
    public static Trend Of(IReadOnlyList<Report> reports, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Any(r => r is null))
        {
            throw new ArgumentException("A report of the trend is null.", nameof(reports));
        }

        names ??= [.. reports.Select((_, i) => $"report {i + 1}")];
        if (names.Count != reports.Count)
        {
            throw new ArgumentException("A name is needed for each report.", nameof(names));
        }

        TrendInputs.Check(reports, names);
        var order = Enumerable.Range(0, reports.Count).OrderBy(i => reports[i].Period.Cutoff).ToArray(); // stable
        var sorted = order.Select(i => reports[i]).ToArray();
        var latest = sorted[^1];
        var criteria = latest.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);

        var regionSeries = latest.RegionResults
            .Select(r => Series(criteria[r.Code], r.Cohort, sorted.Select(report => Find(report.RegionResults, r.Code, r.Cohort)).ToArray()))
            .ToValueArray();

        // Colleges in the order they first appear, named as in the latest period they are in.
        var firstSeen = new List<string>();
        var latestName = new Dictionary<string, string?>(StringComparer.Ordinal);
        var byPeriod = sorted.Select(report => report.Colleges.ToDictionary(c => c.Id, StringComparer.Ordinal)).ToArray();
        foreach (var report in sorted)
        {
            foreach (var college in report.Colleges)
            {
                if (latestName.TryAdd(college.Id, college.Name))
                {
                    firstSeen.Add(college.Id);
                }
                else
                {
                    latestName[college.Id] = college.Name;
                }
            }
        }

        var colleges = firstSeen.Select(id =>
        {
            var results = byPeriod.Select(period => period.GetValueOrDefault(id)?.Results).ToArray();
            var layout = results.Last(r => r is not null)!.Value; // the college's latest results give the series' order
            var series = layout.Select((r, row) => Series(criteria[r.Code], r.Cohort, results.Select(p => p is { } list ? Find(list, r.Code, r.Cohort, row) : null).ToArray()));
            return new CollegeTrend(id, latestName[id], series.ToValueArray());
        }).ToValueArray();

        return new Trend
        {
            Catalog = latest.Catalog,
            Region = latest.Region,
            Periods = sorted.Select(r => r.Period).ToValueArray(),
            Criteria = latest.Criteria,
            RegionSeries = regionSeries,
            Colleges = colleges,
        };
    }

    private static CriterionResult? Find(ValueArray<CriterionResult> results, string code, Cohort cohort, int hint = -1)
    {
        if (hint >= 0 && hint < results.Count && results[hint].Code == code && results[hint].Cohort == cohort)
        {
            return results[hint];
        }

        foreach (var result in results)
        {
            if (result.Code == code && result.Cohort == cohort)
            {
                return result;
            }
        }

        return null;
    }

    private static TrendSeries Series(ReportCriterion criterion, Cohort cohort, CriterionResult?[] points)
    {
        var (first, last) = (ExactValue(points[0]), ExactValue(points[^1]));
        double? change = null;
        TrendDirection? direction = null;
        if (first is { } a && last is { } b)
        {
            change = (b - a).ToDouble();
            int better; // above 0: the last is better
            if (criterion.Kind == CriterionKind.Match)
            {
                better = Distance(a).CompareTo(Distance(b)); // closer to 1 is better
            }
            else
            {
                better = b.CompareTo(a) * (criterion.LowerIsBetter ? -1 : 1);
            }

            direction = better > 0 ? TrendDirection.Better : better < 0 ? TrendDirection.Worse : TrendDirection.Same;
        }

        return new TrendSeries(criterion.Code, cohort, ValueArray<CriterionResult?>.TakeOwnership(points), change, direction);
    }

    /// <summary>|1 − v|, exactly.</summary>
    private static Fraction Distance(Fraction value)
    {
        var gap = Fraction.One - value;
        return gap.Numerator.Sign < 0 ? new Fraction(-gap.Numerator, gap.Denominator) : gap;
    }

    /// <summary>A point's value as an exact fraction: numerator ÷ denominator where it has them, a whole number for a count; none for a flag or no value.</summary>
    private static Fraction? ExactValue(CriterionResult? point) => point switch
    {
        null => null,
        { HasRatio: true, Numerator: { } n, Denominator: > 0 and var d } => Fraction.Of(n, d),
        { HasRatio: false, Value.Kind: ResultValueKind.WholeNumber } => Fraction.Of((long)point.Value.Number, 1),
        _ => null,
    };
}
