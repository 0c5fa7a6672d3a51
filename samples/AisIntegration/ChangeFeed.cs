using System.Text;
using System.Text.Json;
using Criteria.Evaluation;
using Criteria.Json;

/// <summary>
/// Turns one message of the AIS feed — an operation (insert, update, retract) and the records it carries,
/// each in the dataset contract's own shape — into one batch of record changes. Every record is read on
/// its own by the strict record reader (a bad record is refused with its JSON path before anything is
/// applied); the batch is applied all or nothing.
/// </summary>
internal static class ChangeFeed
{
    public static IReadOnlyList<RecordChange> ToBatch(JsonElement message)
    {
        var op = message.GetProperty("op").GetString();
        var batch = new List<RecordChange>();
        if (op == "retract")
        {
            batch.AddRange(Ids(message, "events").Select(RecordChange.RetractEvent));
            batch.AddRange(Ids(message, "graduates").Select(RecordChange.RetractGraduate));
            batch.AddRange(Ids(message, "employers").Select(RecordChange.RetractEmployer));
            batch.AddRange(Ids(message, "colleges").Select(RecordChange.RetractCollege));
            return batch;
        }

        var insert = op == "insert";
        batch.AddRange(Records(message, "colleges").Select(r => RecordReader.ReadCollege(r).Record).Select(c => insert ? RecordChange.Insert(c) : RecordChange.Update(c)));
        batch.AddRange(Records(message, "employers").Select(r => RecordReader.ReadEmployer(r).Record).Select(e => insert ? RecordChange.Insert(e) : RecordChange.Update(e)));
        batch.AddRange(Records(message, "graduates").Select(r => RecordReader.ReadGraduate(r).Record).Select(g => insert ? RecordChange.Insert(g) : RecordChange.Update(g)));
        batch.AddRange(Records(message, "events").Select(r => RecordReader.ReadEvent(r).Record).Select(e => insert ? RecordChange.Insert(e) : RecordChange.Update(e)));
        return batch;
    }

    private static IEnumerable<string> Ids(JsonElement message, string name) =>
        message.TryGetProperty(name, out var ids) ? ids.EnumerateArray().Select(id => id.GetString()!) : [];

    private static IEnumerable<byte[]> Records(JsonElement message, string name) =>
        message.TryGetProperty(name, out var records) ? records.EnumerateArray().Select(r => Encoding.UTF8.GetBytes(r.GetRawText())) : [];
}
