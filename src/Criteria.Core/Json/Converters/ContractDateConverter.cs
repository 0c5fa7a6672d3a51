using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Criteria.Json.Converters;

/// <summary>Reads and writes a calendar date as <c>YYYY-MM-DD</c>; a date that does not exist (2023-02-30) is an error.</summary>
internal sealed class ContractDateConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonToken.Expected("a date as text of the form YYYY-MM-DD", ref reader);
        }

        var text = reader.GetString()!;
        if (DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw text.Length == 10 && text[4] == '-' && text[7] == '-'
            ? new ContractViolation($"{JsonToken.Quote(text)} is not a date that exists in the calendar")
            : new ContractViolation($"{JsonToken.Quote(text)} is not a date of the form YYYY-MM-DD");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
