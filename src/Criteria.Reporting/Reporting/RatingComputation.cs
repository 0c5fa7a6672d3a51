using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Profiles;

namespace Criteria.Reporting;

/// <summary>
/// The integral index of each college, exactly as docs/profile.md ("The rating") defines it: a score per
/// criterion from the college's result in the rating's cohort, weighted, summed and rounded once (in doubles,
/// and as exact fractions whenever a rounding is too close to call); ranks by the rounded index among the
/// colleges with enough coverage. With a <see cref="RatingCache"/> (live evaluation) a college whose results
/// are the same object as last time keeps its scores, and its rating while the counts' scales stay put.
/// </summary>
internal static class RatingComputation
{
    /// <summary>Rates the colleges of a report.</summary>
    /// <param name="criteria">The report's criteria, in order.</param>
    /// <param name="colleges">The colleges' results, in input order.</param>
    /// <param name="settings">The rating's settings.</param>
    /// <param name="contingent">The contingent of a college (by position in <paramref name="colleges"/>) in a cohort.</param>
    /// <param name="cache">What the last rating of the same criteria and settings left, or null.</param>
    /// <returns>The rating section.</returns>
    public static Rating Compute(
        IReadOnlyList<ReportCriterion> criteria,
        IReadOnlyList<CollegeResults> colleges,
        RatingSettings settings,
        Func<int, Cohort, long?> contingent,
        RatingCache? cache = null)
    {
        var plan = cache?.Plan is { } kept && kept.Fits(criteria, settings) ? kept : RatingPlan.Of(criteria, settings);
        var previous = cache?.Plan == plan ? cache.Entries : null;
        var entries = new RatingCache.Entry[colleges.Count];

        // The scores of every college: kept where its results are the same object, worked out where they moved.
        var at = new int[plan.Weighted.Count]; // where each criterion's result sits: every college's results are laid out alike
        Array.Fill(at, -1);
        for (var k = 0; k < colleges.Count; k++)
        {
            entries[k] = previous is not null && previous.TryGetValue(colleges[k].Id, out var entry) && ReferenceEquals(entry.Results, colleges[k]) && entry.Holds(k, contingent)
                ? entry
                : RatingCache.Entry.Of(colleges[k], plan, settings.Cohort, k, contingent, at);
        }

        // A count is scored per graduate against the largest value per graduate of the region: its scale.
        var scales = new (long Value, long Graduates)[plan.Weighted.Count];
        for (var w = 0; w < plan.Weighted.Count; w++)
        {
            if (plan.Weighted[w].Criterion.Kind != CriterionKind.Count)
            {
                continue;
            }

            (long Value, long Graduates) scale = (0, 1);
            foreach (var entry in entries)
            {
                var value = entry.PerGraduate[w];
                scale = value.Graduates > 0 && (Int128)value.Value * scale.Graduates > (Int128)scale.Value * value.Graduates ? value : scale;
            }

            scales[w] = scale;
        }

        var sameScales = cache?.Scales is { } before && before.AsSpan().SequenceEqual(scales);
        var rated = new CollegeRating[colleges.Count];
        for (var k = 0; k < colleges.Count; k++)
        {
            var entry = entries[k];
            if (entry.Rated is null || !sameScales)
            {
                entry = entries[k] = entry with { Rated = Rate(entry, plan, scales) };
            }

            rated[k] = entry.Rated!;
        }

        // Ranks: by the rounded index, descending (stable: input order within a tie); equal indexes share the
        // smallest place of their group. The coverage as the report shows it decides: 0.9 shown ranks under 0.9.
        var ranked = Enumerable.Range(0, colleges.Count)
            .Where(k => rated[k].Index is not null && (Profiles.ExactDecimal)rated[k].Coverage >= settings.MinCoverage) // exactly, every digit of minCoverage
            .OrderByDescending(k => rated[k].Index!.Value)
            .ToArray();
        var ranks = new int?[colleges.Count];
        for (var place = 0; place < ranked.Length; place++)
        {
            var k = ranked[place];
            ranks[k] = place > 0 && rated[ranked[place - 1]].Index == rated[k].Index ? ranks[ranked[place - 1]] : place + 1;
        }

        var isRanked = new bool[colleges.Count];
        Array.ForEach(ranked, k => isRanked[k] = true);
        var order = ranked.Concat(Enumerable.Range(0, colleges.Count).Where(k => !isRanked[k]));
        if (cache is not null)
        {
            cache.Plan = plan;
            cache.Scales = scales;
            cache.Entries = new Dictionary<string, RatingCache.Entry>(colleges.Count, StringComparer.Ordinal);
            for (var k = 0; k < colleges.Count; k++)
            {
                cache.Entries[colleges[k].Id] = entries[k];
            }
        }

        return new Rating
        {
            Cohort = settings.Cohort,
            MinCoverage = settings.MinCoverage,
            Weights = plan.Weights,
            Colleges = order.Select(k => rated[k].Rank == ranks[k] ? rated[k] : rated[k] with { Rank = ranks[k] }).ToValueArray(),
        };
    }

