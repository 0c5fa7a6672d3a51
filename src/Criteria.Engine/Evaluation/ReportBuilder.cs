using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
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
            var collegeResults = new CriterionResult[colleges.Count];
            for (var i = 0; i < colleges.Count; i++)
            {
                collegeResults[i] = table[i][row] = isFailed ? Failed(criterion, cohort, profile) : College(criterion, cohort, grid[c][i], profile);
            }

            region[row] = isFailed ? Failed(criterion, cohort, profile, region: true) : Region(criterion, cohort, collegeResults, profile);
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

        return new Report
        {
            Catalog = catalogId,
            Region = dataset.Region,
            Period = dataset.Period,
            Criteria = criteria.Select(ToReportCriterion).ToValueArray(),
            Colleges = colleges.Select((c, i) => new CollegeResults(c.Id, c.College.Name, ValueArray<CriterionResult>.TakeOwnership(table[i]))).ToValueArray(),
            RegionResults = ValueArray<CriterionResult>.TakeOwnership(region),
            Findings = FindingOrder.Sort(findings, DocumentLayout.Of(dataset)).ToValueArray(),
        };
    }

    /// <summary>
    /// The result of a criterion whose rule failed: no value, status <c>error</c>. The numerator and the
    /// denominator are still written (as null) where the report contract says they are always present
    /// (shares, checklists and matches, and every region result of a presence criterion), and the target
    /// where the profile sets one, so that a reader sees what the result would have been held to.
    /// </summary>
    internal static CriterionResult Failed(CriterionDescriptor criterion, Cohort cohort, EvaluationProfile profile, bool region = false) => new()
    {
        Code = criterion.Code,
        Cohort = cohort,
        HasRatio = criterion.Kind is CriterionKind.Share or CriterionKind.Checklist or CriterionKind.Match
            || (region && criterion.Kind == CriterionKind.Presence),
        Target = region ? Region(criterion, cohort, [], profile).Target : College(criterion, cohort, null, profile).Target,
        Status = ResultStatus.Error,
    };

    internal static CriterionResult College(CriterionDescriptor criterion, Cohort cohort, CriterionTally? tally, EvaluationProfile profile)
    {
        var numerator = tally?.Numerators[cohort] ?? 0;
        var denominator = tally?.Denominators[cohort] ?? 0;
        var target = profile.Targets.TryGetValue(criterion.Code, out var t) ? t : (ExactDecimal?)null;
        switch (criterion.Kind)
        {
            case CriterionKind.Share:
                return Share(criterion, cohort, numerator, denominator, target);

            case CriterionKind.Count:
                var count = criterion.CountRollUp == CountRollUp.DistinctIds ? tally?.Ids.Count ?? 0 : numerator;
                var countTarget = cohort == Cohort.All ? target : null;
                return new CriterionResult
                {
                    Code = criterion.Code,
                    Cohort = cohort,
                    Value = ResultValue.Of(count),
                    Ids = criterion.CountRollUp == CountRollUp.DistinctIds ? tally?.Ids ?? ValueArray<string>.Empty : null,
                    IdsName = criterion.IdsName,
                    Target = countTarget,
                    Status = countTarget is { } ct ? Status(Meets(count, 1, ct, criterion.LowerIsBetter)) : ResultStatus.NoTarget,
                };

            case CriterionKind.Presence:
                return new CriterionResult
                {
                    Code = criterion.Code,
                    Cohort = cohort,
                    Value = ResultValue.Of(numerator > 0),
                    Status = Status(numerator > 0),
                };

            case CriterionKind.Checklist:
                return Ratio(criterion, cohort, numerator, denominator, Status(denominator > 0 && numerator == denominator));

            case CriterionKind.Match:
                var expected = tally?.Denominators[cohort];
                return Ratio(criterion, cohort, numerator, expected, expected is null ? ResultStatus.NoData : Status(numerator == expected));

            default:
                throw new InvalidOperationException($"Criterion {criterion.Code} has an unknown kind {criterion.Kind}.");
        }
    }

    internal static CriterionResult Region(CriterionDescriptor criterion, Cohort cohort, CriterionResult[] colleges, EvaluationProfile profile)
    {
        var target = profile.RegionTargets.TryGetValue(criterion.Code, out var rt) ? rt
            : criterion.Kind != CriterionKind.Count && profile.Targets.TryGetValue(criterion.Code, out var t) ? t
            : (ExactDecimal?)null;
        switch (criterion.Kind)
        {
            case CriterionKind.Share:
                return Share(criterion, cohort, colleges.Sum(c => c.Numerator ?? 0), colleges.Sum(c => c.Denominator ?? 0), target);

            case CriterionKind.Count:
                var distinct = criterion.CountRollUp == CountRollUp.DistinctIds
                    ? colleges.SelectMany(c => c.Ids ?? ValueArray<string>.Empty).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToValueArray()
                    : (ValueArray<string>?)null;
                var count = distinct?.Count ?? colleges.Sum(c => (long)c.Value.Number);
                var countTarget = cohort == Cohort.All ? target : null;
                return new CriterionResult
                {
                    Code = criterion.Code,
                    Cohort = cohort,
                    Value = ResultValue.Of(count),
                    Ids = distinct,
                    IdsName = criterion.IdsName,
                    Target = countTarget,
                    Status = countTarget is { } ct ? Status(Meets(count, 1, ct, criterion.LowerIsBetter)) : ResultStatus.NoTarget,
                };

            case CriterionKind.Presence:
            case CriterionKind.Checklist:
                long met = colleges.Count(c => c.Status == ResultStatus.Met);
                var all = (long)colleges.Length;
                var presenceStatus = all == 0 ? ResultStatus.NoData : target is { } pt ? Status(Meets(met, all, pt, criterion.LowerIsBetter)) : ResultStatus.NoTarget;
                return Ratio(criterion, cohort, met, all, presenceStatus, target);

            case CriterionKind.Match:
                var a = colleges.Sum(c => c.Numerator ?? 0);
                long? b = colleges.All(c => c.Denominator is not null) ? colleges.Sum(c => c.Denominator!.Value) : null;
                var matchStatus = colleges.Any(c => c.Status == ResultStatus.NotMet) ? ResultStatus.NotMet
                    : colleges.Any(c => c.Status == ResultStatus.NoData) ? ResultStatus.NoData
                    : ResultStatus.Met;
                return Ratio(criterion, cohort, a, b, matchStatus);

            default:
                throw new InvalidOperationException($"Criterion {criterion.Code} has an unknown kind {criterion.Kind}.");
        }
    }

    private static CriterionResult Share(CriterionDescriptor criterion, Cohort cohort, long numerator, long denominator, ExactDecimal? target) =>
        Ratio(
            criterion,
            cohort,
            numerator,
            denominator,
            denominator == 0 ? ResultStatus.NoData : target is { } t ? Status(Meets(numerator, denominator, t, criterion.LowerIsBetter)) : ResultStatus.NoTarget,
            target);

    /// <summary>A result with a numerator and a denominator; its value is their fraction, or none without a positive denominator.</summary>
    private static CriterionResult Ratio(CriterionDescriptor criterion, Cohort cohort, long numerator, long? denominator, ResultStatus status, ExactDecimal? target = null) => new()
    {
        Code = criterion.Code,
        Cohort = cohort,
        HasRatio = true,
        Numerator = numerator,
        Denominator = denominator,
        Value = denominator is > 0 ? ResultValue.Fraction(numerator, denominator.Value) : ResultValue.None,
        Target = target,
        Status = status,
    };

    /// <summary>
    /// numerator ÷ denominator against an exact decimal target m ÷ 10^s, compared in whole numbers with no
    /// rounding: 10^s·n ≥ m·d (≤ when lower is better), whatever the number of the target's digits.
    /// </summary>
    internal static bool Meets(long numerator, long denominator, ExactDecimal target, bool lowerIsBetter)
    {
        var order = target.CompareToFraction(numerator, denominator); // the sign of target − fraction
        return lowerIsBetter ? order >= 0 : order <= 0;
    }

    private static ResultStatus Status(bool met) => met ? ResultStatus.Met : ResultStatus.NotMet;

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
