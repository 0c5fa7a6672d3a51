using Criteria.Facts;

namespace Criteria.PropertyTests.Generators;

/// <summary>A dataset with data errors (duplicate ids, dangling references) that lenient mode evaluates.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="Damage">What was broken, for the failure message.</param>
public sealed record LenientDataset(Dataset Dataset, string Damage)
{
    /// <inheritdoc />
    public override string ToString() => $"{Damage}: {Dataset.Colleges.Count} colleges, {Dataset.Graduates.Count} graduates, {Dataset.Events.Count} events";
}
