using Criteria.Catalog;
using Criteria.Profiles;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests.Generators;

/// <summary>
/// Profiles with <c>collegeTargets</c> and <c>rating</c> on top of <see cref="ProfileGenerators.Profile"/>: own targets
/// for some of the generated colleges (c1…c4) and for colleges no dataset has, at the edges of their ranges;
/// ratings with every weight 1, with a few weights (0, decimals, large), in any cohort, with any minimum coverage.
/// </summary>
public static class ExpectationProfileGenerators
{
    private static readonly string[] CollegeIds = ["c1", "c2", "c3", "c4", "c9", "ПОО 7"];

    private static readonly string[] WeightTexts = ["0", "1", "2", "0.5", "1.5", "3", "0.333", "10", "1000000"];

    public static Gen<ExactDecimal> Weight => Gen.OneOf(Gen.Elements(WeightTexts).Select(ExactDecimal.Parse), Gen.Choose(0, 20).Select(n => (ExactDecimal)(long)n));

    public static Gen<ExactDecimal> Coverage => Gen.OneOf(
        Gen.Elements("0", "0.5", "0.9", "1", "0.75", "0.33333").Select(ExactDecimal.Parse),
        Gen.Choose(0, 100).Select(k => (ExactDecimal)(k / 100m)));

    /// <summary>Own targets of some colleges, each valid for its kind: shares and counts only.</summary>
    public static Gen<Dictionary<string, IReadOnlyDictionary<string, ExactDecimal>>> CollegeTargets =>
        Gen.SubListOf(CollegeIds).SelectMany(ids =>
            Gen.CollectToSequence(ids, _ => OwnTargets).Select(targets => ids.Zip(targets).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal)));

    public static Gen<RatingSettings?> Rating =>
        Gen.Frequency(
            (1, Gen.Constant<RatingSettings?>(null)),
            (4, from weights in Gen.OneOf(Gen.Constant<Dictionary<string, ExactDecimal>?>(null), Weights)
                from cohort in Gen.Elements(Cohorts.Graduate.ToArray())
                from coverage in Coverage
                select (RatingSettings?)new RatingSettings { Weights = weights, Cohort = cohort, MinCoverage = coverage }));

    public static Gen<ExpectationProfile> Profile =>
        from profile in ProfileGenerators.Profile
        from own in CollegeTargets
        from rating in Rating
        select new ExpectationProfile(profile with { CollegeTargets = own, Rating = rating });

    private static Gen<IReadOnlyDictionary<string, ExactDecimal>> OwnTargets =>
        Gen.SubListOf(Laws.Criteria.Values.Where(c => c.Kind is CriterionKind.Share or CriterionKind.Count).ToArray()).SelectMany(criteria =>
            Gen.CollectToSequence(criteria, c => c.Kind == CriterionKind.Count ? ProfileGenerators.WholeNumber : ProfileGenerators.Fraction)
                .Select(values => (IReadOnlyDictionary<string, ExactDecimal>)criteria.Select((c, i) => (c.Code, Value: values.ElementAt(i))).ToDictionary(x => x.Code, x => x.Value, StringComparer.Ordinal)));

    /// <summary>Weights for some criteria, at least one above 0.</summary>
    private static Gen<Dictionary<string, ExactDecimal>?> Weights =>
        from criteria in Gen.NonEmptyListOf(Gen.Elements(Laws.Criteria.Keys.ToArray()))
        from weights in Gen.CollectToSequence(criteria, _ => Weight)
        from anchor in Gen.Elements(Laws.Criteria.Keys.ToArray())
        let listed = criteria.Distinct().Zip(weights).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal)
        select (Dictionary<string, ExactDecimal>?)(listed.Values.Any(w => w > ExactDecimal.Zero) ? listed : new Dictionary<string, ExactDecimal>(listed) { [anchor] = ExactDecimal.One });
}
