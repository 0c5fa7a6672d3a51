using System.Text;
using System.Text.Json;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Quality;

namespace Criteria.Core.Tests.Json;

/// <summary>A change feed's message: one record read on its own, by the dataset reader's rules.</summary>
public sealed class RecordReaderTests
{
    private static RecordLoadResult<Graduate> ParseGraduate(string json) => RecordReader.ReadGraduate(Encoding.UTF8.GetBytes(json));

    private static RecordLoadResult<CareerEvent> ParseEvent(string json) => RecordReader.ReadEvent(Encoding.UTF8.GetBytes(json));

    private static RecordLoadResult<College> ParseCollege(string json) => RecordReader.ReadCollege(Encoding.UTF8.GetBytes(json));

    private static RecordLoadResult<Employer> ParseEmployer(string json) => RecordReader.ReadEmployer(Encoding.UTF8.GetBytes(json));

    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "TestData", "small-region.json");

    [Fact]
    public async Task Every_record_of_a_dataset_read_on_its_own_is_the_record_the_dataset_has()
    {
        var dataset = (await DatasetReader.ReadFileAsync(SamplePath)).Dataset;
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(SamplePath));
        var root = document.RootElement;
        byte[] Element(string section, int i) => Encoding.UTF8.GetBytes(root.GetProperty(section)[i].GetRawText());

        Assert.NotEmpty(dataset.Graduates);
        Assert.NotEmpty(dataset.Events);
        for (var i = 0; i < dataset.Graduates.Count; i++)
        {
            Assert.Equal(dataset.Graduates[i], RecordReader.ReadGraduate(Element("graduates", i)).Record);
        }

        for (var i = 0; i < dataset.Colleges.Count; i++)
        {
            Assert.Equal(dataset.Colleges[i], RecordReader.ReadCollege(Element("colleges", i)).Record);
        }

        for (var i = 0; i < dataset.Employers.Count; i++)
        {
            Assert.Equal(dataset.Employers[i], RecordReader.ReadEmployer(Element("employers", i)).Record);
        }

        for (var i = 0; i < dataset.Events.Count; i++)
        {
            Assert.Equal(dataset.Events[i], RecordReader.ReadEvent(Element("events", i)).Record);
        }
    }

    [Fact]
    public void A_bad_record_is_refused_with_the_path_and_line_from_its_root()
    {
        var status = Assert.Throws<InvalidInputException>(() => ParseGraduate("""
            {
              "id": "g1",
              "collegeId": "c1",
              "outcome": { "status": "hired" }
            }
            """));
        Assert.Equal("$.outcome.status", status.Path);
        Assert.Equal(4, status.Line);

        var id = Assert.Throws<InvalidInputException>(() => ParseEvent("""{"collegeId":"c1","kind":"jobFair","date":"2023-05-01"}"""));
        Assert.Equal("$.id", id.Path);

        var repeated = Assert.Throws<InvalidInputException>(() => ParseCollege("""{"id":"c1","id":"c2"}"""));
        Assert.Contains("id", repeated.Path, StringComparison.Ordinal);

        Assert.Throws<InvalidInputException>(() => ParseEmployer("null"));
        Assert.Throws<InvalidInputException>(() => ParseEmployer("[]"));
    }

    [Fact]
    public void A_property_the_contract_does_not_have_is_a_DQ10_warning_at_its_path()
    {
        var read = ParseEmployer("""{"id":"e1","inn":"6312000000"}""");

        Assert.Equal("e1", read.Record.Id);
        var finding = Assert.Single(read.Findings);
        Assert.Equal(FindingCodes.UnknownProperty, finding.Code);
        Assert.Equal("$.inn", finding.Path);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }
}
