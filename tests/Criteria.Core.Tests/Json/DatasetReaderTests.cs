using System.Text;
using System.Text.Json;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Quality;

namespace Criteria.Core.Tests.Json;

public sealed class DatasetReaderTests
{
    [Fact]
    public async Task A_folder_read_or_written_as_a_dataset_is_refused_as_a_folder()
    {
        var folder = Directory.CreateTempSubdirectory("criteria-test-").FullName;
        var dataset = (await DatasetReader.ReadFileAsync(Documents.SamplePath("small-region.json"))).Dataset;

        var reading = await Assert.ThrowsAsync<IOException>(() => DatasetReader.ReadFileAsync(folder));
        var writing = await Assert.ThrowsAsync<IOException>(() => DatasetWriter.WriteFileAsync(dataset, folder));

        Assert.Equal($"'{folder}' is a folder, not a file", reading.Message);
        Assert.Equal(reading.Message, writing.Message);
    }

    [Fact]
    public async Task The_worked_example_reads_into_the_fact_model()
    {
        var result = await DatasetReader.ReadFileAsync(Documents.SamplePath("small-region.json"));
        var dataset = result.Dataset;

        Assert.Empty(result.Findings);
        Assert.Equal(new Period(new(2022, 9, 1), new(2023, 8, 31), new(2023, 12, 1)), dataset.Period);
        Assert.Equal(["c1", "c2"], dataset.Colleges.Select(c => c.Id));
        Assert.Equal(["e1", "e2"], dataset.Employers.Select(e => e.Id));
        Assert.Equal(["ev1", "ev2", "ev3"], dataset.Events.Select(e => e.Id));
        Assert.Equal(["g1", "g2", "g3", "g4"], dataset.Graduates.Select(g => g.Id));

        var c1 = dataset.Colleges[0];
        Assert.Equal("Колледж 1", c1.Name);
        Assert.True(c1.WebsiteSection!.IsChecked("regulation"));
        Assert.False(c1.WebsiteSection.IsChecked("employmentStatistics"));
        Assert.False(c1.WebsiteSection.IsChecked("notAnItem"));
        Assert.Equal(9, c1.WebsiteSection.Checklist.Count);
        Assert.Equal(new DateOnly(2023, 11, 20), c1.MessengerChats[0].LastActivity);
        Assert.Equal(3, c1.Spo1!.Total);
        Assert.Null(c1.Spo1.Disabled);
        Assert.Equal(1, c1.Spo1.LimitedHealth);
        Assert.Null(dataset.Colleges[1].Spo1);

        var g1 = dataset.Graduates[0];
        Assert.Equal(HealthCategories.LimitedHealth | HealthCategories.Disabled, g1.Health);
        Assert.Equal(EmploymentStatus.Employed, g1.Ais.CareerTrack!.Status);
        Assert.Equal(2, g1.Resumes.Count);
        Assert.Equal("e1", g1.TargetedContract!.EmployerId);
        Assert.Equal(new Outcome { Status = EmploymentStatus.Employed, EmployerId = "e1", ByProfile = true }, g1.Outcome);
        Assert.Equal(EventKind.Seminar, dataset.Events[2].Kind);
        Assert.Equal(["g1", "g4"], dataset.Events[0].ParticipantIds);
    }

    [Fact]
    public void Absent_objects_flags_and_lists_mean_no_and_none()
    {
        var graduate = DatasetReader.Parse(Documents.WithGraduate("""  "outcome":{"status":"unknown"}""")).Dataset.Graduates[0];

        Assert.Same(AisRegistration.None, graduate.Ais);
        Assert.False(graduate.Ais.Registered);
        Assert.Null(graduate.Ais.CareerTrack);
        Assert.Equal(HealthCategories.None, graduate.Health);
        Assert.False(graduate.Support.RegionalMeasures);
        Assert.Empty(graduate.Resumes);
        Assert.False(graduate.AtRisk);
        Assert.Equal(0, graduate.VacancyInvitations);
        Assert.Null(graduate.TargetedContract);
        Assert.Empty(graduate.Extensions);
    }

    [Fact]
    public void Null_on_an_optional_field_means_the_same_as_absent()
    {
        var withNulls = DatasetReader.Parse(Documents.WithGraduate(
            """  "specialty":null,"health":null,"ais":null,"support":null,"resumes":null,"atRisk":null,"guidance":null,"vacancyInvitations":null,"targetedContract":null,"extensions":null,"outcome":{"status":"employed","employerId":null,"byProfile":null}""")).Dataset;
        var without = DatasetReader.Parse(Documents.WithGraduate("""  "outcome":{"status":"employed"}""")).Dataset;

        Assert.Equal(without, withNulls);
    }

    [Fact]
    public void Health_is_a_set_a_repeated_category_counts_once()
    {
        var graduate = DatasetReader.Parse(Documents.WithGraduate("""  "health":["disabled","disabled","limitedHealth"],"outcome":{"status":"employed"}""")).Dataset.Graduates[0];
        Assert.Equal(HealthCategories.Disabled | HealthCategories.LimitedHealth, graduate.Health);
    }

