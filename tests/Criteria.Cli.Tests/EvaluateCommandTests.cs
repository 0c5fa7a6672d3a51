using System.Text.Json;

namespace Criteria.Cli.Tests;

public sealed class EvaluateCommandTests
{
    private const string Period = """{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"}""";

    [Fact]
    public async Task The_bundled_sample_evaluates_to_a_table_with_the_russian_titles()
    {
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"));

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Contains("Регион в целом", stdout, StringComparison.Ordinal);
        Assert.Contains("Доля студентов-выпускников, зарегистрированных в АИС", stdout, StringComparison.Ordinal);
        Assert.Contains("7 из 8 · 87,5 %", stdout, StringComparison.Ordinal);
        Assert.Contains("DQ4", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_goes_to_stdout_or_to_a_file_and_is_the_report_contract()
    {
        var (exit, stdout, _) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--format", "json");
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal("samara-2023", document.RootElement.GetProperty("catalog").GetString());

        var file = Path.Combine(Path.GetTempPath(), $"criteria-report-{Guid.NewGuid():N}.json");
        var (fileExit, fileStdout, _) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--format", "json", "--out", file);
        Assert.Equal(0, fileExit);
        Assert.Equal("", fileStdout);
        Assert.Equal(stdout.TrimEnd(), File.ReadAllText(file).TrimEnd());
    }

    [Fact]
    public async Task A_profile_sets_targets()
    {
        var profile = CriteriaCommand.TempFile("""{"targets":{"2.1":0.3}}""");
        var (exit, stdout, _) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--profile", profile, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Contains("\"target\": 0.3", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","period":PERIOD,"graduates":[{"id":"g1","collegeId":"c1","outcome":{"status":"astronaut"}}]}""", "$.graduates[0].outcome.status")]
    [InlineData("""{"schemaVersion":"1.0","period":PERIOD,"colleges":[{"id":"c1"}],"graduates":[{"id":"g1","collegeId":"c9","outcome":{"status":"employed"}}]}""", "$.graduates[0].collegeId")]
    [InlineData("""{"schemaVersion":"1.0","period":{"start":"2023-09-01","end":"2023-08-31","cutoff":"2023-12-01"}}""", "$.period")]
    [InlineData("""{"schemaVersion":"1.0","period":PERIOD""", "$")]
    public async Task Invalid_input_exits_2_naming_the_path_without_a_stack_trace(string json, string path)
    {
        var file = CriteriaCommand.TempFile(json.Replace("PERIOD", Period, StringComparison.Ordinal));
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync("evaluate", file);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(path, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","period":PERIOD""", "the JSON ends too early")]
    [InlineData("""{"schemaVersion":"1.0","period":PERIOD} xyz""", "there is more after the end of the document")]
    [InlineData("""{"schemaVersion":"1.0","period":PERIOD}{"schemaVersion":"1.0","period":PERIOD}""", "there is more after the end of the document")]
    public async Task A_document_cut_short_and_one_with_more_after_its_end_are_told_apart(string json, string problem)
    {
        var (exit, _, stderr) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.TempFile(json.Replace("PERIOD", Period, StringComparison.Ordinal)));

        Assert.Equal(2, exit);
        Assert.Contains(problem, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_value_in_a_later_graduate_is_named_with_its_own_index_and_line()
    {
        // Graduates are bound from their bytes; the one that breaks the contract is named as the contract's
        // serializer names it (the reading is done again by it), not as the first graduate.
        var file = CriteriaCommand.TempFile("""
            {"schemaVersion":"1.0","period":PERIOD,"colleges":[{"id":"c1"}],"graduates":[
            {"id":"g1","collegeId":"c1","outcome":{"status":"employed"}},
            {"id":"g2","collegeId":"c1","outcome":{"status":"employed"}},
            {"id":"g3","collegeId":"c1","vacancyInvitations":-1,"outcome":{"status":"employed"}}]}
            """.Replace("PERIOD", Period, StringComparison.Ordinal));
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync("evaluate", file, "--format", "json");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("$.graduates[2].vacancyInvitations", stderr, StringComparison.Ordinal);
        Assert.Contains("line 4", stderr, StringComparison.Ordinal);
        Assert.Contains("a count cannot be negative", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lenient_mode_evaluates_a_dataset_with_data_errors_and_lists_them()
    {
        var file = CriteriaCommand.TempFile("""{"schemaVersion":"1.0","period":PERIOD,"colleges":[{"id":"c1"}],"graduates":[{"id":"g1","collegeId":"c9","outcome":{"status":"employed"}}]}""".Replace("PERIOD", Period, StringComparison.Ordinal));
        var (exit, stdout, _) = await CriteriaCommand.RunAsync("evaluate", file, "--lenient", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Contains("\"code\": \"DQ2\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_and_a_bad_option_exit_2()
    {
        var (exit, _, stderr) = await CriteriaCommand.RunAsync("evaluate", "/nonexistent/dataset.json");
        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/dataset.json", stderr, StringComparison.Ordinal);

        var (usage, _, usageError) = await CriteriaCommand.RunAsync("evaluate", CriteriaCommand.Sample("small-region.json"), "--format", "xml");
        Assert.Equal(2, usage);
        Assert.Contains("xml", usageError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "{folder}")]
    [InlineData("evaluate", "{sample}", "--profile", "{folder}")]
    [InlineData("evaluate", "{sample}", "--format", "json", "--out", "{folder}")]
    [InlineData("validate", "{folder}")]
    [InlineData("trend", "{folder}", "{sample}")]
    [InlineData("compare", "{sample}", "{folder}")]
    [InlineData("sample", "--out", "{folder}")]
    public async Task A_folder_given_for_a_file_is_called_a_folder_not_a_denied_access(params string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("criteria-test-").FullName;
        var (exit, _, stderr) = await CriteriaCommand.RunAsync(
            [.. arguments.Select(a => a.Replace("{folder}", folder, StringComparison.Ordinal).Replace("{sample}", CriteriaCommand.Sample("small-region.json"), StringComparison.Ordinal))]);

        Assert.Equal(2, exit);
        Assert.Contains($"'{folder}' is a folder, not a file", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder)); // nothing written into it
    }

    [Theory]
    [InlineData("evaluate", "{data}", "--format", "json", "--out", "{data}")]
    [InlineData("evaluate", "{other}", "--profile", "{data}", "--out", "{data}")]
    [InlineData("trend", "{other}", "{data}", "--format", "csv", "--out", "{data}")]
    [InlineData("compare", "{other}", "{data}", "--format", "json", "--out", "{data}")]
    public async Task An_output_that_is_also_an_input_is_refused_and_the_input_kept(params string[] arguments)
    {
        // {data} is read by the command (as a dataset, or as a profile) and named as its --out.
        var data = Path.Combine(Path.GetTempPath(), $"criteria-test-{Guid.NewGuid():N}.json");
        var other = Path.Combine(Path.GetTempPath(), $"criteria-test-{Guid.NewGuid():N}.json");
        File.Copy(CriteriaCommand.Sample(arguments.Contains("--profile") ? "expectations-profile.json" : "small-region.json"), data);
        File.Copy(CriteriaCommand.Sample("small-region.json"), other);
        var before = await File.ReadAllBytesAsync(data);

        var (exit, _, stderr) = await CriteriaCommand.RunAsync([.. arguments.Select(a => a.Replace("{data}", data, StringComparison.Ordinal).Replace("{other}", other, StringComparison.Ordinal))]);

        Assert.Equal(2, exit);
        Assert.Contains($"--out '{data}' is also an input of the command", stderr, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(data));
    }

    [Theory]
    [InlineData("'xml' is not one of table, json, csv, html, xlsx for --format", "evaluate", "{sample}", "--format", "xml")]
    [InlineData("'de' is not one of ru, en for --lang", "evaluate", "{sample}", "--lang", "de")]
    [InlineData("'sometimes' is not one of rule, error, warning, never for --fail-on", "compare", "{sample}", "{sample}", "--fail-on", "sometimes")]
    public async Task A_value_that_is_not_one_of_the_choices_lists_them_as_they_are_written(string message, params string[] arguments)
    {
        var (exit, _, stderr) = await CriteriaCommand.RunAsync([.. arguments.Select(a => a == "{sample}" ? CriteriaCommand.Sample("small-region.json") : a)]);

        Assert.Equal(2, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Criteria.", stderr, StringComparison.Ordinal); // no .NET type names
        var (_, help, _) = await CriteriaCommand.RunAsync(arguments[0], "--help");
        Assert.Contains(arguments[^2] == "--format" ? "--format <table|json|csv|html|xlsx>" : arguments[^2] == "--lang" ? "--lang <ru|en>" : "--fail-on <rule|error|warning|never>", help, StringComparison.Ordinal);
        Assert.Equal(0, (await CriteriaCommand.RunAsync([.. arguments[..^1].Select(a => a == "{sample}" ? CriteriaCommand.Sample("small-region.json") : a), arguments[^2] == "--format" ? "JSON" : arguments[^2] == "--lang" ? "EN" : "Never"])).ExitCode); // any case
    }

    [Theory]
    [InlineData("--colleges must be from 1 to 2147483647, not 0", "sample", "--colleges", "0")]
    [InlineData("--graduates must be from 0 to 2147483647, not -5", "sample", "--graduates", "-5")]
    [InlineData("--max-input-mb must be from 1 to 8796093022207, not -1", "evaluate", "{sample}", "--max-input-mb", "-1")]
    [InlineData("--max-input-mb must be from 1 to 8796093022207, not 8796093022208", "evaluate", "{sample}", "--max-input-mb", "8796093022208")]
    [InlineData("'x' is not a whole number for --colleges (from 1 to 2147483647)", "sample", "--colleges", "x")]
    [InlineData("'abc' is not a whole number for --max-input-mb (from 1 to 8796093022207)", "evaluate", "{sample}", "--max-input-mb", "abc")]
    public async Task A_number_out_of_its_range_is_a_usage_error_not_an_internal_one(string message, params string[] arguments)
    {
        var (exit, stdout, stderr) = await CriteriaCommand.RunAsync([.. arguments.Select(a => a == "{sample}" ? CriteriaCommand.Sample("small-region.json") : a)]);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_input_limit_holds_on_a_pipe_which_has_no_length()
    {
        var criteria = Path.Combine(AppContext.BaseDirectory, "criteria.dll");
        var large = Path.Combine(Path.GetTempPath(), $"criteria-test-{Guid.NewGuid():N}.json");
        var (made, _, makeError) = await CriteriaCommand.RunAsync("sample", "--colleges", "3", "--graduates", "5000", "--out", large);
        Assert.True(made == 0, makeError);
        Assert.InRange(new FileInfo(large).Length, 1L << 20, 4L << 20);

        var (small, report, smallError) = await CriteriaCommand.RunProcessAsync(
            "bash", "-c", $"dotnet '{criteria}' evaluate <(cat '{CriteriaCommand.Sample("small-region.json")}') --max-input-mb 1 --format json");
        Assert.True(small == 0, smallError);
        Assert.StartsWith("{", report, StringComparison.Ordinal);

        var (refused, _, stderr) = await CriteriaCommand.RunProcessAsync(
            "bash", "-c", $"dotnet '{criteria}' evaluate <(cat '{large}') --max-input-mb 1 --format json");
        Assert.Equal(2, refused);
        Assert.Contains("the input is larger than the limit; at most 1048576 bytes are accepted", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sample_makes_a_dataset_that_evaluates_in_strict_mode()
    {
        var file = Path.Combine(Path.GetTempPath(), $"criteria-sample-{Guid.NewGuid():N}.json");
        var (exit, _, _) = await CriteriaCommand.RunAsync("sample", "--colleges", "3", "--graduates", "200", "--out", file);
        Assert.Equal(0, exit);
        var (evalExit, stdout, stderr) = await CriteriaCommand.RunAsync("evaluate", file, "--format", "json");
        Assert.True(evalExit == 0, stderr);
        Assert.Contains("\"denominator\": 200", stdout, StringComparison.Ordinal);
    }
}
