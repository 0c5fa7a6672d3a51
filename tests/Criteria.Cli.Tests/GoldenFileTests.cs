namespace Criteria.Cli.Tests;

/// <summary>
/// Every output format of the worked example, byte for byte. After a deliberate change of a format,
/// run the tests with <c>CRITERIA_UPDATE_GOLDEN=1</c> and review the diff of <c>tests/Criteria.Cli.Tests/Golden</c>.
/// </summary>
public sealed class GoldenFileTests
{
    [Theory]
    [InlineData("table", "small-region.table.txt")]
    [InlineData("json", "small-region.report.json")]
    [InlineData("csv", "small-region.report.csv")]
    [InlineData("html", "small-region.report.html")]
    public async Task Each_format_of_the_worked_example_is_the_golden_file(string format, string golden)
    {
        var output = Path.Combine(Path.GetTempPath(), $"criteria-golden-{Guid.NewGuid():N}");
        var profile = CriteriaCommand.TempFile("""{"targets":{"2.1":0.5,"3.3":2,"1.1":0.5,"5.10":0.3}}""");
        var (exit, _, stderr) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--profile", profile, "--format", format, "--out", output);
        Assert.True(exit == 0, stderr);

        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Golden", golden);
        var actual = await File.ReadAllBytesAsync(output);
        if (Environment.GetEnvironmentVariable("CRITERIA_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Golden", golden);
            await File.WriteAllBytesAsync(source, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"no golden file {golden}: run with CRITERIA_UPDATE_GOLDEN=1 once");
        Assert.Equal(System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(expectedPath)), System.Text.Encoding.UTF8.GetString(actual));
        Assert.Equal(await File.ReadAllBytesAsync(expectedPath), actual);
    }

    [Theory]
    [InlineData("table", "small-region.rating.table.txt")]
    [InlineData("json", "small-region.rating.report.json")]
    [InlineData("csv", "small-region.rating.report.csv")]
    [InlineData("html", "small-region.rating.report.html")]
    [InlineData("table", "small-region.card-c1.txt", "--college", "c1")]
    [InlineData("html", "small-region.card-c1.html", "--college", "c1")]
    [InlineData("table", "small-region.card-c2.en.txt", "--college", "c2", "--lang", "en")]
    public async Task Each_format_with_expectations_and_the_rating_is_the_golden_file(string format, string golden, params string[] extra)
    {
        var output = Path.Combine(Path.GetTempPath(), $"criteria-golden-{Guid.NewGuid():N}");
        var (exit, _, stderr) = await CriteriaCommand.RunAsync(
            ["evaluate", CriteriaCommand.Sample("small-region.json"), "--profile", CriteriaCommand.Sample("expectations-profile.json"), "--format", format, "--out", output, .. extra]);
        Assert.True(exit == 0, stderr);
        await MatchesGolden(golden, await File.ReadAllBytesAsync(output));
    }

    internal static async Task MatchesGolden(string golden, byte[] actual)
    {
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Golden", golden);
        if (Environment.GetEnvironmentVariable("CRITERIA_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Golden", golden), actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"no golden file {golden}: run with CRITERIA_UPDATE_GOLDEN=1 once");
        Assert.Equal(System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(expectedPath)), System.Text.Encoding.UTF8.GetString(actual));
    }

    [Theory]
    [InlineData("dataset", "\"schemaVersion\"")]
    [InlineData("profile", "\"websiteChecklist\"")]
    [InlineData("report", "\"regionResults\"")]
    [InlineData("report", "\"profileStatus\"")]
    [InlineData("report", "\"coverage\"")]
    [InlineData("profile", "\"collegeTargets\"")]
    [InlineData("profile", "\"minCoverage\"")]
    public async Task Schemas_are_generated_for_every_contract(string contract, string member)
    {
        var (exit, stdout, _) = await CriteriaCommand.RunAsync("schema", contract);
        Assert.Equal(0, exit);
        using var schema = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Contains(member, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_gives_the_change_and_the_gap_to_the_target()
    {
        var profile = CriteriaCommand.TempFile("""{"targets":{"2.1":0.5}}""");
        var before = CriteriaCommand.Sample("small-region.json");
        var after = CriteriaCommand.TempFile(File.ReadAllText(before).Replace("\"registered\": false", "\"registered\": true", StringComparison.Ordinal));
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync("compare", before, after, "--profile", profile, "--format", "json");
        Assert.True(exit == 0, stderr);

        using var rows = System.Text.Json.JsonDocument.Parse(stdout);
        var c1 = rows.RootElement.EnumerateArray().Single(r => r.GetProperty("scope").GetString() == "c1" && r.GetProperty("code").GetString() == "2.1");
        Assert.Equal(0.333333, c1.GetProperty("before").GetDouble());
        Assert.Equal(0.666667, c1.GetProperty("after").GetDouble());
        Assert.Equal(0.333333, c1.GetProperty("change").GetDouble());
        Assert.Equal(0.166667, c1.GetProperty("gap").GetDouble());
    }
}
