using Criteria.Samples;

namespace Criteria.Benchmarks;

/// <summary>The scales measured: a region (55 colleges, 20,000 graduates) and the federation (3,600 colleges, 1,000,000 graduates).</summary>
public static class Scale
{
    public static SampleDatasetOptions Of(string name) => name switch
    {
        "region" => new SampleDatasetOptions { Colleges = 55, Graduates = 20_000, Seed = 2023 },
        "federal" => new SampleDatasetOptions { Colleges = 3_600, Graduates = 1_000_000, Seed = 2023 },
        _ => throw new ArgumentException($"Unknown scale '{name}': region or federal.", nameof(name)),
    };
}
