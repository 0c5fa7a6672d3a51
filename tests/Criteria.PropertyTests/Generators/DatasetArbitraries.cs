using Criteria.Facts;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests.Generators;

/// <summary>The arbitraries the properties use: <c>[Property(Arbitrary = [typeof(DatasetArbitraries)])]</c>.</summary>
public static class DatasetArbitraries
{
    public static Arbitrary<Dataset> Dataset() => Arb.From(DatasetGenerators.Dataset);

    /// <summary>Profiles at the edges: windows, overlapping status sets, checklists, targets.</summary>
    public static Arbitrary<Criteria.Profiles.EvaluationProfile> Profile() => Arb.From(ProfileGenerators.Profile);

    /// <summary>Profiles with colleges' own targets and a rating (docs/profile.md).</summary>
    public static Arbitrary<ExpectationProfile> Expectations() => Arb.From(ExpectationProfileGenerators.Profile);

    /// <summary>Datasets with data errors, for lenient mode.</summary>
    public static Arbitrary<LenientDataset> Lenient() => Arb.From(LenientDatasetGenerators.Dataset);

    public static Arbitrary<LiveChange[]> LiveChanges() => Arb.From(LiveChangeGenerators.Changes);

    public static Arbitrary<Mutation[]> Mutations() => MutationGenerators.Mutations();

    /// <summary>Edits that keep a document valid.</summary>
    public static Arbitrary<HarmlessEdit[]> HarmlessEdits() => MutationGenerators.HarmlessEdits();
}
