using Criteria.Facts;
using Criteria.Json;
using Criteria.PropertyTests.Generators;
using FsCheck.Xunit;

namespace Criteria.PropertyTests;

/// <summary>What the library writes, it reads back equal: extensions, Cyrillic and edge cases included.</summary>
public sealed class JsonRoundTripProperties
{
    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 300)]
    public bool A_written_dataset_reads_back_equal(Dataset dataset)
    {
        var result = DatasetReader.Read(DatasetWriter.ToUtf8Bytes(dataset));
        return result.Dataset == dataset && result.Findings.IsEmpty;
    }

    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 100)]
    public bool Indented_and_compact_output_read_back_the_same(Dataset dataset) =>
        DatasetReader.Parse(DatasetWriter.ToJson(dataset, indented: true)).Dataset
        == DatasetReader.Read(DatasetWriter.ToUtf8Bytes(dataset)).Dataset;

    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 100)]
    public bool Writing_is_deterministic(Dataset dataset) =>
        DatasetWriter.ToJson(dataset) == DatasetWriter.ToJson(DatasetReader.Parse(DatasetWriter.ToJson(dataset)).Dataset);
}
