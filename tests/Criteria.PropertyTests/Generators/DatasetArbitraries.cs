using Criteria.Facts;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests.Generators;

/// <summary>The arbitraries the properties use: <c>[Property(Arbitrary = [typeof(DatasetArbitraries)])]</c>.</summary>
public static class DatasetArbitraries
{
    public static Arbitrary<Dataset> Dataset() => Arb.From(DatasetGenerators.Dataset);

    public static Arbitrary<LiveChange[]> LiveChanges() => Arb.From(LiveChangeGenerators.Changes);

    public static Arbitrary<Mutation[]> Mutations() => MutationGenerators.Mutations();
}
