using System.Text.Json;
using System.Text.Json.Serialization;

namespace Criteria.Json.Converters;

/// <summary>Reads a target exactly as written, as a decimal (no binary rounding).</summary>
internal sealed class ContractDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonToken.Expected("a number", ref reader);
        }

        return reader.TryGetDecimal(out var value)
            ? value
            : throw new ContractViolation($"{JsonToken.Describe(ref reader)} is out of the range of a target");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
