using System.Text;
using Criteria.Benchmarks.Baseline;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.PropertyTests.Generators;
using Criteria.Samples;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests;

/// <summary>
/// The benchmarks' equal-work hand-written pass (<see cref="SameWorkPass"/>) does exactly the work of
/// <c>criteria evaluate data.json --format json --out report.json</c>: for the same file it writes the
/// report the library writes, byte for byte — every number, status, target, finding (code, college,
/// record, path, message, order) and every byte of layout. The library's report is made as the command
/// line makes it: the file read with <see cref="DatasetReader"/>, evaluated in strict mode with the
/// reading findings, written with <see cref="ReportWriter"/>, indented.
/// </summary>
public sealed class SameWorkLaws
{
    public static TheoryData<int, int, int> Samples => new()
    {
        { 2023, 20, 5_000 },
        { 17, 55, 20_000 },
        { 5, 3, 300 },
        { 99, 1, 0 },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task The_pass_writes_the_library_report_of_a_generated_sample(int seed, int colleges, int graduates)
    {
        var dataset = SampleDatasetGenerator.Generate(new SampleDatasetOptions { Seed = seed, Colleges = colleges, Graduates = graduates });
        using var files = new TemporaryFiles();
        var path = files.Path("dataset.json");
        await DatasetWriter.WriteFileAsync(dataset, path);
        var (same, difference) = await SameReportAsync(path, files);
        Assert.True(same, difference);
    }

    [Fact]
    public async Task The_pass_writes_the_library_report_of_the_small_region_sample()
    {
        using var files = new TemporaryFiles();
        var (same, difference) = await SameReportAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "small-region.json"), files);
        Assert.True(same, difference);
    }

    /// <summary>The sections of a document no generator makes (see <see cref="The_pass_writes_the_library_report_of_a_document_in_an_odd_shape"/>).</summary>
    private static readonly Dictionary<string, string> OddSections = new()
    {
        ["zeta"] = "1",
        ["period"] = """{ "cutoff": "2023-12-01", "start": "2022-09-01", "x-y": [1, 2], "end": "2023-08-31" }""",
        ["graduates"] = """
            [
              {
                "outcome": { "byProfile": true, "status": "unknown", "2.1": null },
                "health": ["disabledChild", "disabled"],
                "id": "g\u0031",
                "extensions": { "samara-2023": 1, "b.c": { "k": "v" }, "a": null, "samara": 2 },
                "ais": { "careerTrack": { "updatedOn": "2024-01-05", "status": "employed", "formed": true, "o'k": 3 }, "registered": false },
                "collegeId": "c\u0031",
                "odd one": true,
                "resumes": [ { "correct": true, "postedInAis": true }, { "postedInAis": true, "extra": {} } ]
              },
              { "id": "g2", "collegeId": "c2", "outcome": { "status": "notEmployed" }, "atRisk": null, "vacancyInvitations": 3, "targetedContract": { "employerId": "e1" } },
              { "collegeId": "c2", "id": "g3", "outcome": { "employerId": "e2", "status": "employed" }, "targetedContract": { "employerId": "e2" }, "support": { "resumeAndInterview": true, "regionalMeasures": true }, "youngSpecialistEligible": true }
            ]
            """,
        ["events"] = """
            [
              { "participantIds": ["g1", "g\u0033"], "date": "2023-03-01", "kind": "jobFair", "collegeId": "c2", "id": "ev1", "employerIds": ["e2", "e1", "e2"], "note": "x" },
              { "id": "ev2", "collegeId": "c1", "kind": "training", "date": "2024-02-01", "participantIds": ["g2"] }
            ]
            """,
        ["employers"] = """[ { "defenseIndustry": true, "id": "e2", "extensions": { "z": 1 } }, { "id": "e1", "name": null, "unknownToo": 1 } ]""",
        ["colleges"] = """
            [
              {
                "spo1": { "limitedHealth": 5, "total": 1, "disabledChild": 3, "disabled": 0 },
                "vacancyBank": { "updatedOn": "2023-12-24", "url": "u", "partnerVacancies": 2 },
                "messengerChats": [ { "lastActivity": "2023-12-02", "members": 4 }, { "members": 1, "lastActivity": "2023-11-30" }, { "lastActivity": "2024-01-01" } ],
                "id": "c1",
                "name": "Колледж «Один»",
                "websiteSection": { "checklist": { "contacts": true, "regulation": true, "events": null } },
                "workPlan": { "url": "", "approved": true, "containsCriteria": true }
              },
              { "id": "c2", "spo1": { "total": 2, "disabled": null }, "messengerChats": [ { "lastActivity": "2023-12-31", "members": 0 } ], "vacancyBank": null }
            ]
            """,
        ["region"] = "\"Край\"",
        ["schemaVersion"] = "\"1.3\"",
    };

    /// <summary>
    /// A document no generator makes, its sections in several orders (graduates read before the sections
    /// they need, or before employers and events that come later): unknown properties with plain and
    /// bracketed names interleaved with known ones, extensions, escaped ids, objects out of the contract's
    /// order where several findings of one code share an object (СПО-1 counts, a college's dates).
    /// </summary>
    [Theory]
    [InlineData("zeta period graduates events employers colleges region schemaVersion")]
    [InlineData("schemaVersion period colleges graduates employers events zeta")]
    [InlineData("period colleges events graduates employers schemaVersion")]
    [InlineData("graduates events employers colleges period region schemaVersion")]
    public async Task The_pass_writes_the_library_report_of_a_document_in_an_odd_shape(string order)
    {
        var document = "{" + string.Join(",\n", order.Split(' ').Select(name => $"\"{name}\": {OddSections[name]}")) + "}";
        using var files = new TemporaryFiles();
        var path = files.Path("dataset.json");
        await File.WriteAllTextAsync(path, document);
        var (same, difference) = await SameReportAsync(path, files);
        Assert.True(same, difference);
    }

    [Law]
    public Property The_pass_writes_the_library_report_of_any_valid_dataset(Dataset dataset) => Same(DatasetWriter.ToUtf8Bytes(dataset));

    /// <summary>Sections and properties in another order, unknown properties, nulls for absent values, a byte-order mark.</summary>
    [Law]
    public Property The_pass_writes_the_library_report_of_a_valid_document_in_any_shape(Dataset dataset, HarmlessEdit[] edits)
    {
        var bytes = DatasetWriter.ToUtf8Bytes(dataset);
        foreach (var edit in edits)
        {
            bytes = edit.Apply(bytes);
        }

        return Same(bytes).Label(string.Join(", ", edits.Select(e => e.ToString())));
    }

    /// <summary>Both reports of a document; discarded when the library refuses it in strict mode (the pass assumes valid input).</summary>
    private static Property Same(byte[] document)
    {
        using var files = new TemporaryFiles();
        var path = files.Path("dataset.json");
        File.WriteAllBytes(path, document);
        (bool Same, string Difference)? outcome;
        try
        {
            outcome = SameReportAsync(path, files).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is InvalidInputException or DatasetRejectedException)
        {
            outcome = null;
        }

        return Prop.When(outcome is not null, () => outcome!.Value.Same.Label(outcome.Value.Difference));
    }

    /// <summary>Writes the library's report and the pass's report of a file and compares their bytes.</summary>
    private static async Task<(bool Same, string Difference)> SameReportAsync(string datasetPath, TemporaryFiles files)
    {
        var loaded = await DatasetReader.ReadFileAsync(datasetPath);
        var report = Laws.Evaluator.Evaluate(loaded.Dataset, new EvaluationSettings { Mode = EvaluationMode.Strict, ReadingFindings = [.. loaded.Findings] });
        var libraryPath = files.Path("library-report.json");
        var stream = File.Create(libraryPath);
        await using (stream.ConfigureAwait(false))
        {
            await ReportWriter.WriteAsync(report, stream, indented: true);
        }

        var passPath = files.Path("same-work-report.json");
        SameWorkPass.Run(datasetPath, passPath);
        var expected = await File.ReadAllBytesAsync(libraryPath);
        var actual = await File.ReadAllBytesAsync(passPath);
        return (expected.AsSpan().SequenceEqual(actual), Difference(expected, actual));
    }

    /// <summary>Where two reports first differ, with a little of each around it.</summary>
    private static string Difference(byte[] expected, byte[] actual)
    {
        var at = expected.AsSpan().CommonPrefixLength(actual);
        if (at == expected.Length && at == actual.Length)
        {
            return "the same bytes";
        }

        string Around(byte[] bytes)
        {
            var from = Math.Max(0, at - 300);
            return Encoding.UTF8.GetString(bytes, from, Math.Min(bytes.Length, at + 300) - from);
        }

        return $"the reports differ at byte {at} (library {expected.Length} bytes, pass {actual.Length} bytes)\n--- library:\n{Around(expected)}\n--- pass:\n{Around(actual)}";
    }

    /// <summary>A directory of files for one case, deleted with them.</summary>
    private sealed class TemporaryFiles : IDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("criteria-same-work-").FullName;

        public string Path(string name) => System.IO.Path.Combine(_directory, name);

        public void Dispose() => Directory.Delete(_directory, recursive: true);
    }
}
