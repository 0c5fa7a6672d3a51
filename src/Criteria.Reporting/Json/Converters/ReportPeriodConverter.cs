using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Facts;

namespace Criteria.Json.Converters;

/// <summary>
/// A report's <c>period</c>: <c>start</c>, <c>end</c> and <c>cutoff</c>, each required, held to what a dataset's
/// period is held to (DQ8: it starts no later than it ends, its cut-off is not before its start), so that a
/// hand-edited report is refused with its path instead of failing later. Other properties are passed over,
/// as everywhere in a report. Written as the contract's dates, in that order.
/// </summary>
internal sealed class ReportPeriodConverter : JsonConverter<Period>
{
    private static readonly ContractDateConverter Dates = new();

    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonToken.Expected("an object with start, end and cutoff", ref reader);
        }

        DateOnly? start = null, end = null, cutoff = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "start": start = Dates.Read(ref reader, typeof(DateOnly), options); break;
                case "end": end = Dates.Read(ref reader, typeof(DateOnly), options); break;
                case "cutoff": cutoff = Dates.Read(ref reader, typeof(DateOnly), options); break;
                default: reader.Skip(); break;
            }
        }

        if (start is not { } s || end is not { } e || cutoff is not { } c)
        {
            var missing = string.Join(", ", new[] { ("start", start), ("end", end), ("cutoff", cutoff) }.Where(p => p.Item2 is null).Select(p => p.Item1));
            throw new ContractViolation($"the period has no {missing}");
        }

        if (s > e)
        {
            throw new ContractViolation($"the period starts on {s:yyyy-MM-dd}, after its end on {e:yyyy-MM-dd} (DQ8)");
        }

        if (c < s)
        {
            throw new ContractViolation($"the cut-off {c:yyyy-MM-dd} is before the period's start on {s:yyyy-MM-dd} (DQ8)");
        }

        return new Period(s, e, c);
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("start");
        Dates.Write(writer, value.Start, options);
        writer.WritePropertyName("end");
        Dates.Write(writer, value.End, options);
        writer.WritePropertyName("cutoff");
        Dates.Write(writer, value.Cutoff, options);
        writer.WriteEndObject();
    }
}
