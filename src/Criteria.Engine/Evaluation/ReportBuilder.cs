using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Kinds;
using Criteria.Profiles;
using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Evaluation;

/// <summary>
/// Turns the colleges' tallies into results, statuses and the region roll-up, exactly as docs/criteria.md's
/// table of kinds says: Σ numerators ÷ Σ denominators for shares (never a mean of shares), distinct ids
/// for 3.3, the match rule for 5.1, counts of colleges for presence and checklist criteria.
/// </summary>
internal static class ReportBuilder
{
    private const int ParallelResults = 20_000; // results in a report from which building them on every core pays

    public static Report Build(
        string catalogId,
        Dataset dataset,
        IReadOnlyList<CollegeFact> colleges,
        IReadOnlyList<CriterionDescriptor> criteria,
        IReadOnlyDictionary<(string Code, string CollegeId), CriterionTally> tallies,
        IReadOnlySet<string> failed,
        EvaluationProfile profile,
        IEnumerable<Finding> findings,
        CancellationToken cancellationToken = default)
    {
        // The tallies in a grid, criterion by college, looked up once; then each criterion and cohort
        // (a row of the report) is built on its own, on every core for a large region.
        var collegeIndex = new Dictionary<string, int>(colleges.Count, StringComparer.Ordinal);
        for (var i = 0; i < colleges.Count; i++)
        {
            collegeIndex.TryAdd(colleges[i].Id, i);
        }

        var criterionIndex = new Dictionary<string, int>(criteria.Count, StringComparer.Ordinal);
        var grid = new CriterionTally?[criteria.Count][];
        var rows = new List<(int Criterion, Cohort Cohort)>();
        for (var c = 0; c < criteria.Count; c++)
        {
            criterionIndex.TryAdd(criteria[c].Code, c);
            grid[c] = new CriterionTally?[colleges.Count];
            foreach (var cohort in criteria[c].Cohorts)
            {
                rows.Add((c, cohort));
            }
        }

        foreach (var ((code, collegeId), tally) in tallies)
        {
            if (criterionIndex.TryGetValue(code, out var c) && collegeIndex.TryGetValue(collegeId, out var i))
            {
                grid[c][i] = tally;
            }
        }

        var table = new CriterionResult[colleges.Count][];
        for (var i = 0; i < colleges.Count; i++)
        {
            table[i] = new CriterionResult[rows.Count];
        }

        var region = new CriterionResult[rows.Count];
        void BuildRow(int row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (c, cohort) = rows[row];
            var criterion = criteria[c];
            var isFailed = failed.Contains(criterion.Code);
            var kind = CriterionKinds.Of(criterion.Kind); // what the row's kind means, and its targets, once a row
            var shape = Shape(criterion);
            var collegeTarget = kind.CollegeTarget(profile, criterion.Code, cohort);
            var regionTarget = kind.RegionTarget(profile, criterion.Code, cohort);
            var collegeResults = new CriterionResult[colleges.Count];
            var ownTargets = profile.CollegeTargets.Count > 0 && kind.TakesCollegeTarget(cohort);
            for (var i = 0; i < colleges.Count; i++)
            {
                collegeResults[i] = table[i][row] = ownTargets
                    ? kind.College(shape, cohort, Counts(grid[c][i], cohort), profile, colleges[i].Id, isFailed)
                    : isFailed
                        ? kind.Failed(shape, cohort, collegeTarget, region: false)
                        : kind.College(shape, cohort, Counts(grid[c][i], cohort), collegeTarget);
            }

            region[row] = isFailed ? kind.Failed(shape, cohort, regionTarget, region: true) : kind.Region(shape, cohort, collegeResults, regionTarget);
        }

        if ((long)rows.Count * colleges.Count >= ParallelResults)
        {
            Parallel.For(0, rows.Count, new ParallelOptions { CancellationToken = cancellationToken }, BuildRow);
        }
        else
        {
            for (var row = 0; row < rows.Count; row++)
            {
                BuildRow(row);
            }
        }

        var reportCriteria = Criteria(criteria);
        var collegeResults = colleges.Select((c, i) => new CollegeResults(c.Id, c.College.Name, ValueArray<CriterionResult>.TakeOwnership(table[i]))).ToValueArray();
        return new Report
        {
            Catalog = catalogId,
            Region = dataset.Region,
            Period = dataset.Period,
            Settings = ReportSettings.Of(profile),
            Criteria = reportCriteria,
            Colleges = collegeResults,
            RegionResults = ValueArray<CriterionResult>.TakeOwnership(region),
            Rating = Rate(reportCriteria, collegeResults, (k, cohort) => colleges[k].Contingent[cohort], profile),
            Findings = FindingOrder.Sort(findings.Concat(UnknownTargetColleges(profile, collegeIndex.ContainsKey)), DocumentLayout.Of(dataset)).ToValueArray(),
        };
    }

