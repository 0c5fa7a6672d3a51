using System.Text;
using System.Text.Json;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Quality;

namespace Criteria.Server;

/// <summary>
/// A batch of changes as <c>POST /live/changes</c> takes it: <c>{"changes": [{"action": "insert|update|retract",
/// "section": "graduates|colleges|employers|events", "record": {…}} | {"action": "retract", "section": …, "id": "g1"}]}</c>.
/// Each record is read by the per-record reader (the dataset contract's rules, its findings' paths under
/// <c>$.changes[i].record</c>).
/// </summary>
internal static partial class ChangeBatch
{
    /// <summary>Reads a batch: its changes, and what reading their records found (DQ10: properties the contract does not have), with paths under <c>$.changes[i].record</c>.</summary>
    public static (IReadOnlyList<RecordChange> Changes, IReadOnlyList<Finding> Findings) Read(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = ContractDepth });
        }
        catch (JsonException error)
        {
            throw new InvalidInputException(error.Path ?? "$", $"the batch is not JSON as the service takes it: {Plain(error.Message)}", line: error.LineNumber + 1, bytePositionInLine: error.BytePositionInLine + 1);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidInputException("$", "expected an object with an array \"changes\"");
            }

            var result = new List<RecordChange>(changes.GetArrayLength());
            var findings = new List<Finding>();
            var i = 0;
            foreach (var change in changes.EnumerateArray())
            {
                result.Add(One(change, $"$.changes[{i++}]", findings));
            }

            return (result, findings);
        }
    }

    private const int ContractDepth = 64 + 3; // a record's own limit, below "changes", its array and its change

    private static RecordChange One(JsonElement change, string path, List<Finding> findings)
    {
        string Text(string name) =>
            change.ValueKind == JsonValueKind.Object && change.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()!
                : throw new InvalidInputException($"{path}.{name}", $"expected the change's {name} (a string)");

        var action = Text("action");
        var section = Text("section");
        if (section is not ("graduates" or "colleges" or "employers" or "events"))
        {
            throw new InvalidInputException($"{path}.section", $"'{section}' is not one of graduates, colleges, employers, events");
        }

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
                _ => RecordChange.RetractEvent(id),
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
        string Under(string recordPath) => $"{path}.record{recordPath[1..]}";
        RecordChange Changed<T>(RecordLoadResult<T> read)
            where T : class
        {
            findings.AddRange(read.Findings.Select(f => f with { Path = f.Path.StartsWith('$') ? Under(f.Path) : f.Path }));
            return read.Record switch
            {
                Facts.Graduate g => insert ? RecordChange.Insert(g) : RecordChange.Update(g),
                Facts.College c => insert ? RecordChange.Insert(c) : RecordChange.Update(c),
                Facts.Employer e => insert ? RecordChange.Insert(e) : RecordChange.Update(e),
                Facts.CareerEvent e => insert ? RecordChange.Insert(e) : RecordChange.Update(e),
                _ => throw new InvalidOperationException($"a record of {typeof(T).Name} is not a change"),
            };
        }

        try
        {
            return section switch
            {
                "graduates" => Changed(RecordReader.ReadGraduate(bytes)),
                "colleges" => Changed(RecordReader.ReadCollege(bytes)),
                "employers" => Changed(RecordReader.ReadEmployer(bytes)),
                _ => Changed(RecordReader.ReadEvent(bytes)),
            };
        }
        catch (InvalidInputException error) when (error.Path.StartsWith('$'))
        {
            throw new InvalidInputException(Under(error.Path), error.Problem, error.RecordId, innerException: error);
        }
    }

    /// <summary>A System.Text.Json message without its own "Path: … | LineNumber: … | BytePositionInLine: …" (the error carries them).</summary>
    private static string Plain(string message) => Position().Replace(message, "").Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+\s*\|\s*BytePositionInLine: \d+\.?\s*$")]
    private static partial System.Text.RegularExpressions.Regex Position();
}
