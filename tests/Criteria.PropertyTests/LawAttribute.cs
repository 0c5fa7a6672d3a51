using Criteria.PropertyTests.Generators;
using FsCheck.Xunit;

namespace Criteria.PropertyTests;

/// <summary>
/// A law checked on generated datasets: 200 cases by default (what CI runs), more with the
/// environment variable <c>CRITERIA_PROPERTY_CASES</c>, for example 5000 on a developer's machine.
/// </summary>
public sealed class LawAttribute : PropertyAttribute
{
    public LawAttribute()
    {
        MaxTest = int.TryParse(Environment.GetEnvironmentVariable("CRITERIA_PROPERTY_CASES"), out var cases) && cases > 0 ? cases : 200;
        Arbitrary = [typeof(DatasetArbitraries)];
        QuietOnSuccess = true;
    }
}