    /// <summary>The rating of the colleges when the profile asks for one (docs/profile.md, "The rating"); counts are scored per graduate of each college's contingent.</summary>
    internal static Rating? Rate(IReadOnlyList<ReportCriterion> criteria, IReadOnlyList<CollegeResults> results, Func<int, Cohort, long?> contingent, EvaluationProfile profile, RatingCache? cache = null) =>
        profile.Rating is { } settings ? RatingComputation.Compute(criteria, results, settings, contingent, cache) : null;

    /// <summary>DQ14: a college named by the profile's <c>collegeTargets</c> that the dataset does not have; its path points into the profile.</summary>
    internal static IEnumerable<Finding> UnknownTargetColleges(EvaluationProfile profile, Func<string, bool> hasCollege)
    {
        foreach (var collegeId in profile.CollegeTargets.Keys)
        {
            if (!hasCollege(collegeId))
            {
                yield return new Finding
                {
                    Code = FindingCodes.UnknownTargetCollege,
                    Severity = FindingSeverity.Warning,
                    CollegeId = collegeId,
                    Path = JsonPath.Property(JsonPath.Property(JsonPath.Root, "collegeTargets"), collegeId),
                    Message = $"the profile's collegeTargets name the college '{collegeId}', which the dataset does not have; its targets are not used",
                };
            }
        }
    }

    /// <summary>
    /// The result of a criterion whose rule failed: no value, status <c>error</c>, the numerator and the
    /// denominator (null) where the report contract always has them, and the target it would have been held to.
    /// </summary>
    internal static CriterionResult Failed(CriterionDescriptor criterion, Cohort cohort, EvaluationProfile profile, string? collegeId)
    {
        var kind = CriterionKinds.Of(criterion.Kind);
        return collegeId is null
            ? kind.Failed(Shape(criterion), cohort, kind.RegionTarget(profile, criterion.Code, cohort), region: true)
            : kind.College(Shape(criterion), cohort, CollegeCounts.None, profile, collegeId, failed: true);
    }

    /// <summary>A college's result, as its kind makes it from what the rules counted, held to the college's own target where it has one.</summary>
    internal static CriterionResult College(CriterionDescriptor criterion, Cohort cohort, CriterionTally? tally, EvaluationProfile profile, string collegeId) =>
        CriterionKinds.Of(criterion.Kind).College(Shape(criterion), cohort, Counts(tally, cohort), profile, collegeId);

    /// <summary>The region's result, as its kind rolls the colleges' up.</summary>
    internal static CriterionResult Region(CriterionDescriptor criterion, Cohort cohort, CriterionResult[] colleges, EvaluationProfile profile)
    {
        var kind = CriterionKinds.Of(criterion.Kind);
        return kind.Region(Shape(criterion), cohort, colleges, kind.RegionTarget(profile, criterion.Code, cohort));
    }

    /// <summary>The region's result, as its kind makes it from the totals of the colleges' results (kept current by live evaluation).</summary>
    internal static CriterionResult Region(CriterionDescriptor criterion, Cohort cohort, RegionTotals colleges, EvaluationProfile profile)
    {
        var kind = CriterionKinds.Of(criterion.Kind);
        return kind.Region(Shape(criterion), cohort, colleges, kind.RegionTarget(profile, criterion.Code, cohort));
    }

    private static CollegeCounts Counts(CriterionTally? tally, Cohort cohort) =>
        tally is null ? CollegeCounts.None : new CollegeCounts(tally.Numerators[cohort] ?? 0, tally.Denominators[cohort], tally.Ids);

    private static KindCriterion Shape(CriterionDescriptor criterion) =>
        new(criterion.Code, criterion.LowerIsBetter, criterion.CountRollUp == CountRollUp.DistinctIds, criterion.IdsName);

    /// <summary>The report's description of the criteria evaluated, in order.</summary>
    internal static ValueArray<ReportCriterion> Criteria(IReadOnlyList<CriterionDescriptor> criteria) => criteria.Select(ToReportCriterion).ToValueArray();

    private static ReportCriterion ToReportCriterion(CriterionDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new()
        {
            Code = descriptor.Code,
            Group = descriptor.Group,
            Kind = descriptor.Kind,
            Title = descriptor.Title,
            TitleEn = descriptor.TitleEn,
            LowerIsBetter = descriptor.LowerIsBetter,
            Source = descriptor.Source,
            Definition = descriptor.Definition,
        };
    }
}
