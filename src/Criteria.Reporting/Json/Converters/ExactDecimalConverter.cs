using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Profiles;

namespace Criteria.Json.Converters;

/// <summary>Reads a target exactly as written, every digit kept (no binary or 28-digit rounding), and writes it back as written.</summary>
internal sealed class ExactDecimalConverter : JsonConverter<ExactDecimal>
{
    public override ExactDecimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadNumber(ref reader, "a target");

    /// <summary>Reads a number exactly as written; what it is (<c>a target</c>, <c>a weight</c>) names it in the error.</summary>
    public static ExactDecimal ReadNumber(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonToken.Expected("a number", ref reader);
        }

        var text = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        return ExactDecimal.TryParse(text, out var value)
            ? value
            : throw new ContractViolation($"{JsonToken.Describe(ref reader)} is out of the range of {what} (at most {ExactDecimal.MaxDigits} digits)");
    }

    public override void Write(Utf8JsonWriter writer, ExactDecimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToString(), skipInputValidation: true);
}
