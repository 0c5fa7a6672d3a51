using Criteria.Facts;

namespace Criteria.Evaluation.Live;

/// <summary>The live records as a snapshot took them under the writer's lock; made into a dataset after it.</summary>
/// <param name="Colleges">The colleges.</param>
/// <param name="Employers">The employers.</param>
/// <param name="Events">The events.</param>
/// <param name="Graduates">The graduates.</param>
internal sealed record FrozenRecords(
    FrozenSection<College> Colleges,
    FrozenSection<Employer> Employers,
    FrozenSection<CareerEvent> Events,
    FrozenSection<Graduate> Graduates)
{
    /// <summary>The records as a dataset, in the order they were first added.</summary>
    public Dataset ToDataset(string? region, Period period) => new()
    {
        Region = region,
        Period = period,
        Colleges = Colleges.ToValueArray(),
        Employers = Employers.ToValueArray(),
        Events = Events.ToValueArray(),
        Graduates = Graduates.ToValueArray(),
    };
}
