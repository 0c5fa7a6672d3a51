using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Facts;

namespace Criteria.Json.Converters;

/// <summary>Reads and writes the <c>health</c> set as an array of category names.</summary>
internal sealed class HealthCategoriesConverter : JsonConverter<HealthCategories>
{
    private static readonly (HealthCategories Flag, string Name)[] Categories =
    [
        (HealthCategories.Disabled, "disabled"),
        (HealthCategories.DisabledChild, "disabledChild"),
        (HealthCategories.LimitedHealth, "limitedHealth"),
    ];

    private static readonly string Allowed = string.Join(", ", Categories.Select(c => c.Name));

    public override HealthCategories Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonToken.Expected($"an array of {Allowed}", ref reader);
        }

        var result = HealthCategories.None;
        var position = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new ContractViolation($"item {position}: expected one of {Allowed}, found {JsonToken.Describe(ref reader)}");
            }

            var text = reader.GetString()!;
            var found = Array.FindIndex(Categories, c => string.Equals(c.Name, text, StringComparison.Ordinal));
            if (found < 0)
            {
                throw new ContractViolation($"item {position}: {JsonToken.Quote(text)} is not one of {Allowed}");
            }

            result |= Categories[found].Flag;
            position++;
        }

        return result;
    }

    public override void Write(Utf8JsonWriter writer, HealthCategories value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var (flag, name) in Categories)
        {
            if ((value & flag) != 0)
            {
                writer.WriteStringValue(name);
            }
        }

        writer.WriteEndArray();
    }
}
