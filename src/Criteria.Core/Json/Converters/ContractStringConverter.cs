using System.Text.Json;
using System.Text.Json.Serialization;

namespace Criteria.Json.Converters;

/// <summary>Reads text strictly: only JSON strings, at most <see cref="ContractLimits.MaxStringLength"/> UTF-16 code units.</summary>
internal sealed class ContractStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonToken.Expected("text in quotes", ref reader);
        }

        return Check(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Check(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value);

    private static string Check(string value) =>
        value.Length <= ContractLimits.MaxStringLength
            ? value
            : throw new ContractViolation(
                $"the text is {value.Length} characters long; at most {ContractLimits.MaxStringLength} are allowed");
}
