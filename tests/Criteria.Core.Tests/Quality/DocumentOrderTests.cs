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
}
