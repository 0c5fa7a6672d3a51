using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Criteria.Json.Converters;

/// <summary>
/// Reads and writes an enum as its camelCase name, case-sensitively; a number or an unknown name is
/// an error that lists the allowed values.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class ContractEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = Values.Select(v => ContractNames.CamelCase(v.ToString())).ToArray();
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Names.Zip(Values).ToFrozenDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    private static readonly string Allowed = string.Join(", ", Names);

    public static string NameOf(TEnum value) => Names[Array.IndexOf(Values, value)];

    /// <summary>The names as UTF-8, in the order of the enum's values (for reading them from bytes).</summary>
    public static IReadOnlyList<byte[]> Utf8Names { get; } = [.. Names.Select(System.Text.Encoding.UTF8.GetBytes)];

    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);

    public static string AllowedValues => Allowed;

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonToken.Expected($"one of {Allowed}", ref reader);
        }

        var text = reader.GetString()!;
        return ByName.TryGetValue(text, out var value)
            ? value
            : throw new ContractViolation($"{JsonToken.Quote(text)} is not one of {Allowed}");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));
}
