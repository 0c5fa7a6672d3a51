using Criteria.Collections;
using Criteria.Profiles;

namespace Criteria.Reporting;

/// <summary>The weights of a rating worked out once: every criterion's effective weight, and those above 0 as exact fractions and doubles.</summary>
internal sealed class RatingPlan
{
    private RatingPlan(IReadOnlyList<ReportCriterion> criteria, RatingSettings settings)
    {
        Criteria = criteria;
        Settings = settings;
        Weights = criteria.Select(c => new CriterionWeight(c.Code, settings.WeightOf(c.Code))).ToValueArray();
        var weighted = new List<(ReportCriterion, ExactDecimal, Fraction, double)>();
        foreach (var (criterion, weight) in criteria.Zip(Weights))
        {
            if (weight.Weight > ExactDecimal.Zero)
            {
                weighted.Add((criterion, weight.Weight, Fraction.Of(weight.Weight), weight.Weight.ToDouble()));
                Total += Fraction.Of(weight.Weight);
                TotalNear += weight.Weight.ToDouble();
            }
        }

        Weighted = weighted;

        // Weights a double cannot hold (1e400 is infinite, 1e-400 is 0, sums past 1e306 overflow ×100): exact fractions only.
        ExactOnly = weighted.Any(w => !double.IsNormal(w.Item4)) || !double.IsFinite(100 * TotalNear * 2);
    }

    /// <summary>Whether the weights must be summed as exact fractions only (a double would lose or overflow them).</summary>
    public bool ExactOnly { get; }

    public IReadOnlyList<ReportCriterion> Criteria { get; }

    public RatingSettings Settings { get; }

    /// <summary>The effective weight of every criterion, in the report's order.</summary>
    public ValueArray<CriterionWeight> Weights { get; }

    /// <summary>The criteria with a weight above 0: the weight as written, as an exact fraction and as a double.</summary>
    public IReadOnlyList<(ReportCriterion Criterion, ExactDecimal Weight, Fraction Exact, double Near)> Weighted { get; }

    /// <summary>Σ weight, exact.</summary>
    public Fraction Total { get; } = Fraction.Zero;

    /// <summary>Σ weight, as a double.</summary>
    public double TotalNear { get; }

    public static RatingPlan Of(IReadOnlyList<ReportCriterion> criteria, RatingSettings settings) => new(criteria, settings);

    /// <summary>Whether the plan was made for these criteria and settings.</summary>
    public bool Fits(IReadOnlyList<ReportCriterion> criteria, RatingSettings settings) =>
        ReferenceEquals(criteria, Criteria) || (criteria.Count == Criteria.Count && criteria.SequenceEqual(Criteria)) ? Settings.Equals(settings) : false;
}
