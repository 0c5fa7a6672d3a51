using System.Linq.Expressions;
using System.Reflection;
using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Sdk.Aggregation;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Criteria.Sdk.Criteria;

/// <summary>
/// The base of every criterion: an NRules rule whose metadata comes from its
/// <see cref="CriterionAttribute"/>, and whose kind and cohorts come from the kind-specific base
/// class (<see cref="GraduateShareCriterion"/>, <see cref="CollegePresenceCriterion"/>, …). The rule
/// yields one <see cref="Evaluation.CriterionTally"/> per college.
/// </summary>
public abstract class CriterionRule : Rule
{
    private CriterionAttribute? _metadata;

    /// <summary>The criterion's metadata.</summary>
    /// <exception cref="InvalidOperationException">The class has no <see cref="CriterionAttribute"/>.</exception>
    public CriterionAttribute Metadata => _metadata ??= GetType().GetCustomAttribute<CriterionAttribute>()
        ?? throw new InvalidOperationException($"The criterion class {GetType().FullName} has no [Criterion] attribute.");

    /// <summary>The criterion's code.</summary>
    public string Code => Metadata.Code;

    /// <summary>How the criterion is counted.</summary>
    public abstract CriterionKind Kind { get; }

    /// <summary>The cohorts the criterion is reported for (named so that <c>Cohorts.Graduate</c> in a derived rule means the catalog's list).</summary>
    public virtual ValueArray<Cohort> ReportedCohorts => Catalog.Cohorts.AllOnly;

    /// <summary>How the region rolls up a count.</summary>
    public virtual CountRollUp CountRollUp => CountRollUp.Sum;

    /// <summary>For a distinct count, the JSON name of the ids a result lists.</summary>
    public virtual string IdsName => "ids";

    /// <summary>
    /// Defines the rule as a per-college tally of <typeparamref name="TFact"/> facts: the facts of
    /// <paramref name="population"/> (all when null) add <paramref name="numerator"/> and
    /// <paramref name="denominator"/> to their college's cohorts; the rule yields the tally's snapshot.
    /// The kind-specific base classes are written with it; the compiled batch plan recognises its shape.
    /// </summary>
    /// <typeparam name="TFact">The fact type.</typeparam>
    /// <param name="population">The facts that count; null for every fact.</param>
    /// <param name="collegeId">The college a fact counts for.</param>
    /// <param name="cohorts">The cohorts a fact counts in.</param>
    /// <param name="numerator">What a fact adds to the numerator.</param>
    /// <param name="denominator">What a fact adds to the denominator.</param>
    protected void DefineTally<TFact>(
        Expression<Func<TFact, bool>>? population,
        Expression<Func<TFact, string>> collegeId,
        Expression<Func<TFact, CohortSet>> cohorts,
        Expression<Func<TFact, int>> numerator,
        Expression<Func<TFact, int>> denominator)
        where TFact : class
    {
        Name(Code);
        CollegeTally tally = null!;
        When().Query(() => tally, q => (population is null ? q.Match<TFact>() : q.Match(population))
            .TallyByCollege(collegeId, cohorts, numerator, denominator));
        Then().Yield(_ => tally.Snapshot(Code));
    }

    /// <summary>Describes the criterion for an evaluator: its metadata and its compiled-from rule definition.</summary>
    /// <param name="source">Where it comes from: <c>standard</c> or a plugin id.</param>
    /// <returns>The descriptor.</returns>
    public CriterionDescriptor Describe(string source = "standard")
    {
        var definitions = new RuleDefinitionFactory().Create([this]);
        return new CriterionDescriptor
        {
            Code = Code,
            Group = Metadata.Group,
            Title = Metadata.Title,
            TitleEn = Metadata.TitleEn,
            Definition = Metadata.Definition,
            LowerIsBetter = Metadata.LowerIsBetter,
            Kind = Kind,
            Cohorts = ReportedCohorts,
            CountRollUp = CountRollUp,
            IdsName = IdsName,
            Source = source,
            Rules = definitions.ToValueArray(),
        };
    }
}
