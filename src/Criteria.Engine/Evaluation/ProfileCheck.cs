using Criteria.Catalog;
using Criteria.Json;
using Criteria.Kinds;
using Criteria.Profiles;

namespace Criteria.Evaluation;

/// <summary>Checks a profile's targets, a college's own targets and the rating's weights against the criteria (docs/profile.md).</summary>
internal static class ProfileCheck
{
    public static void Check(EvaluationProfile profile, IReadOnlyDictionary<string, CriterionDescriptor> criteria)
    {
        CheckTargets(profile.Targets, "targets", criteria);
        CheckTargets(profile.RegionTargets, "regionTargets", criteria);
        foreach (var (collegeId, targets) in profile.CollegeTargets)
        {
            var college = JsonPath.Property(JsonPath.Property(JsonPath.Root, "collegeTargets"), collegeId);
            foreach (var (code, target) in targets)
            {
                var path = JsonPath.Property(college, code);
                var kind = CriterionKinds.Of(Known(criteria, code, path).Kind);
                if (!kind.TakesCollegeTarget(Cohort.All))
                {
                    throw new InvalidInputException(path, $"criterion {code} is a {kind.Name}: a college's own target applies to shares and counts only");
                }

                if (kind.TargetProblem(code, target) is { } problem)
                {
                    throw new InvalidInputException(path, problem);
                }
            }
        }

        if (profile.Rating is { } rating)
        {
            CheckRating(rating, criteria);
        }
    }

    private static void CheckRating(RatingSettings rating, IReadOnlyDictionary<string, CriterionDescriptor> criteria)
    {
        var path = JsonPath.Property(JsonPath.Root, "rating");
        if (rating.Weights is not { } weights)
        {
            return;
        }

        var weighs = false;
        foreach (var (code, weight) in weights)
        {
            var at = JsonPath.Property(JsonPath.Property(path, "weights"), code);
            Known(criteria, code, at);
            if (weight.IsNegative)
            {
                throw new InvalidInputException(at, $"the weight of criterion {code} must be ≥ 0, not {weight}");
            }

            weighs |= weight > ExactDecimal.Zero;
        }

        if (!weighs)
        {
            throw new InvalidInputException(JsonPath.Property(path, "weights"), "no criterion has a weight above 0: the index would weigh nothing (leave weights out to weigh every criterion 1)");
        }
    }

    private static CriterionDescriptor Known(IReadOnlyDictionary<string, CriterionDescriptor> criteria, string code, string path) =>
        criteria.TryGetValue(code, out var criterion) ? criterion : throw new InvalidInputException(path, $"no criterion has the code '{code}'");

    private static void CheckTargets(IReadOnlyDictionary<string, ExactDecimal> targets, string name, IReadOnlyDictionary<string, CriterionDescriptor> criteria)
    {
        foreach (var (code, target) in targets)
        {
            var path = JsonPath.Property(JsonPath.Property(JsonPath.Root, name), code);
            var criterion = Known(criteria, code, path);
            var problem = CriterionKinds.Of(criterion.Kind).TargetProblem(code, target);
            if (problem is not null)
            {
                throw new InvalidInputException(path, problem);
            }
        }
    }
}
