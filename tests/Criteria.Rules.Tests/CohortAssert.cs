using Criteria.Catalog;
using Criteria.Reporting;

namespace Criteria.Rules.Tests;

/// <summary>Asserts a criterion's numerator and denominator in every cohort at once, with a readable message.</summary>
internal static class CohortAssert
{
    public static void Ratios(
        Report report,
        string college,
        string code,
        (long N, long D) all,
        (long N, long D) inclusive,
        (long N, long D) disabled,
        (long N, long D) disabledChild,
        (long N, long D) limitedHealth)
    {
        var expected = new[] { all, inclusive, disabled, disabledChild, limitedHealth };
        var actual = Cohorts.Graduate.Select(c => report.Result(college, code, c)).Select(r => (r.Numerator ?? -1, r.Denominator ?? -1)).ToArray();
        Assert.True(
            expected.SequenceEqual(actual),
            $"{code} of {college}: expected {string.Join(" ", expected)}, got {string.Join(" ", actual)} (all, inclusive, disabled, disabledChild, limitedHealth)");
        foreach (var cohort in Cohorts.Graduate)
        {
            var result = report.Result(college, code, cohort);
            if (result.Denominator == 0)
            {
                Assert.Equal(ResultValue.None, result.Value);
                Assert.Equal(ResultStatus.NoData, result.Status);
            }
            else
            {
                Assert.Equal((double)result.Numerator!.Value / result.Denominator!.Value, result.Value.Number);
            }
        }
    }
}
