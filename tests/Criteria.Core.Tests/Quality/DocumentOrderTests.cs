using Criteria.Quality;

namespace Criteria.Core.Tests.Quality;

public sealed class DocumentOrderTests
{
    [Fact]
    public void Paths_sort_in_document_order_with_numeric_indices_and_contract_sections()
    {
        string[] expected =
        [
            "$",
            "$.schemaVersion",
            "$.period",
            "$.colleges[2].spo1.total",
            "$.colleges[10]",
            "$.colleges[10].messengerChats[1].lastActivity",
            "$.colleges[10].messengerChats[9].lastActivity",
            "$.employers[0].id",
            "$.events[3].participantIds[2]",
            "$.events[3].participantIds[11]",
            "$.graduates[9].outcome",
            "$.graduates[10].ais",
            "$.zzz",
        ];
        var shuffled = expected.Reverse().ToArray();
        Assert.Equal(expected, shuffled.Order(DocumentOrder.Instance));
    }

    [Fact]
    public void Findings_sort_by_code_then_path_whatever_order_they_come_in()
    {
        Finding F(string code, string path) => new() { Code = code, Severity = FindingSeverity.Warning, Path = path, Message = "m" };
        Finding[] expected = [F("DQ2", "$.events[0].collegeId"), F("DQ2", "$.graduates[2].collegeId"), F("DQ7", "$.events[1].date"), F("DQ10", "$.x"), F("RULE", "$.graduates[0]"), F("X1", "$")];
        Assert.Equal(expected, FindingOrder.Sort(expected.Reverse()));
    }

    [Fact]
    public void Many_findings_sort_as_the_definition_says_code_then_path_then_message_then_arrival()
    {
        // 30,000 findings: each code's findings are sorted on their own core; the order is the definition's.
        var random = new Random(5);
        string[] codes = ["DQ5", "DQ2", "RULE", "DQ12", "DQ6", "DQ10"];
        string[] tails = ["", ".outcome.status", ".ais.careerTrack.status", ".participantIds[3]", ".participantIds[12]"];
        var findings = Enumerable.Range(0, 30_000).Select(i => new Finding
        {
            Code = codes[random.Next(codes.Length)],
            Severity = FindingSeverity.Warning,
            Path = $"$.{(random.Next(2) == 0 ? "graduates" : "events")}[{random.Next(2_000)}]{tails[random.Next(tails.Length)]}",
            Message = $"m{random.Next(3)}",
            RecordId = $"arrival {i}",
        }).ToArray();

        var expected = findings
            .OrderBy(f => FindingCodes.Rank(f.Code))
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Path, DocumentOrder.Instance)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .Select(f => f.RecordId);
        Assert.Equal(expected, FindingOrder.Sort(findings).Select(f => f.RecordId));
    }

    [Fact]
    public void Properties_of_an_object_sort_in_the_contracts_order_not_by_name()
    {
        string[] expected =
        [
            "$.colleges[0].messengerChats[0].lastActivity",
            "$.colleges[0].vacancyBank.updatedOn",
            "$.colleges[0].spo1.total",
            "$.colleges[0].spo1.disabled",
            "$.colleges[0].spo1.disabledChild",
            "$.colleges[0].spo1.limitedHealth",
            "$.colleges[0].zzz",
            "$.events[0].collegeId",
            "$.events[0].employerIds[0]",
            "$.events[0].participantIds[0]",
            "$.graduates[0].collegeId",
            "$.graduates[0].ais.careerTrack.status",
            "$.graduates[0].atRisk",
            "$.graduates[0].targetedContract.employerId",
            "$.graduates[0].outcome.status",
            "$.graduates[0].outcome.employerId",
        ];
        Assert.Equal(expected, expected.Reverse().Order(DocumentOrder.Instance));
    }

    [Fact]
    public void Each_document_type_records_its_properties_at_their_place_in_the_contract()
    {
        // The rank a setter notes (Seen(n)) must be the declaration's place, which the shape reads by reflection.
        var types = typeof(DocumentOrder).Assembly.GetTypes()
            .Where(t => t.Namespace == "Criteria.Json.Contract" && t.IsClass && !t.IsAbstract && t.BaseType?.Name == "ContractObject")
            .ToArray();
        Assert.True(types.Length >= 18, $"only {types.Length} document types found");
        foreach (var type in types)
        {
            var properties = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly);
            Assert.NotEmpty(properties);
            var document = Activator.CreateInstance(type, nonPublic: true)!;
            foreach (var property in properties.Reverse())
            {
                property.SetValue(document, null);
            }

            var order = (IEnumerable<int>)type.GetMethod("ReadOrder")!.Invoke(document, null)!;
            Assert.Equal(Enumerable.Range(1, properties.Length).Reverse(), order);
        }
    }
}
