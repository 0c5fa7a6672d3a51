using System.Text;
using Criteria.Json;

namespace Criteria.Core.Tests.Json;

/// <summary>
/// Every rule of docs/dataset.md, "Bad input": for each, the smallest document that breaks
/// it, asserting the exception type and that the message names the JSON path.
/// </summary>
public sealed class BadInputTests
{
    private static InvalidInputException Refused(string json) => Assert.Throws<InvalidInputException>(() => DatasetReader.Parse(json));

    private static InvalidInputException Refused(byte[] utf8) => Assert.Throws<InvalidInputException>(() => DatasetReader.Read(utf8));

    private static void AssertNames(InvalidInputException error, string path, string problemPart)
    {
        Assert.Equal(path, error.Path);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(problemPart, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_json_is_refused_with_its_line()
    {
        var error = Refused("{\n  \"schemaVersion\": \"1.0\",\n  \"period\": nope\n}");
        Assert.Contains("not valid JSON", error.Problem, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
        Assert.Contains("[line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_is_refused() => AssertNames(Refused(""), "$", "empty");

    [Fact]
    public void Truncated_input_is_refused()
    {
        var json = Documents.WithGraduate("""  "outcome":{"status":"employed"}""");
        var error = Refused(json[..(json.Length / 2)]);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_json_array_instead_of_an_object_is_refused() => AssertNames(Refused("[]"), "$", "expected an object");

    [Fact]
    public void Invalid_utf8_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes(Documents.With("""  "region":"AB" """)).ToList();
        var at = bytes.IndexOf((byte)'A', bytes.IndexOf((byte)'r'));
        bytes[at] = 0xFF;
        bytes[at + 1] = 0xFE;
        var error = Refused([.. bytes]);
        Assert.Contains("UTF-8", error.Problem, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Documents.Minimal)).ToArray();
        Assert.Equal("1.0", DatasetReader.Read(bytes).Dataset.SchemaVersion);
    }

    [Theory]
    [InlineData("\"colleges\":{}", "$.colleges", "expected an array")]
    [InlineData("\"colleges\":[[]]", "$.colleges[0]", "expected an object")]
    [InlineData("\"region\":42", "$.region", "expected text")]
    [InlineData("\"colleges\":[{\"id\":7}]", "$.colleges[0].id", "expected text")]
    [InlineData("\"colleges\":[{\"id\":\"c1\",\"workPlan\":{\"approved\":\"yes\"}}]", "$.colleges[0].workPlan.approved", "expected true or false")]
    [InlineData("\"colleges\":[{\"id\":\"c1\",\"spo1\":{\"total\":\"3\"}}]", "$.colleges[0].spo1.total", "expected a whole number")]
    [InlineData("\"colleges\":[{\"id\":\"c1\",\"spo1\":{\"total\":2.5}}]", "$.colleges[0].spo1.total", "expected a whole number")]
    [InlineData("\"events\":[{\"id\":\"e\",\"collegeId\":\"c1\",\"kind\":\"other\",\"date\":20230101}]", "$.events[0].date", "expected a date")]
    [InlineData("\"graduates\":[{\"id\":\"g1\",\"collegeId\":\"c1\",\"health\":\"disabled\",\"outcome\":{\"status\":\"employed\"}}]", "$.graduates[0].health", "expected an array")]
    [InlineData("\"graduates\":[null]", "$.graduates[0]", "expected an object")]
    [InlineData("\"events\":[{\"id\":\"e\",\"collegeId\":\"c1\",\"kind\":\"other\",\"date\":\"2023-01-01\",\"participantIds\":[null]}]", "$.events[0].participantIds[0]", "found null")]
    public void A_wrong_type_is_refused_with_its_path(string members, string path, string problem) =>
        AssertNames(Refused(Documents.With(members)), path, problem);

    [Theory]
    [InlineData("""{"period":{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"}}""", "$.schemaVersion")]
    [InlineData("""{"schemaVersion":"1.0"}""", "$.period")]
    [InlineData("""{"schemaVersion":"1.0","period":{"end":"2023-08-31","cutoff":"2023-12-01"}}""", "$.period.start")]
    [InlineData("""{"schemaVersion":"1.0","period":{"start":"2022-09-01","cutoff":"2023-12-01"}}""", "$.period.end")]
    [InlineData("""{"schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31"}}""", "$.period.cutoff")]
    [InlineData("""{"schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31","cutoff":null}}""", "$.period.cutoff")]
    public void A_missing_required_field_of_the_document_is_refused(string json, string path) =>
        AssertNames(Refused(json), path, "required field is missing");

    [Theory]
    [InlineData("\"colleges\":[{\"name\":\"x\"}]", "$.colleges[0].id")]
    [InlineData("\"colleges\":[{\"id\":\"c1\",\"spo1\":{\"disabled\":1}}]", "$.colleges[0].spo1.total")]
    [InlineData("\"employers\":[{\"name\":\"x\"}]", "$.employers[0].id")]
    [InlineData("\"events\":[{\"collegeId\":\"c1\",\"kind\":\"other\",\"date\":\"2023-01-01\"}]", "$.events[0].id")]
    [InlineData("\"events\":[{\"id\":\"e\",\"kind\":\"other\",\"date\":\"2023-01-01\"}]", "$.events[0].collegeId")]
    [InlineData("\"events\":[{\"id\":\"e\",\"collegeId\":\"c1\",\"date\":\"2023-01-01\"}]", "$.events[0].kind")]
    [InlineData("\"events\":[{\"id\":\"e\",\"collegeId\":\"c1\",\"kind\":\"other\"}]", "$.events[0].date")]
    [InlineData("\"graduates\":[{\"collegeId\":\"c1\",\"outcome\":{\"status\":\"employed\"}}]", "$.graduates[0].id")]
    [InlineData("\"graduates\":[{\"id\":\"g1\",\"outcome\":{\"status\":\"employed\"}}]", "$.graduates[0].collegeId")]
    [InlineData("\"graduates\":[{\"id\":\"g1\",\"collegeId\":\"c1\"}]", "$.graduates[0].outcome")]
    [InlineData("\"graduates\":[{\"id\":\"g1\",\"collegeId\":\"c1\",\"outcome\":{}}]", "$.graduates[0].outcome.status")]
    [InlineData("\"graduates\":[{\"id\":\"g1\",\"collegeId\":\"c1\",\"targetedContract\":{},\"outcome\":{\"status\":\"employed\"}}]", "$.graduates[0].targetedContract.employerId")]
    [InlineData("\"graduates\":[{\"id\":\"\",\"collegeId\":\"c1\",\"outcome\":{\"status\":\"employed\"}}]", "$.graduates[0].id")]
    public void A_missing_required_field_of_a_record_is_refused(string members, string path)
    {
        var error = Refused(Documents.With(members));
        Assert.Equal(path, error.Path);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_field_names_the_record_it_belongs_to()
    {
        var error = Refused(Documents.With("""  "graduates":[{"id":"g7","collegeId":"c1","outcome":{}}]"""));
        Assert.Equal("g7", error.RecordId);
        Assert.Contains("'g7'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"outcome\":{\"status\":\"astronaut\"}", "$.graduates[0].outcome.status", "'astronaut' is not one of employed, entrepreneur, selfEmployed")]
    [InlineData("\"outcome\":{\"status\":\"Employed\"}", "$.graduates[0].outcome.status", "'Employed' is not one of")]
    [InlineData("\"outcome\":{\"status\":0}", "$.graduates[0].outcome.status", "found the number 0")]
    [InlineData("\"health\":[\"blind\"],\"outcome\":{\"status\":\"employed\"}", "$.graduates[0].health", "item 0: 'blind' is not one of disabled, disabledChild, limitedHealth")]
    [InlineData("\"ais\":{\"careerTrack\":{\"status\":\"hired\"}},\"outcome\":{\"status\":\"employed\"}", "$.graduates[0].ais.careerTrack.status", "'hired' is not one of")]
    public void An_unknown_enum_value_of_a_graduate_is_refused(string members, string path, string problem)
    {
        var error = Refused(Documents.WithGraduate(members));
        Assert.StartsWith(path, error.Path, StringComparison.Ordinal);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void An_unknown_event_kind_is_refused() =>
        AssertNames(Refused(Documents.WithEvent("""  "collegeId":"c1","kind":"party","date":"2023-01-01" """)), "$.events[0].kind", "'party' is not one of masterClass, training");

    [Theory]
    [InlineData("\"spo1\":{\"total\":-1}", "$.colleges[0].spo1.total")]
    [InlineData("\"spo1\":{\"total\":3,\"limitedHealth\":-2}", "$.colleges[0].spo1.limitedHealth")]
    [InlineData("\"messengerChats\":[{\"members\":-5}]", "$.colleges[0].messengerChats[0].members")]
    [InlineData("\"vacancyBank\":{\"partnerVacancies\":-1}", "$.colleges[0].vacancyBank.partnerVacancies")]
    public void A_negative_count_of_a_college_is_refused(string members, string path) =>
        AssertNames(Refused(Documents.WithCollege(members)), path, "cannot be negative");

    [Fact]
    public void A_negative_invitation_count_is_refused() =>
        AssertNames(Refused(Documents.WithGraduate("""  "vacancyInvitations":-1,"outcome":{"status":"employed"}""")), "$.graduates[0].vacancyInvitations", "cannot be negative");

    [Theory]
    [InlineData("2.0")]
    [InlineData("1e3")]
    public void A_count_with_a_decimal_point_or_an_exponent_is_refused_as_such_not_as_too_large(string total) =>
        AssertNames(Refused(Documents.WithCollege($$"""  "spo1":{"total":{{total}}}""")), "$.colleges[0].spo1.total", "digits only");

    [Fact]
    public void Graduates_that_are_not_an_array_are_refused_as_such() =>
        AssertNames(Refused("""{"schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"},"graduates":{}}"""), "$.graduates", "expected an array");

    [Fact]
    public void A_count_too_large_for_the_model_is_refused() =>
        AssertNames(Refused(Documents.WithCollege("""  "spo1":{"total":99999999999999999999}""")), "$.colleges[0].spo1.total", "too large");

    [Theory]
    [InlineData("2023-02-30", "exists in the calendar")]
    [InlineData("2023-13-01", "exists in the calendar")]
    [InlineData("2023-2-3", "YYYY-MM-DD")]
    [InlineData("01.02.2023", "YYYY-MM-DD")]
    public void An_impossible_date_is_refused(string date, string problem) =>
        AssertNames(Refused(Documents.WithEvent($$"""  "collegeId":"c1","kind":"other","date":"{{date}}" """)), "$.events[0].date", problem);

    [Theory]
    [InlineData("2.0", "major version 2")]
    [InlineData("0.9", "major version 0")]
    [InlineData("one", "not a version")]
    public void Another_major_schema_version_is_refused(string version, string problem) =>
        AssertNames(Refused($$"""{"schemaVersion":"{{version}}","period":{{Documents.Period}}}"""), "$.schemaVersion", problem);

    [Fact]
    public void Another_major_version_is_refused_before_the_rest_is_read()
    {
        // A version-2 document of another shape fails on its version, not on its shape.
        var error = Refused("""{"schemaVersion":"2.0","graduates":{"new":"shape"}}""");
        Assert.Equal("$.schemaVersion", error.Path);
    }

    [Fact]
    public void A_newer_minor_version_is_read()
    {
        var result = DatasetReader.Parse($$"""{"schemaVersion":"1.7","period":{{Documents.Period}}}""");
        Assert.Equal("1.7", result.Dataset.SchemaVersion);
    }

    [Fact]
    public void A_period_that_starts_after_it_ends_is_refused() =>
        AssertNames(
            Refused("""{"schemaVersion":"1.0","period":{"start":"2023-09-01","end":"2023-08-31","cutoff":"2023-12-01"}}"""),
            "$.period",
            "DQ8");

    [Fact]
    public void A_cutoff_before_the_start_is_refused() =>
        AssertNames(
            Refused("""{"schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31","cutoff":"2022-08-01"}}"""),
            "$.period",
            "DQ8");

    [Fact]
    public void A_duplicated_property_is_refused()
    {
        var error = Refused("""{"schemaVersion":"1.0","schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"}}""");
        Assert.Contains("appears twice", error.Problem, StringComparison.Ordinal);
        Assert.Contains("schemaVersion", error.Problem + error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicated_property_inside_a_record_is_refused()
    {
        var error = Refused(Documents.WithGraduate("""  "atRisk":true,"atRisk":false,"outcome":{"status":"employed"}"""));
        Assert.Contains("appears twice", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("$.graduates[0]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicated_property_inside_extensions_is_refused()
    {
        var error = Refused(Documents.WithGraduate("""  "outcome":{"status":"employed"},"extensions":{"p":{"a":1,"a":2}}"""));
        Assert.Contains("twice", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("$.graduates[0].extensions", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_of_64_levels_is_read_and_65_is_refused()
    {
        // The root object is level 1, the graduate 3 (root → graduates array → graduate), its
        // extensions object 4; the plugin's value, 60 nested arrays, reaches level 64.
        static string Nested(int arrays) => Documents.WithGraduate(
            """  "outcome":{"status":"employed"},"extensions":{"p":""" + new string('[', arrays) + new string(']', arrays) + "}");

        var read = DatasetReader.Parse(Nested(60));
        Assert.True(read.Dataset.Graduates[0].Extensions.ContainsKey("p"));

        var error = Refused(Nested(61));
        Assert.Contains("deeper than 64", error.Problem, StringComparison.Ordinal);
        Assert.StartsWith("$.graduates[0].extensions", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_of_4096_code_units_is_read_and_4097_is_refused()
    {
        var read = DatasetReader.Parse(Documents.With($$"""  "region":"{{new string('я', 4096)}}" """));
        Assert.Equal(4096, read.Dataset.Region!.Length);

        AssertNames(Refused(Documents.With($$"""  "region":"{{new string('я', 4097)}}" """)), "$.region", "at most 4096");
    }

    [Fact]
    public void A_long_string_inside_extensions_is_refused() =>
        AssertNames(
            Refused(Documents.WithGraduate($$$"""  "outcome":{"status":"employed"},"extensions":{"p":{"note":["{{{new string('x', 5000)}}}"]}}""")),
            "$.graduates[0].extensions.p.note[0]",
            "at most 4096");

    [Fact]
    public void A_long_property_name_is_refused()
    {
        var error = Refused(Documents.WithCollege($$$"""  "websiteSection":{"checklist":{"{{{new string('x', 5000)}}}":true}}"""));
        Assert.StartsWith("$.colleges[0].websiteSection.checklist", error.Path, StringComparison.Ordinal);
        Assert.Contains("at most 4096", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stream_is_refused_like_text()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Documents.WithGraduate("""  "outcome":{"status":"astronaut"}""")));
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => DatasetReader.ReadAsync(stream));
        Assert.Equal("$.graduates[0].outcome.status", error.Path);
    }

    [Fact]
    public void Invalid_utf8_inside_an_extension_is_refused_with_its_path()
    {
        // Found by the mutation fuzzer: the reader checks UTF-8 of untyped values only when they are read.
        var bytes = Encoding.UTF8.GetBytes(Documents.WithGraduate("""  "outcome":{"status":"employed"},"extensions":{"p":{"note":"AB"}}""")).ToList();
        var at = bytes.LastIndexOf((byte)'A');
        bytes[at] = 0xF8;
        var error = Refused([.. bytes]);
        Assert.StartsWith("$.graduates[0].extensions.p", error.Path, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Problem, StringComparison.Ordinal);
    }
}
