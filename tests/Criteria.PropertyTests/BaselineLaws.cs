using Criteria.Benchmarks.Baseline;
using Criteria.Facts;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests;

/// <summary>The benchmarks' hand-written baseline computes the library's numbers: the comparison is fair.</summary>
public sealed class BaselineLaws
{
    [Law]
    public Property Baseline_gives_the_library_numbers(Dataset dataset)
    {
        var expected = ReportNumbers.Sorted(ReportNumbers.From(Laws.Evaluate(dataset)));
        var actual = ReportNumbers.Sorted(HandWrittenEvaluator.Evaluate(dataset));
        var first = expected.Zip(actual).FirstOrDefault(p => p.First != p.Second);
        return (expected.Count == actual.Count && first == default).Label($"library {first.First}, baseline {first.Second} ({expected.Count} vs {actual.Count} numbers)");
    }
}
