using System.Collections.ObjectModel;
using Criteria.Catalog;

namespace Criteria.Profiles;

/// <summary>
/// How the integral index of each college is made (docs/profile.md, "The rating"): the weight of each
/// criterion, the cohort whose results are scored and the coverage a college needs to be ranked. Immutable.
/// </summary>
public sealed record RatingSettings
{
    private readonly IReadOnlyDictionary<string, ExactDecimal>? _weights;
    private readonly ExactDecimal _minCoverage = new(5, 1);

    /// <summary>The settings of <c>--rating</c> without a profile's: weight 1 for every criterion, cohort <c>all</c>, coverage 0.5.</summary>
    public static RatingSettings Default { get; } = new();

    /// <summary>
    /// The weight of each criterion by code, each ≥ 0; a code not listed weighs 0. Null (the default): every
    /// criterion of the evaluation weighs 1.
    /// </summary>
    public IReadOnlyDictionary<string, ExactDecimal>? Weights
    {
        get => _weights;
        init => _weights = value is null ? null : new ReadOnlyDictionary<string, ExactDecimal>(value.ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The cohort whose results are scored; a criterion not reported for it is scored on its <c>all</c> result. Default <c>all</c>.</summary>
    public Cohort Cohort { get; init; } = Cohort.All;

    /// <summary>The coverage (share of the weight with a score) below which a college gets an index but no rank, from 0 to 1. Default 0.5.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 0 or above 1.</exception>
    public ExactDecimal MinCoverage
    {
        get => _minCoverage;
        init => _minCoverage = value.IsNegative || value > ExactDecimal.One
            ? throw new ArgumentOutOfRangeException(nameof(MinCoverage), value, "The minimum coverage is a fraction from 0 to 1.")
            : value;
    }

    /// <summary>The weight of a criterion: its listed weight, 0 when the weights do not list it, 1 without weights.</summary>
    /// <param name="code">The criterion's code.</param>
    /// <returns>The weight.</returns>
    public ExactDecimal WeightOf(string code) =>
        Weights is null ? ExactDecimal.One : Weights.TryGetValue(code, out var weight) ? weight : ExactDecimal.Zero;

    /// <summary>True when both have the same weights, cohort and minimum coverage.</summary>
    /// <param name="other">The other settings.</param>
    public bool Equals(RatingSettings? other) =>
        other is not null
        && Cohort == other.Cohort
        && MinCoverage == other.MinCoverage
        && (Weights is null
            ? other.Weights is null
            : other.Weights is not null && Weights.Count == other.Weights.Count && Weights.All(w => other.Weights.TryGetValue(w.Key, out var x) && x == w.Value));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cohort, MinCoverage, Weights?.Count ?? -1);
}
