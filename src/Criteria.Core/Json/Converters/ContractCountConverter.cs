using System.Text.Json;
using System.Text.Json.Serialization;

namespace Criteria.Json.Converters;

/// <summary>
/// Reads every integer of the contracts: each is a count or a number of days, so it must be a whole
/// number from 0 to 2,147,483,647.
/// </summary>
internal sealed class ContractCountConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw JsonToken.Expected("a whole number", ref reader);
        }

        if (reader.TryGetInt32(out var value))
        {
            return value >= 0
                ? value
                : throw new ContractViolation($"a count cannot be negative, found {value}");
        }

        if (reader.TryGetDecimal(out var number) && decimal.Truncate(number) == number)
        {
            throw number < 0
                ? new ContractViolation($"a count cannot be negative, found {JsonToken.Describe(ref reader)}")
                : number > int.MaxValue
                    ? new ContractViolation($"{JsonToken.Describe(ref reader)} is too large for a count (at most {int.MaxValue})")
                    : new ContractViolation($"a count is written with digits only (no decimal point or exponent), found {JsonToken.Describe(ref reader)}");
        }

        if (reader.TryGetDouble(out var real) && Math.Abs(real) >= int.MaxValue)
        {
            throw new ContractViolation($"{JsonToken.Describe(ref reader)} is too large for a count (at most {int.MaxValue})");
        }

        throw JsonToken.Expected("a whole number", ref reader);
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
