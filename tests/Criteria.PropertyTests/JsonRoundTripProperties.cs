using Criteria.Facts;
using Criteria.Json;
using Criteria.PropertyTests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Criteria.PropertyTests;

/// <summary>What the library writes, it reads back equal: extensions, Cyrillic and edge cases included.</summary>
public sealed class JsonRoundTripProperties
{
    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 300)]
    public bool A_written_dataset_reads_back_equal(Dataset dataset)
    {
        var result = DatasetReader.Read(DatasetWriter.ToUtf8Bytes(dataset));
        return result.Dataset == dataset && result.Findings.IsEmpty;
    }

    // The property names of the dataset contract, from its text (not from the library's types).
    private static readonly HashSet<string> ContractNames =
    [
        "schemaVersion", "region", "period", "start", "end", "cutoff", "colleges", "id", "name", "workPlan", "approved", "url",
        "containsCriteria", "websiteSection", "checklist", "messengerChats", "platform", "members", "lastActivity", "vacancyBank",
        "partnerVacancies", "updatedOn", "spo1", "total", "disabled", "disabledChild", "limitedHealth", "employers", "defenseIndustry",
        "events", "collegeId", "kind", "date", "employerIds", "participantIds", "graduates", "specialty", "health", "ais", "registered",
        "careerTrack", "formed", "status", "youngSpecialistEligible", "support", "regionalMeasures", "resumeAndInterview", "resumes",
        "postedInAis", "correct", "atRisk", "guidance", "diagnosticsRecommendation", "vacancyInvitations", "targetedContract",
        "employerId", "outcome", "byProfile", "extensions",
    ];

    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 100)]
    public Property The_writer_writes_only_the_names_of_the_contract(Dataset dataset)
    {
        var foreign = new List<string>();
        void Walk(System.Text.Json.JsonElement element, string path)
        {
            if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{i++}]");
                }
            }
            else if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (!ContractNames.Contains(property.Name))
                    {
                        foreign.Add($"{path}.{property.Name}");
                    }
                    else if (property.Name is not ("checklist" or "extensions")) // free names inside
                    {
                        Walk(property.Value, $"{path}.{property.Name}");
                    }
                }
            }
        }

        using var document = System.Text.Json.JsonDocument.Parse(DatasetWriter.ToUtf8Bytes(dataset));
        Walk(document.RootElement, "$");
        return (foreign.Count == 0).Label("written outside the contract: " + string.Join(", ", foreign.Take(5)));
    }

    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 100)]
    public bool Indented_and_compact_output_read_back_the_same(Dataset dataset) =>
        DatasetReader.Parse(DatasetWriter.ToJson(dataset, indented: true)).Dataset
        == DatasetReader.Read(DatasetWriter.ToUtf8Bytes(dataset)).Dataset;

    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 100)]
    public bool Writing_is_deterministic(Dataset dataset) =>
        DatasetWriter.ToJson(dataset) == DatasetWriter.ToJson(DatasetReader.Parse(DatasetWriter.ToJson(dataset)).Dataset);
}
