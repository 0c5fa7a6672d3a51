using System.Text;
using System.Text.Json;
using Criteria.Evaluation;
using Criteria.Json;

namespace Criteria.Server;

/// <summary>
/// A batch of changes as <c>POST /live/changes</c> takes it: <c>{"changes": [{"action": "insert|update|retract",
/// "section": "graduates|colleges|employers|events", "record": {…}} | {"action": "retract", "section": …, "id": "g1"}]}</c>.
/// Each record is read by the per-record reader (the dataset contract's rules, its findings' paths under
/// <c>$.changes[i].record</c>).
/// </summary>
internal static class ChangeBatch
{
    public static IReadOnlyList<RecordChange> Read(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException error)
        {
            throw new InvalidInputException("$", $"the batch is not JSON: {error.Message}", line: error.LineNumber + 1, bytePositionInLine: error.BytePositionInLine + 1);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidInputException("$", "expected an object with an array \"changes\"");
            }

            var result = new List<RecordChange>(changes.GetArrayLength());
            var i = 0;
            foreach (var change in changes.EnumerateArray())
            {
                result.Add(One(change, $"$.changes[{i++}]"));
            }

            return result;
        }
    }

    private static RecordChange One(JsonElement change, string path)
    {
        string Text(string name) =>
            change.ValueKind == JsonValueKind.Object && change.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new InvalidInputException($"{path}.{name}", $"expected the change's {name} (a string)");

        var action = Text("action");
        var section = Text("section");
        if (action == "retract")
        {
            var id = Text("id");
            if (id.Length == 0)
            {
                throw new InvalidInputException($"{path}.id", "an id cannot be empty");
            }

            return section switch
            {
                "graduates" => RecordChange.RetractGraduate(id),
                "colleges" => RecordChange.RetractCollege(id),
                "employers" => RecordChange.RetractEmployer(id),
                "events" => RecordChange.RetractEvent(id),
                _ => throw Section(path, section),
            };
        }

        if (action is not ("insert" or "update"))
        {
            throw new InvalidInputException($"{path}.action", $"'{action}' is not one of insert, update, retract");
        }

        if (!change.TryGetProperty("record", out var record) || record.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException($"{path}.record", "expected the record (an object) to insert or update");
        }

        var bytes = Encoding.UTF8.GetBytes(record.GetRawText());
        var insert = action == "insert";
        try
        {
            return section switch
            {
                "graduates" => insert ? RecordChange.Insert(RecordReader.ReadGraduate(bytes).Record) : RecordChange.Update(RecordReader.ReadGraduate(bytes).Record),
                "colleges" => insert ? RecordChange.Insert(RecordReader.ReadCollege(bytes).Record) : RecordChange.Update(RecordReader.ReadCollege(bytes).Record),
                "employers" => insert ? RecordChange.Insert(RecordReader.ReadEmployer(bytes).Record) : RecordChange.Update(RecordReader.ReadEmployer(bytes).Record),
                "events" => insert ? RecordChange.Insert(RecordReader.ReadEvent(bytes).Record) : RecordChange.Update(RecordReader.ReadEvent(bytes).Record),
                _ => throw Section(path, section),
            };
        }
        catch (InvalidInputException error) when (error.Path.StartsWith('$'))
        {
            throw new InvalidInputException($"{path}.record{error.Path[1..]}", error.Problem, error.RecordId, innerException: error);
        }
    }

    private static InvalidInputException Section(string path, string section) =>
        new($"{path}.section", $"'{section}' is not one of graduates, colleges, employers, events");
}
