using Criteria.Catalog;
using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Rendering;

/// <summary>
/// What a college's card shows (docs/getting-started.md, "A college's card"), taken from a report: each of
/// the college's results beside the region's and its place among the colleges on that criterion and cohort,
/// its rating, and its own findings. Every figure comes from the report.
/// </summary>
internal sealed class CollegeCard
{
    private CollegeCard(Report report, CollegeResults college, IReadOnlyList<CardRow> rows, CollegeRating? rating, int ranked, IReadOnlyList<Finding> findings)
    {
        Report = report;
        College = college;
        Rows = rows;
        Rating = rating;
        Ranked = ranked;
        Findings = findings;
    }

    public Report Report { get; }

    public CollegeResults College { get; }

    /// <summary>One row per result of the college, in the report's order.</summary>
    public IReadOnlyList<CardRow> Rows { get; }

    /// <summary>The college's rating, when the report has one.</summary>
    public CollegeRating? Rating { get; }

    /// <summary>How many colleges have a rank.</summary>
    public int Ranked { get; }

    /// <summary>The findings that name the college.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The card of a college of a report.</summary>
    /// <exception cref="ArgumentException">The report has no college with the id.</exception>
    public static CollegeCard Of(Report report, string collegeId)
    {
        var at = -1;
        for (var i = 0; i < report.Colleges.Count && at < 0; i++)
        {
            at = report.Colleges[i].Id == collegeId ? i : -1;
        }

        if (at < 0)
        {
            throw new ArgumentException($"The report has no college '{collegeId}'.", nameof(collegeId));
        }

        var college = report.Colleges[at];
        var criteria = report.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var region = new Dictionary<(string, Cohort), CriterionResult>();
        foreach (var result in report.RegionResults)
        {
            region.TryAdd((result.Code, result.Cohort), result);
        }

        var rows = new List<CardRow>(college.Results.Count);
        for (var r = 0; r < college.Results.Count; r++)
        {
            var result = college.Results[r];
            var criterion = criteria[result.Code];
            var (place, of) = Place(report, criterion, r, result);
            rows.Add(new CardRow(criterion, result, region.GetValueOrDefault((result.Code, result.Cohort)), place, of));
        }

        var rating = report.Rating?.Colleges.FirstOrDefault(c => c.CollegeId == collegeId);
        var ranked = report.Rating?.Colleges.Count(c => c.Rank is not null) ?? 0;
        var findings = report.Findings.Where(f => f.CollegeId == collegeId).ToList();
        return new CollegeCard(report, college, rows, rating, ranked, findings);
    }

    /// <summary>
    /// The college's place among the colleges with a value on the same criterion and cohort: higher first (lower
    /// when lower is better; for a match, closest to 1 first); equal values share a place and the next one skips.
    /// </summary>
    private static (int? Place, int Of) Place(Report report, ReportCriterion criterion, int row, CriterionResult own)
    {
        double? Key(CriterionResult? result) => ResultText.Standing(criterion, result);

        var mine = Key(own);
        var of = 0;
        var better = 0;
        foreach (var college in report.Colleges)
        {
            var results = college.Results;
            var result = row < results.Count && results[row].Code == own.Code && results[row].Cohort == own.Cohort
                ? results[row]
                : results.FirstOrDefault(x => x.Code == own.Code && x.Cohort == own.Cohort);
            if (Key(result) is { } key)
            {
                of++;
                better += mine is { } m && key > m ? 1 : 0;
            }
        }

        return (mine is null ? null : better + 1, of);
    }
}