    [Fact]
    public void Unknown_properties_are_warnings_one_each_and_stay_out_of_the_model()
    {
        var result = DatasetReader.Parse(Documents.WithGraduate(
            """  "nickname":"Ваня","outcome":{"status":"employed","salary":50000,"bonus":{"x":1}}"""));

        Assert.Equal(
            ["$.graduates[0].nickname", "$.graduates[0].outcome.salary", "$.graduates[0].outcome.bonus"],
            result.Findings.Select(f => f.Path));
        Assert.All(result.Findings, f =>
        {
            Assert.Equal(FindingCodes.UnknownProperty, f.Code);
            Assert.Equal(FindingSeverity.Warning, f.Severity);
            Assert.Equal("g1", f.RecordId);
            Assert.Equal("c1", f.CollegeId);
        });
        Assert.Contains("'nickname'", result.Findings[0].Message, StringComparison.Ordinal);

        // The dataset is what it would be without the unknown properties.
        Assert.Equal(DatasetReader.Parse(Documents.WithGraduate("""  "outcome":{"status":"employed"}""")).Dataset, result.Dataset);
    }

    [Fact]
    public void An_unknown_top_level_property_is_a_warning_with_its_path()
    {
        var result = DatasetReader.Parse(Documents.With("""  "exportedBy":"АИС" """));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("$.exportedBy", finding.Path);
        Assert.Null(finding.RecordId);
    }

    [Fact]
    public void Extensions_are_kept_verbatim_and_written_back_unchanged()
    {
        const string extension = """{"samara":{"mentor":"Иванов","scores":[1,2.50,{"deep":null}],"flag":true}}""";
        var dataset = DatasetReader.Parse(Documents.WithGraduate($$"""  "outcome":{"status":"employed"},"extensions":{{extension}}""")).Dataset;

        var value = dataset.Graduates[0].Extensions["samara"];
        Assert.Equal("Иванов", value.GetProperty("mentor").GetString());
        Assert.Equal("2.50", value.GetProperty("scores")[1].GetRawText());

        var written = DatasetWriter.ToJson(dataset);
        Assert.Contains(extension, written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_reads_its_extension_as_its_own_type()
    {
        var dataset = DatasetReader.Parse(Documents.WithGraduate("""  "outcome":{"status":"employed"},"extensions":{"samara":{"mentor":"Иванов"}}""")).Dataset;
        var extensions = dataset.Graduates[0].Extensions;

        Assert.True(extensions.TryRead("samara", TestJsonContext.Default.MentorExtension, out var mentor));
        Assert.Equal("Иванов", mentor.Mentor);
        Assert.False(extensions.TryRead("other", TestJsonContext.Default.MentorExtension, out _));
    }

    [Fact]
    public async Task The_worked_example_written_and_read_back_is_equal()
    {
        var original = (await DatasetReader.ReadFileAsync(Documents.SamplePath("small-region.json"))).Dataset;

        using var stream = new MemoryStream();
        await DatasetWriter.WriteAsync(original, stream, indented: true);
        stream.Position = 0;
        var reread = (await DatasetReader.ReadAsync(stream)).Dataset;

        Assert.Equal(original, reread);
    }

    [Fact]
    public void Cyrillic_is_written_as_utf8_not_escaped()
    {
        var dataset = DatasetReader.Parse(Documents.With("""  "region":"Самарская область" """)).Dataset;
        var bytes = DatasetWriter.ToUtf8Bytes(dataset);
        Assert.Contains("Самарская область", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Written_json_is_valid_and_leaves_out_what_means_no()
    {
        var dataset = DatasetReader.Parse(Documents.WithGraduate("""  "atRisk":false,"resumes":[],"outcome":{"status":"employed"}""")).Dataset;
        using var document = JsonDocument.Parse(DatasetWriter.ToJson(dataset));
        var graduate = document.RootElement.GetProperty("graduates")[0];
        Assert.False(graduate.TryGetProperty("atRisk", out _));
        Assert.False(graduate.TryGetProperty("resumes", out _));
        Assert.Equal("employed", graduate.GetProperty("outcome").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Graduates_are_bound_as_they_are_read_whatever_the_order_of_the_members()
    {
        // Graduates first: each is bound when it is read, before the period and the colleges exist;
        // the dataset and the findings (in binding order: the document's own, then the graduates') are
        // those of the usual order.
        const string graduates = """
            "graduates":[{"id":"g1","collegeId":"c1","nickname":"Ваня","outcome":{"status":"employed"}},
                         {"id":"g2","collegeId":"c1","outcome":{"status":"notEmployed"}}]
            """;
        var usual = DatasetReader.Parse(Documents.With("""  "exportedBy":"АИС","colleges":[{"id":"c1"}],""" + graduates));
        var first = "{" + graduates + """,  "exportedBy":"АИС","schemaVersion":"1.0","period":""" + Documents.Period + """,  "colleges":[{"id":"c1"}]}""";

        var parsed = DatasetReader.Parse(first);
        var streamed = await DatasetReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(first)));

        foreach (var result in new[] { parsed, streamed })
        {
            Assert.Equal(usual.Dataset, result.Dataset);
            Assert.Equal(["$.exportedBy", "$.graduates[0].nickname"], result.Findings.Select(f => f.Path));
        }
    }

    [Fact]
    public void A_null_graduate_is_refused_with_its_path()
    {
        var error = Assert.Throws<InvalidInputException>(() => DatasetReader.Parse(Documents.With(
            """  "colleges":[{"id":"c1"}],"graduates":[{"id":"g1","collegeId":"c1","outcome":{"status":"employed"}},null]""")));
        Assert.Equal("$.graduates[1]", error.Path);
        Assert.Contains("found null", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("readOrder")]
    [InlineData("inContractOrder")]
    [InlineData("unknown")]
    public void A_name_of_the_readers_own_bookkeeping_is_an_unknown_property_like_any_other(string name)
    {
        var result = DatasetReader.Parse(Documents.WithCollege($"  \"{name}\": [1]"));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("DQ10", $"$.colleges[0].{name}"), (finding.Code, finding.Path));
    }
}
