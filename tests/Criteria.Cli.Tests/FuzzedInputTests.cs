using System.Text;

namespace Criteria.Cli.Tests;

/// <summary>Broken files through the command itself: a clear message and exit code 2, never a stack trace.</summary>
public sealed class FuzzedInputTests
{
    public static TheoryData<string, byte[]> BrokenFiles()
    {
        var valid = File.ReadAllBytes(CriteriaCommand.Sample("small-region.json"));
        var text = Encoding.UTF8.GetString(valid);
        var data = new TheoryData<string, byte[]>
        {
            { "empty", [] },
            { "truncated", valid[..(valid.Length / 3)] },
            { "array", Encoding.UTF8.GetBytes("[" + text + "]") },
            { "duplicate key", Encoding.UTF8.GetBytes(text.Replace("\"region\":", "\"region\": \"x\", \"region\":", StringComparison.Ordinal)) },
            { "deep", Encoding.UTF8.GetBytes(text.Replace("\"Hand region\"", new string('[', 100) + new string(']', 100), StringComparison.Ordinal)) },
            { "huge number", Encoding.UTF8.GetBytes(text.Replace("\"total\": 3", "\"total\": 1e400", StringComparison.Ordinal)) },
            { "impossible date", Encoding.UTF8.GetBytes(text.Replace("2023-04-01", "2023-02-30", StringComparison.Ordinal)) },
            { "schema 2", Encoding.UTF8.GetBytes(text.Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal)) },
            { "windows-1251", Windows1251(text) },
            { "long string", Encoding.UTF8.GetBytes(text.Replace("\"Hand region\"", "\"" + new string('x', 10_000) + "\"", StringComparison.Ordinal)) },
        };
        var random = new Random(2023);
        for (var i = 0; i < 10; i++)
        {
            var bytes = (byte[])valid.Clone();
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            data.Add($"flipped {i}", bytes);
        }

        return data;
    }

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

    /// <summary>The text as Windows-1251 would store it: Cyrillic letters as single bytes 0xC0–0xFF, which are not UTF-8.</summary>
    private static byte[] Windows1251(string text) =>
        text.Select(c => c switch
        {
            >= 'А' and <= 'я' => (byte)(0xC0 + (c - 'А')),
            < (char)128 => (byte)c,
            _ => (byte)'?',
        }).ToArray();

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
