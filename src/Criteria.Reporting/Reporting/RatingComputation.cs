using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Profiles;

namespace Criteria.Reporting;

/// <summary>
/// The integral index of each college, exactly as docs/profile.md ("The rating") defines it: a score per
/// criterion from the college's result in the rating's cohort, weighted, summed as exact fractions and rounded
/// once; ranks by the rounded index among the colleges with enough coverage.
/// </summary>
internal static class RatingComputation
{
    /// <summary>Rates the colleges of a report.</summary>
    /// <param name="criteria">The report's criteria, in order.</param>
    /// <param name="colleges">The colleges' results, in input order.</param>
    /// <param name="settings">The rating's settings.</param>
    /// <param name="contingent">The contingent of a college (by position in <paramref name="colleges"/>) in a cohort.</param>
    /// <returns>The rating section.</returns>
    public static Rating Compute(IReadOnlyList<ReportCriterion> criteria, IReadOnlyList<CollegeResults> colleges, RatingSettings settings, Func<int, Cohort, long?> contingent)
    {
        var weights = criteria.Select(c => new CriterionWeight(c.Code, settings.WeightOf(c.Code))).ToValueArray();
        var weighted = new List<(ReportCriterion Criterion, Fraction Weight)>();
        var totalWeight = Fraction.Zero;
        for (var c = 0; c < criteria.Count; c++)
        {
            if (weights[c].Weight > ExactDecimal.Zero)
            {
                var weight = Fraction.Of(weights[c].Weight);
                weighted.Add((criteria[c], weight));
                totalWeight += weight;
            }
        }

        // Each criterion's scores for every college, criterion by criterion (a count's scale is the whole region's).
        var scores = new Fraction?[weighted.Count][];
        for (var w = 0; w < weighted.Count; w++)
        {
            scores[w] = Scores(weighted[w].Criterion, colleges, settings.Cohort, contingent);
        }

        var rated = new (decimal? Index, decimal Coverage, bool Ranked, ValueArray<RatingPart> Parts)[colleges.Count];
        var minCoverage = settings.MinCoverage.ToDecimal();
        for (var k = 0; k < colleges.Count; k++)
        {
            var sum = Fraction.Zero;
            var scoredWeight = Fraction.Zero;
            var parts = new RatingPart[weighted.Count];
            for (var w = 0; w < weighted.Count; w++)
            {
                var (criterion, weight) = weighted[w];
                var score = scores[w][k];
                if (score is { } s)
                {
                    sum += weight * s;
                    scoredWeight += weight;
                }

                parts[w] = new RatingPart(criterion.Code, settings.WeightOf(criterion.Code), score?.ToDouble());
            }

            var coverage = totalWeight.IsPositive ? scoredWeight / totalWeight : Fraction.Zero;
            decimal? index = scoredWeight.IsPositive ? (Fraction.Of(100, 1) * sum / scoredWeight).RoundHalfUp(2) : null;
            // The coverage as the report shows it decides the rank: a college shown with coverage 0.9 is ranked under minCoverage 0.9.
            var shown = coverage.RoundHalfUp(4);
            rated[k] = (index, shown, index is not null && shown >= minCoverage, ValueArray<RatingPart>.TakeOwnership(parts));
        }

        // Ranks: by the rounded index, descending; equal indexes share the smallest place of their group.
        var ranked = Enumerable.Range(0, colleges.Count).Where(k => rated[k].Ranked).OrderByDescending(k => rated[k].Index!.Value).ToArray(); // stable: input order within a tie
        var ranks = new int?[colleges.Count];
        for (var place = 0; place < ranked.Length; place++)
        {
            var k = ranked[place];
            ranks[k] = place > 0 && rated[ranked[place - 1]].Index == rated[k].Index ? ranks[ranked[place - 1]] : place + 1;
        }

        var order = ranked.Concat(Enumerable.Range(0, colleges.Count).Where(k => !rated[k].Ranked));
        return new Rating
        {
            Cohort = settings.Cohort,
            MinCoverage = settings.MinCoverage,
            Weights = weights,
            Colleges = order.Select(k => new CollegeRating(colleges[k].Id, rated[k].Index, ranks[k], rated[k].Coverage, rated[k].Parts)).ToValueArray(),
        };
    }

    private static Fraction?[] Scores(ReportCriterion criterion, IReadOnlyList<CollegeResults> colleges, Cohort cohort, Func<int, Cohort, long?> contingent)
    {
        var scores = new Fraction?[colleges.Count];
        var scale = Fraction.Zero; // a count's largest value per graduate over the colleges
        var perGraduate = criterion.Kind == CriterionKind.Count ? new Fraction?[colleges.Count] : null;
        var expected = cohort;
        var at = -1; // where the result sits in a college's list: every college's results are laid out alike
        for (var k = 0; k < colleges.Count; k++)
        {
            var results = colleges[k].Results;
            var (result, scoredCohort) = at >= 0 && at < results.Count && results[at].Code == criterion.Code && results[at].Cohort == expected
                ? (results[at], expected)
                : ResultIn(results, criterion.Code, cohort, out at);
            expected = scoredCohort;
            if (result is null || result.Status == ResultStatus.Error)
            {
                continue;
            }

            switch (criterion.Kind)
            {
                case CriterionKind.Presence:
                    scores[k] = result.Value.Kind == ResultValueKind.Flag ? (result.Value.Flag ? Fraction.One : Fraction.Zero) : null;
                    break;
                case CriterionKind.Match:
                    scores[k] = result.Status == ResultStatus.Met ? Fraction.One : Fraction.Zero;
                    break;
                case CriterionKind.Count:
                    if (result.Value.Kind == ResultValueKind.WholeNumber && contingent(k, scoredCohort) is > 0 and var graduates)
                    {
                        var value = Fraction.Of((long)result.Value.Number, graduates);
                        perGraduate![k] = value;
                        scale = value.CompareTo(scale) > 0 ? value : scale;
                    }

                    break;
                default: // share, checklist
                    scores[k] = result.Numerator is { } n && result.Denominator is > 0 and var d ? Fraction.Of(n, d) : null;
                    break;
            }
        }

        if (perGraduate is not null)
        {
            for (var k = 0; k < colleges.Count; k++)
            {
                scores[k] = scale.IsPositive && perGraduate[k] is { } value ? value / scale : null;
            }
        }

        if (criterion.LowerIsBetter)
        {
            for (var k = 0; k < colleges.Count; k++)
            {
                scores[k] = scores[k] is { } s ? Fraction.One - s : null;
            }
        }

        return scores;
    }

    /// <summary>A college's result of a criterion in a cohort, or in <c>all</c> when the criterion is not reported for that cohort.</summary>
    private static (CriterionResult? Result, Cohort Cohort) ResultIn(ValueArray<CriterionResult> results, string code, Cohort cohort, out int at)
    {
        at = -1;
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (result.Code != code)
            {
                continue;
            }

            if (result.Cohort == cohort)
            {
                at = i;
                return (result, cohort);
            }

            at = result.Cohort == Cohort.All && at < 0 ? i : at;
        }

        return at >= 0 ? (results[at], Cohort.All) : (null, Cohort.All);
    }
}
