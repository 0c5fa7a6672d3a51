using System.Reflection;
using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Sdk.Criteria;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace Criteria.Sdk;

/// <summary>Makes a <see cref="CriteriaCatalog"/> from criterion rules and data-quality rules.</summary>
public static class CriteriaCatalogFactory
{
    /// <summary>Describes the criteria and compiles the definitions of the quality rules into a catalog.</summary>
    /// <param name="id">The catalog id.</param>
    /// <param name="criteria">The criteria, in catalog order.</param>
    /// <param name="qualityRules">The data-quality rules.</param>
    /// <param name="source">Where the criteria come from: <c>standard</c> or a plugin id.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentException">Two criteria have the same code.</exception>
    public static CriteriaCatalog Create(string id, IEnumerable<CriterionRule> criteria, IEnumerable<Rule> qualityRules, string source = "standard")
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(qualityRules);
        var descriptors = criteria.Select(c => c.Describe(source)).ToArray();
        var duplicate = descriptors.GroupBy(d => d.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The catalog '{id}' defines the criterion {duplicate.Key} twice.", nameof(criteria));
        }

        var rules = qualityRules.ToArray();
        return new CriteriaCatalog(id, descriptors.ToValueArray(), new RuleDefinitionFactory().Create(rules).ToValueArray())
        {
            FindingCodes = rules.OfType<Quality.IFindingCodeSource>().Select(r => r.Code).Distinct(StringComparer.Ordinal).ToValueArray(),
        };
    }

    /// <summary>
    /// Makes a catalog of every criterion rule (a class with <see cref="CriterionAttribute"/>) and every
    /// data-quality rule (a <see cref="Quality.QualityRule{TFact}"/>) of an assembly: the criteria in
    /// the order of their codes, compared part by part as numbers (1.2 before 1.10).
    /// </summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="id">The catalog id.</param>
    /// <param name="source">Where the criteria come from: <c>standard</c> or a plugin id.</param>
    /// <returns>The catalog.</returns>
    public static CriteriaCatalog FromAssembly(Assembly assembly, string id, string source = "standard")
    {
        var (criteria, quality) = Discover(assembly);
        return Create(id, criteria, quality, source);
    }

    /// <summary>
    /// Finds the public criterion rules (classes with <see cref="CriterionAttribute"/>, in code order)
    /// and data-quality rules of an assembly, each created with its parameterless constructor.
    /// </summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The criteria and the quality rules.</returns>
    public static (IReadOnlyList<CriterionRule> Criteria, IReadOnlyList<Rule> QualityRules) Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetExportedTypes().Where(t => t is { IsAbstract: false, IsClass: true } && t.GetConstructor(Type.EmptyTypes) is not null).ToArray();
        var criteria = types.Where(t => typeof(CriterionRule).IsAssignableFrom(t) && t.GetCustomAttribute<CriterionAttribute>() is not null)
            .Select(t => (CriterionRule)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Code, CriterionCodeComparer.Instance)
            .ToArray();
        var quality = types.Where(IsQualityRule).OrderBy(t => t.FullName, StringComparer.Ordinal).Select(t => (Rule)Activator.CreateInstance(t)!).ToArray();
        return (criteria, quality);
    }

    private static bool IsQualityRule(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Quality.QualityRule<>))
            {
                return true;
            }
        }

        return false;
    }
}
