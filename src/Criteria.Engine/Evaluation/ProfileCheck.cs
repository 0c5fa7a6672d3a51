using Criteria.Catalog;
using Criteria.Json;
using Criteria.Profiles;

namespace Criteria.Evaluation;

/// <summary>Checks a profile's targets against the criteria (docs/profile.md, "Targets, by kind").</summary>
internal static class ProfileCheck
{
    public static void Check(EvaluationProfile profile, IReadOnlyDictionary<string, CriterionDescriptor> criteria)
    {
        CheckTargets(profile.Targets, "targets", criteria);
        CheckTargets(profile.RegionTargets, "regionTargets", criteria);
    }

    private static void CheckTargets(IReadOnlyDictionary<string, ExactDecimal> targets, string name, IReadOnlyDictionary<string, CriterionDescriptor> criteria)
    {
        foreach (var (code, target) in targets)
        {
            var path = JsonPath.Property(JsonPath.Property(JsonPath.Root, name), code);
            if (!criteria.TryGetValue(code, out var criterion))
            {
                throw new InvalidInputException(path, $"no criterion has the code '{code}'");
            }

            var problem = criterion.Kind switch
            {
                CriterionKind.Match => $"criterion {code} is a match (a = b): it takes no target",
                CriterionKind.Count when target.IsNegative || !target.IsWhole => $"criterion {code} is a count: its target must be a whole number ≥ 0, not {target}",
                CriterionKind.Share or CriterionKind.Presence or CriterionKind.Checklist when target.IsNegative || target > ExactDecimal.One =>
                    $"criterion {code} is a {criterion.Kind.ToString().ToLowerInvariant()}: its target must be a fraction from 0 to 1, not {target}",
                _ => null,
            };
            if (problem is not null)
            {
                throw new InvalidInputException(path, problem);
            }
        }
    }
}
