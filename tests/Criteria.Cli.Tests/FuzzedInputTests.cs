using System.Text;

namespace Criteria.Cli.Tests;

/// <summary>Broken files through the command itself: a clear message and exit code 2, never a stack trace.</summary>
public sealed class FuzzedInputTests
{
    public static TheoryData<string, byte[]> BrokenFiles() => Criteria.Tests.Shared.BrokenFiles.Of(File.ReadAllBytes(CriteriaCommand.Sample("small-region.json")));

    [Fact]
    public void Each_named_broken_file_differs_from_the_valid_sample()
    {
        var valid = File.ReadAllBytes(CriteriaCommand.Sample("small-region.json"));
        var named = BrokenFiles().Select(row => ((string)row[0], (byte[])row[1])).Where(c => !c.Item1.StartsWith("flipped", StringComparison.Ordinal)).ToArray();
        Assert.Equal(10, named.Length);
        foreach (var (name, content) in named)
        {
            Assert.False(content.AsSpan().SequenceEqual(valid), $"{name}: the replacement did not change the sample");
        }
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_file_gets_a_clear_message_never_a_stack_trace(string name, byte[] content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"criteria-fuzz-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(file, content);

        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync("evaluate", file, "--format", "json", "--lenient");

        // Every named case breaks the contract and must be refused; a flipped byte may leave the document valid.
        var mustRefuse = !name.StartsWith("flipped", StringComparison.Ordinal);
        Assert.True(mustRefuse ? exit == 2 : exit is 0 or 2, $"{name}: exit {exit}: {stderr}");
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        if (exit == 2)
        {
            Assert.Contains("$", stderr, StringComparison.Ordinal);
            Assert.Equal("", stdout);
        }
    }
}
