using Criteria.Catalog;
using Criteria.Json;
using Criteria.Kinds;
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

            var problem = CriterionKinds.Of(criterion.Kind).TargetProblem(code, target);
            if (problem is not null)
            {
                throw new InvalidInputException(path, problem);
            }
        }
    }
}
