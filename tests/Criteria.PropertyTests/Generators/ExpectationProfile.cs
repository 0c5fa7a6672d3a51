using Criteria.Profiles;

namespace Criteria.PropertyTests.Generators;

/// <summary>A profile with expectations: colleges' own targets (some for colleges a dataset lacks) and, mostly, a rating.</summary>
/// <param name="Profile">The profile.</param>
public sealed record ExpectationProfile(EvaluationProfile Profile)
{
    public override string ToString() => Json.ProfileWriter.ToJson(Profile);
}
