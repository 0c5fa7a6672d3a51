using Criteria.Catalog;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Core.Tests.Reporting;

/// <summary>
/// The rating rounds exact fractions half up, however close a double comes to the tie: 100 · 201/20000 is
/// 1.005 exactly (100.4999… hundredths as doubles) and is 1.01; a coverage of 0.12345 is 0.1235.
/// </summary>
public sealed class RatingRoundingTests
{
    private static ReportCriterion Share(string code, bool lowerIsBetter = false) => new()
    {
        Code = code, Group = 2, Kind = CriterionKind.Share, Title = code, TitleEn = code, LowerIsBetter = lowerIsBetter, Source = "test", Definition = code,
    };

    private static CriterionResult Result(string code, long numerator, long denominator) => new()
    {
        Code = code, Cohort = Cohort.All, HasRatio = true, Numerator = numerator, Denominator = denominator,
        Value = ResultValue.Fraction(numerator, denominator), Status = denominator == 0 ? ResultStatus.NoData : ResultStatus.NoTarget,
    };

    private static Rating Rate(ReportCriterion[] criteria, RatingSettings settings, params CriterionResult[][] colleges) =>
        RatingComputation.Compute(
            criteria,
            [.. colleges.Select((results, i) => new CollegeResults($"c{i + 1}", null, [.. results]))],
            settings,
            (_, _) => 100);

    [Fact]
    public void An_index_exactly_halfway_rounds_up_though_its_double_is_just_below()
    {
        Assert.Equal(1.00, Math.Floor((100.0 * 201 / 20000 * 100) + 0.5) / 100); // rounding the double misses the tie: 100.4999… hundredths
        var rating = Rate([Share("2.1")], RatingSettings.Default, [Result("2.1", 201, 20000)], [Result("2.1", 2469, 20000)]);
        Assert.Equal([1.01m, 12.35m], rating.Colleges.Select(c => c.Index!.Value).Order());
    }

    [Fact]
    public void A_coverage_exactly_halfway_rounds_up_and_decides_the_rank_as_shown()
    {
        var settings = new RatingSettings
        {
            Weights = new Dictionary<string, ExactDecimal> { ["2.1"] = ExactDecimal.Parse("0.12345"), ["2.2"] = ExactDecimal.Parse("0.87655") },
            MinCoverage = ExactDecimal.Parse("0.1235"),
        };
        var rating = Rate([Share("2.1"), Share("2.2")], settings, [Result("2.1", 1, 2), Result("2.2", 0, 0)]);

        Assert.Equal(0.1235m, rating.Colleges[0].Coverage); // 0.12345 → 0.1235, half up
        Assert.Equal(1, rating.Colleges[0].Rank); // shown 0.1235 ≥ 0.1235
        Assert.Equal(50m, rating.Colleges[0].Index);
    }

    [Fact]
    public void A_lower_is_better_share_scores_its_complement_exactly()
    {
        var rating = Rate([Share("5.9", lowerIsBetter: true)], RatingSettings.Default, [Result("5.9", 1, 3)], [Result("5.9", 0, 7)]);

        Assert.Equal(2.0 / 3, rating.Colleges[1].Parts[0].Score);
        Assert.Equal(["c2", "c1"], rating.Colleges.Select(c => c.CollegeId));
        Assert.Equal((100m, 66.67m), (rating.Colleges[0].Index!.Value, rating.Colleges[1].Index!.Value));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("1e-400")]
    [InlineData("123456789012345678901234567890123")]
    public void Weights_a_double_cannot_hold_weigh_exactly(string weight)
    {
        var settings = new RatingSettings { Weights = new Dictionary<string, ExactDecimal> { ["2.1"] = ExactDecimal.Parse(weight), ["2.2"] = ExactDecimal.Parse(weight) } };
        var rating = Rate([Share("2.1"), Share("2.2")], settings, [Result("2.1", 1, 3), Result("2.2", 1, 2)]);

        Assert.Equal((41.67m, 1m, 1), (rating.Colleges[0].Index!.Value, rating.Colleges[0].Coverage, rating.Colleges[0].Rank!.Value)); // (1/3 + 1/2) ÷ 2
    }

    [Fact]
    public void A_big_fraction_is_the_nearest_double_of_its_value()
    {
        var random = new Random(17);
        for (var i = 0; i < 2000; i++)
        {
            var (n, d) = (random.NextInt64(0, 1L << 53), random.NextInt64(1, 1L << 53));
            var scaled = new Fraction(new System.Numerics.BigInteger(n) << 40, new System.Numerics.BigInteger(d) << 40); // not reduced: the big path
            Assert.Equal((double)n / d, scaled.ToDouble()); // both exact: IEEE division is the nearest double
        }
    }

    [Fact]
    public void The_minimum_coverage_is_compared_with_every_digit()
    {
        var settings = new RatingSettings
        {
            Weights = new Dictionary<string, ExactDecimal> { ["2.1"] = 1, ["2.2"] = 1 },
            MinCoverage = ExactDecimal.Parse("0.50000000000000000000000000000001"),
        };
        var rating = Rate([Share("2.1"), Share("2.2")], settings, [Result("2.1", 1, 3), Result("2.2", 0, 0)]);
        Assert.Null(rating.Colleges[0].Rank); // coverage 0.5 is below 0.5000…01
    }
}
