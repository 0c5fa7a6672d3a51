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
}
