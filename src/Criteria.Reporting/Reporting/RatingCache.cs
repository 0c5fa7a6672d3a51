using Criteria.Catalog;

namespace Criteria.Reporting;

/// <summary>
/// What a rating leaves for the next one over the same criteria and settings (a live evaluation's next snapshot):
/// each college's scores, kept while its results are the same object, and its rating, kept while the counts'
/// scales stay put too. Not thread-safe: one rating at a time (the live evaluation's writer lock).
/// </summary>
internal sealed class RatingCache
{
    public RatingPlan? Plan { get; set; }

    public (long Value, long Graduates)[]? Scales { get; set; }

    public Dictionary<string, Entry>? Entries { get; set; }

    /// <summary>A college's scores: for a count its value and graduates (scored against the region's scale), for the rest the score.</summary>
    /// <param name="Results">The college's results the scores come from.</param>
    /// <param name="Scores">The score of each weighted criterion but the counts.</param>
    /// <param name="PerGraduate">Each count's value and the graduates it is divided by (graduates 0: no score).</param>
    /// <param name="Contingents">The cohorts and contingents the counts were scored with.</param>
    /// <param name="Rated">The college's rating from these scores, once made.</param>
    internal sealed record Entry(CollegeResults Results, Score[] Scores, (long Value, long Graduates)[] PerGraduate, (Cohort Cohort, long? Graduates)[] Contingents, CollegeRating? Rated)
    {
        /// <summary>Whether the college's contingents are still those its counts were scored with (a graduate can join a cohort without moving a count).</summary>
        public bool Holds(int k, Func<int, Cohort, long?> contingent)
        {
            foreach (var (cohort, graduates) in Contingents)
            {
                if (contingent(k, cohort) != graduates)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Scores a college's results.</summary>
        /// <param name="college">The college's results.</param>
        /// <param name="plan">The weights.</param>
        /// <param name="cohort">The rating's cohort.</param>
        /// <param name="k">The college's position.</param>
        /// <param name="contingent">The contingent of a college by position, in a cohort.</param>
        /// <param name="at">Where each criterion's result was in the last college's list (kept up to date).</param>
        public static Entry Of(CollegeResults college, RatingPlan plan, Cohort cohort, int k, Func<int, Cohort, long?> contingent, int[] at)
        {
            var scores = new Score[plan.Weighted.Count];
            var perGraduate = new (long, long)[plan.Weighted.Count];
            var contingents = new List<(Cohort, long?)>();
            var results = college.Results;
            for (var w = 0; w < plan.Weighted.Count; w++)
            {
                var criterion = plan.Weighted[w].Criterion;
                var (result, scored) = Find(results, criterion.Code, cohort, ref at[w]);
                if (result is null || result.Status == ResultStatus.Error)
                {
                    continue;
                }

                Score score = default;
                switch (criterion.Kind)
                {
                    case CriterionKind.Presence:
                        score = result.Value.Kind == ResultValueKind.Flag ? new Score(result.Value.Flag ? 1 : 0, 1) : default;
                        break;
                    case CriterionKind.Match:
                        score = new Score(result.Status == ResultStatus.Met ? 1 : 0, 1);
                        break;
                    case CriterionKind.Count:
                        var graduatesNow = contingent(k, scored);
                        contingents.Add((scored, graduatesNow));
                        perGraduate[w] = result.Value.Kind == ResultValueKind.WholeNumber && graduatesNow is > 0 and var graduates
                            ? ((long)result.Value.Number, graduates)
                            : (0, 0);
                        continue;
                    default: // share, checklist
                        score = result.Numerator is { } n && result.Denominator is > 0 and var d ? new Score(n, d) : default;
                        break;
                }

                scores[w] = criterion.LowerIsBetter ? score.Complement() : score;
            }

            return new Entry(college, scores, perGraduate, [.. contingents], null);
        }

        /// <summary>A result of a criterion in a cohort, or in <c>all</c> when the criterion is not reported for that cohort; looked for where it was last.</summary>
        private static (CriterionResult? Result, Cohort Cohort) Find(Collections.ValueArray<CriterionResult> results, string code, Cohort cohort, ref int at)
        {
            if (at >= 0 && at < results.Count && results[at].Code == code && (results[at].Cohort == cohort || results[at].Cohort == Cohort.All))
            {
                var there = results[at];
                if (there.Cohort == cohort || cohort == Cohort.All || !Reports(results, at, code, cohort))
                {
                    return (there, there.Cohort);
                }
            }

            var all = -1;
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Code != code)
                {
                    continue;
                }

                if (results[i].Cohort == cohort)
                {
                    at = i;
                    return (results[i], cohort);
                }

                all = results[i].Cohort == Cohort.All && all < 0 ? i : all;
            }

            at = all;
            return all >= 0 ? (results[all], Cohort.All) : (null, Cohort.All);
        }

        /// <summary>Whether the criterion whose <c>all</c> result is at <paramref name="all"/> is reported for a cohort too (its cohorts follow <c>all</c>).</summary>
        private static bool Reports(Collections.ValueArray<CriterionResult> results, int all, string code, Cohort cohort)
        {
            for (var i = all + 1; i < results.Count && results[i].Code == code; i++)
            {
                if (results[i].Cohort == cohort)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
