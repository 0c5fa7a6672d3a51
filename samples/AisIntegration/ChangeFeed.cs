using System.Text.Json;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;

/// <summary>
/// Reads one change of the AIS feed: an operation (insert, update, retract) and the records it carries,
/// in the dataset contract's own shape, so that they are checked by the same strict reader.
/// </summary>
internal static class ChangeFeed
{
    public static void Apply(LiveEvaluation live, JsonElement change, Period period)
    {
        var op = change.GetProperty("op").GetString();
        if (op == "retract")
        {
            foreach (var id in Ids(change, "graduates"))
            {
                live.RetractGraduate(id);
            }

            foreach (var id in Ids(change, "events"))
            {
                live.RetractEvent(id);
            }

            return;
        }

        var records = Records(change, period);
        var insert = op == "insert";
        foreach (var college in records.Colleges)
        {
            (insert ? (Action<College>)live.InsertCollege : live.UpdateCollege)(college);
        }

        foreach (var employer in records.Employers)
        {
            (insert ? (Action<Employer>)live.InsertEmployer : live.UpdateEmployer)(employer);
        }

        foreach (var graduate in records.Graduates)
        {
            (insert ? (Action<Graduate>)live.InsertGraduate : live.UpdateGraduate)(graduate);
        }

        foreach (var careerEvent in records.Events)
        {
            (insert ? (Action<CareerEvent>)live.InsertEvent : live.UpdateEvent)(careerEvent);
        }
    }

    private static IEnumerable<string> Ids(JsonElement change, string name) =>
        change.TryGetProperty(name, out var ids) ? ids.EnumerateArray().Select(id => id.GetString()!) : [];

    private static Dataset Records(JsonElement change, Period period)
    {
        var document = new Dictionary<string, object?>
        {
            ["schemaVersion"] = Dataset.CurrentSchemaVersion,
            ["period"] = new Dictionary<string, string>
            {
                ["start"] = period.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["end"] = period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["cutoff"] = period.Cutoff.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        foreach (var section in new[] { "colleges", "employers", "events", "graduates" })
        {
            if (change.TryGetProperty(section, out var records))
            {
                document[section] = records;
            }
        }

        return DatasetReader.Parse(JsonSerializer.Serialize(document)).Dataset;
    }
}