    /// <summary>A college's index, coverage and parts (its rank comes after, among all).</summary>
    private static CollegeRating Rate(RatingCache.Entry entry, RatingPlan plan, (long Value, long Graduates)[] scales)
    {
        // In doubles first (an error of ~1e-13); exact fractions only when a rounding is too close to call.
        var scores = new Score[plan.Weighted.Count];
        var sum = 0.0;
        var scoredWeight = 0.0;
        var parts = new RatingPart[plan.Weighted.Count];
        for (var w = 0; w < plan.Weighted.Count; w++)
        {
            var (criterion, weight, _, near) = plan.Weighted[w];
            var score = scores[w] = criterion.Kind == CriterionKind.Count ? PerGraduate(entry.PerGraduate[w], scales[w], criterion.LowerIsBetter) : entry.Scores[w];
            double? value = score.Has ? score.ToDouble() : null;
            if (value is { } s)
            {
                sum += near * s;
                scoredWeight += near;
            }

            parts[w] = new RatingPart(criterion.Code, weight, value);
        }

        var index = !plan.ExactOnly && scoredWeight > 0 ? RoundHalfUp(100 * sum / scoredWeight, 2) : null;
        var coverage = plan.ExactOnly ? null : plan.TotalNear > 0 ? RoundHalfUp(scoredWeight / plan.TotalNear, 4) : 0m;
        if (plan.ExactOnly || (scoredWeight > 0 && index is null) || coverage is null)
        {
            var exactSum = Fraction.Zero;
            var exactWeight = Fraction.Zero;
            for (var w = 0; w < plan.Weighted.Count; w++)
            {
                if (scores[w].Has)
                {
                    exactSum += plan.Weighted[w].Exact * scores[w].ToFraction();
                    exactWeight += plan.Weighted[w].Exact;
                }
            }

            index = exactWeight.IsPositive ? (Fraction.Of(100, 1) * exactSum / exactWeight).RoundHalfUp(2) : null;
            coverage = plan.Total.IsPositive ? (exactWeight / plan.Total).RoundHalfUp(4) : 0m;
        }

        return new CollegeRating(entry.Results.Id, index, null, coverage!.Value, ValueArray<RatingPart>.TakeOwnership(parts));
    }

    /// <summary>(v ÷ c) ÷ (V ÷ C) = v·C ÷ (c·V); none without graduates or a scale above 0.</summary>
    private static Score PerGraduate((long Value, long Graduates) value, (long Value, long Graduates) scale, bool lowerIsBetter)
    {
        var score = scale.Value > 0 && value.Graduates > 0
            ? Score.Of((Int128)value.Value * scale.Graduates, (Int128)value.Graduates * scale.Value)
            : default;
        return lowerIsBetter ? score.Complement() : score;
    }

    /// <summary>A fraction rounded half up to some decimals from its near double; null when the double is too close to a tie to tell.</summary>
    private static decimal? RoundHalfUp(double value, int decimals)
    {
        var units = value * Math.Pow(10, decimals);
        var fraction = units - Math.Floor(units);
        return !double.IsFinite(units) || Math.Abs(units) > 1e15 || Math.Abs(fraction - 0.5) < 1e-6 ? null : (decimal)Math.Floor(units + 0.5) / (decimal)Math.Pow(10, decimals);
    }
}
