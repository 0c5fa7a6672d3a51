using Criteria.Tests.Shared;

namespace Criteria.Cli.Tests;

public sealed class AisIntegrationSampleTests
{
    [Fact]
    public async Task The_host_follows_the_change_feed_prints_what_changed_and_exits_0()
    {
        var (exit, stdout, stderr) = await CriteriaCommand.RunDllAsync(BuiltPlugins.Path(Path.Combine("samples", "AisIntegration"), "AisIntegration"));

        Assert.True(exit == 0, stderr);
        Assert.Contains("c1      5.4   2 / 3", stdout, StringComparison.Ordinal);
        Assert.Contains("c2      5.1   2 / 2     Met", stdout, StringComparison.Ordinal);
        Assert.Contains("rejected: the graduate 'g6' names the college 'c9'", stdout, StringComparison.Ordinal);
        Assert.Contains("the live report equals a fresh evaluation: True", stdout, StringComparison.Ordinal);
    }
}
