using Criteria.Catalog;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Rules.Tests.Expectations;

/// <summary>
/// The rating of the worked example, computed by hand from its figures (docs/profile.md, "The rating"):
/// c1's 24 scores sum to 333/24 (index 100·333/576 = 57.8125 → 57.81), c2 has 19 scores summing to 6
/// (index 600/19 = 31.578… → 31.58, coverage 19/24 = 0.79166… → 0.7917).
/// </summary>
public sealed class RatingTests
{
    private static readonly string Data = File.ReadAllText(Evaluation.SamplePath("small-region.json"));

    private static Rating Rate(RatingSettings settings) =>
        Evaluation.Evaluate(Data, EvaluationProfile.Default with { Rating = settings }).Rating!;

    private static RatingSettings Weights(params (string Code, decimal Weight)[] weights) =>
        new() { Weights = weights.ToDictionary(w => w.Code, w => (ExactDecimal)w.Weight) };

    [Fact]
    public void Default_weights_give_the_hand_computed_indexes_coverages_and_ranks()
    {
        var rating = Rate(RatingSettings.Default);

        Assert.Equal(["c1", "c2"], rating.Colleges.Select(c => c.CollegeId));
        var (c1, c2) = (rating.Colleges[0], rating.Colleges[1]);
        Assert.Equal((57.81m, 1, 1m), (c1.Index, c1.Rank, c1.Coverage));
        Assert.Equal((31.58m, 2, 0.7917m), (c2.Index, c2.Rank, c2.Coverage));
        Assert.Equal(24, rating.Weights.Count);
        Assert.All(rating.Weights, w => Assert.Equal(ExactDecimal.One, w.Weight));
    }

    [Theory]
    [InlineData("c1", "1.2", 0.875)] // a checklist: 7 of 8 items
    [InlineData("c1", "3.3", 2.0 / 3)] // a count per graduate: 2 employers ÷ 3 graduates, against c2's 1 ÷ 1
    [InlineData("c2", "3.3", 1.0)]
    [InlineData("c1", "5.5", 1.0)] // 1 ÷ 3 is the largest per graduate: it scores 1
    [InlineData("c2", "5.5", 0.0)]
    [InlineData("c1", "5.9", 2.0 / 3)] // lower is better: 1 − 1/3
    [InlineData("c2", "5.10", 1.0)] // lower is better: 1 − 0
    [InlineData("c1", "5.1", 1.0)] // a match met
    [InlineData("c2", "5.1", 0.0)] // a match with no СПО-1 count: 0, not left out
    [InlineData("c2", "1.1", 0.0)] // a presence: no
    public void Each_part_is_scored_as_its_kind_says(string college, string code, double score)
    {
        var part = Rate(RatingSettings.Default).Colleges.Single(c => c.CollegeId == college).Parts.Single(p => p.Code == code);
        Assert.Equal(score, part.Score);
    }

    [Theory]
    [InlineData("3.4")]
    [InlineData("3.7")]
    [InlineData("4.1")]
    [InlineData("4.2")]
    [InlineData("5.2")]
    public void A_share_with_no_data_has_no_score_and_lowers_the_coverage(string code) =>
        Assert.Null(Rate(RatingSettings.Default).Colleges.Single(c => c.CollegeId == "c2").Parts.Single(p => p.Code == code).Score);

    [Fact]
    public void Equal_indexes_share_a_rank_and_keep_the_input_order()
    {
        // c1: 5.1 met (1) + 5.8 (0) → 50; c2: 5.1 no data (0) + 5.8 1 of 1 → 50.
        var rating = Rate(Weights(("5.1", 1), ("5.8", 1)));

        Assert.Equal([("c1", 50m, 1), ("c2", 50m, 1)], rating.Colleges.Select(c => (c.CollegeId, c.Index!.Value, c.Rank!.Value)));
        Assert.Equal([new RatingPart("5.1", 1, 1), new RatingPart("5.8", 1, 0)], rating.Colleges[0].Parts);
    }

