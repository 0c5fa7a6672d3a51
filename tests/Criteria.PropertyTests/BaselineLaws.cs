using Criteria.Benchmarks.Baseline;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Profiles;
using Criteria.PropertyTests.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests;

/// <summary>The benchmarks' hand-written baseline computes the library's numbers: the comparison is fair.</summary>
public sealed class BaselineLaws
{
    [Law]
    public Property Baseline_gives_the_library_numbers(Dataset dataset) => Same(dataset, profile: null, EvaluationMode.Strict);

    [Law]
    public Property Baseline_gives_the_library_numbers_statuses_and_targets_under_any_profile(Dataset dataset, EvaluationProfile profile) =>
        Same(dataset, profile, EvaluationMode.Strict);

    [Law]
    public Property Baseline_reads_data_errors_as_lenient_mode_does(LenientDataset lenient, EvaluationProfile profile) =>
        Same(lenient.Dataset, profile, EvaluationMode.Lenient).Label(lenient.ToString());

    private static Property Same(Dataset dataset, EvaluationProfile? profile, EvaluationMode mode)
    {
        var expected = ReportNumbers.Sorted(ReportNumbers.From(Laws.Evaluate(dataset, profile, mode)));
        var actual = ReportNumbers.Sorted(HandWrittenEvaluator.Evaluate(dataset, profile));
        var first = expected.Zip(actual).FirstOrDefault(p => p.First != p.Second);
        return (expected.Count == actual.Count && first == default).Label($"library {first.First}, baseline {first.Second} ({expected.Count} vs {actual.Count} results)");
    }
}
