using System.Globalization;

namespace Criteria.Reporting;

/// <summary>
/// What reports must share to make one trend (docs/trend.md): the catalog, the list of criteria, the region and
/// the status sets (a jump because one side counted employment another way is not a trend), and one report a cut-off.
/// </summary>
internal static class TrendInputs
{
    public static void Check(IReadOnlyList<Report> reports, IReadOnlyList<string> names)
    {
        if (reports.Count < 2)
        {
            throw new IncompatibleReportsException(
                $"A trend needs at least two periods; {(reports.Count == 0 ? "none was given" : $"only {names[0]} was given")}.", [.. names]);
        }

        for (var i = 0; i < reports.Count; i++)
        {
            Whole(reports[i], names[i]);
        }

        Same(reports, names, r => r.Catalog, "catalog", v => $"catalog '{v}'");
        Same(reports, names, r => string.Join('\u0001', r.Criteria.Select(c => c.Code)), "criteria", v => $"criteria {v.Replace('\u0001', ',')}");
        Same(reports, names, r => r.Region ?? "", "region", v => v.Length == 0 ? "no region" : $"region '{v}'");

        var settings = reports.Select(r => r.Settings ?? ReportSettings.Default).ToArray();
        for (var i = 1; i < reports.Count; i++)
        {
            if (!settings[i].SameStatusSets(settings[0]))
            {
                throw new IncompatibleReportsException(
                    $"{names[i]} and {names[0]} were counted with other status sets (employedStatuses, outsideLabourMarketStatuses or atRiskStatuses differ): their figures are not a series. Evaluate both periods with one profile.",
                    [names[0], names[i]]);
            }
        }

        var byCutoff = new Dictionary<DateOnly, int>();
        for (var i = 0; i < reports.Count; i++)
        {
            if (!byCutoff.TryAdd(reports[i].Period.Cutoff, i))
            {
                var other = byCutoff[reports[i].Period.Cutoff];
                throw new IncompatibleReportsException(
                    $"{names[other]} and {names[i]} have the same cut-off date {reports[i].Period.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: each period of a trend is one cut-off.",
                    [names[other], names[i]]);
            }
        }
    }

    /// <summary>A report read from a file is whole: each college once, each result of a criterion the report lists.</summary>
    private static void Whole(Report report, string name)
    {
        var codes = report.Criteria.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var colleges = new HashSet<string>(StringComparer.Ordinal);
        foreach (var college in report.Colleges)
        {
            if (!colleges.Add(college.Id))
            {
                throw new IncompatibleReportsException($"{name} lists the college '{college.Id}' twice: it is not a report as the library writes it.", [name]);
            }
        }

        var unknown = report.RegionResults.Concat(report.Colleges.SelectMany(c => c.Results)).FirstOrDefault(r => !codes.Contains(r.Code));
        if (unknown is not null)
        {
            throw new IncompatibleReportsException($"{name} has a result of criterion {unknown.Code}, which its criteria do not list: it is not a report as the library writes it.", [name]);
        }

        // The region and every college have one result for each criterion and cohort, as the library writes them:
        // a result left out of a hand-edited report would drop its whole series without a word.
        var keys = new HashSet<(string, Catalog.Cohort)>();
        foreach (var result in report.RegionResults)
        {
            if (!keys.Add((result.Code, result.Cohort)))
            {
                throw Incomplete(name, $"lists the region's result of {Describe(result.Code, result.Cohort)} twice");
            }
        }

        if (report.Criteria.FirstOrDefault(c => !report.RegionResults.Any(r => r.Code == c.Code)) is { } missing)
        {
            throw Incomplete(name, $"has no result of the region for criterion {missing.Code}");
        }

        foreach (var college in report.Colleges)
        {
            var seen = new HashSet<(string, Catalog.Cohort)>();
            foreach (var result in college.Results)
            {
                if (!keys.Contains((result.Code, result.Cohort)) || !seen.Add((result.Code, result.Cohort)))
                {
                    throw Incomplete(name, $"has a result of {Describe(result.Code, result.Cohort)} for the college '{college.Id}' {(seen.Contains((result.Code, result.Cohort)) ? "twice" : "that the region does not have")}");
                }
            }

            if (seen.Count != keys.Count)
            {
                var (code, cohort) = keys.First(k => !seen.Contains(k));
                throw Incomplete(name, $"has no result of {Describe(code, cohort)} for the college '{college.Id}'");
            }
        }
    }

    private static string Describe(string code, Catalog.Cohort cohort) => $"{code} ({Catalog.Cohorts.Name(cohort)})";

    private static IncompatibleReportsException Incomplete(string name, string what) =>
        new($"{name} {what}: it is not a report as the library writes it (every college and the region have one result of each criterion and cohort).", [name]);

    private static void Same(IReadOnlyList<Report> reports, IReadOnlyList<string> names, Func<Report, string> of, string what, Func<string, string> describe)
    {
        var first = of(reports[0]);
        for (var i = 1; i < reports.Count; i++)
        {
            var value = of(reports[i]);
            if (value != first)
            {
                throw new IncompatibleReportsException(
                    $"{names[i]} has another {what} than {names[0]} ({describe(value)} against {describe(first)}): a trend is of one region, one catalog and one list of criteria.",
                    [names[0], names[i]]);
            }
        }
    }
}