    [Fact]
    public void A_college_below_the_minimum_coverage_has_an_index_but_no_rank_and_comes_last()
    {
        // c2 has 3.2 (1 of 1) but no data on 3.4: index 100 on half the weight; c1: (1/2 + 1/3) ÷ 2 = 41.666… → 41.67.
        var rating = Rate(Weights(("3.4", 1), ("3.2", 1)) with { MinCoverage = 0.6m });

        Assert.Equal(["c1", "c2"], rating.Colleges.Select(c => c.CollegeId));
        Assert.Equal((41.67m, 1, 1m), (rating.Colleges[0].Index, rating.Colleges[0].Rank, rating.Colleges[0].Coverage));
        Assert.Equal((100m, (int?)null, 0.5m), (rating.Colleges[1].Index, rating.Colleges[1].Rank, rating.Colleges[1].Coverage));
    }

    [Fact]
    public void Weights_weigh_and_a_code_left_out_weighs_nothing()
    {
        // c1: (3·1/3 + 1·2/3) ÷ 4 = 5/12 → 41.67; c2: (3·0 + 1·0) ÷ 4 → 0.
        var rating = Rate(Weights(("2.1", 3), ("2.2", 1.0m)));

        Assert.Equal(41.67m, rating.Colleges[0].Index);
        Assert.Equal(0m, rating.Colleges[1].Index);
        Assert.Equal(["2.1", "2.2"], rating.Colleges[0].Parts.Select(p => p.Code));
        Assert.Equal(ExactDecimal.Zero, rating.Weights.Single(w => w.Code == "1.1").Weight);
    }

    [Fact]
    public void A_cohort_scores_its_own_results_and_falls_back_to_all_where_a_criterion_has_none()
    {
        // The disabled cohort: c1 has one disabled graduate, registered (2.1: 1 of 1); 1.1 is reported for all only.
        var rating = Rate(Weights(("2.1", 1), ("1.1", 1)) with { Cohort = Cohort.Disabled });
        var c1 = rating.Colleges.Single(c => c.CollegeId == "c1");

        Assert.Equal(Cohort.Disabled, rating.Cohort);
        Assert.Equal([1.0, 1.0], c1.Parts.Select(p => p.Score!.Value));
        Assert.Equal(100m, c1.Index);
    }

    [Fact]
    public void The_rating_section_is_written_after_the_region_results_with_every_member_present_and_read_back()
    {
        var report = Evaluation.Evaluate(Data, EvaluationProfile.Default with { Rating = Weights(("3.4", 1), ("3.2", 2.0m)) with { MinCoverage = 0.9m } });
        var json = ReportWriter.ToJson(report);

        Assert.True(json.IndexOf("\"regionResults\"", StringComparison.Ordinal) < json.IndexOf("\"rating\"", StringComparison.Ordinal));
        Assert.True(json.IndexOf("\"rating\"", StringComparison.Ordinal) < json.IndexOf("\"findings\"", StringComparison.Ordinal));
        Assert.Contains("\"3.2\": 2,", json, StringComparison.Ordinal); // the shortest form: 2.0 is written 2
        Assert.Contains("\"rank\": null", json, StringComparison.Ordinal); // c2's coverage is 2/3
        Assert.Contains("\"minCoverage\": 0.9,", json, StringComparison.Ordinal);
        Assert.Contains("\"score\": null", json, StringComparison.Ordinal);
        Assert.Equal(report, ReportReader.Parse(json));
    }

    [Fact]
    public void Without_a_rating_in_the_profile_the_report_has_none()
    {
        var report = Evaluation.Evaluate(Data);
        Assert.Null(report.Rating);
        Assert.DoesNotContain("\"rating\"", ReportWriter.ToJson(report), StringComparison.Ordinal);
    }
}
