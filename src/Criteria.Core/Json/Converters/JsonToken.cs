using System.Buffers;
using System.Text.Json;

namespace Criteria.Json.Converters;

/// <summary>Describes the token under a reader in words, for error messages.</summary>
internal static class JsonToken
{
    public const int MaxShownLength = 40;

    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => "the text " + Quote(reader.GetString() ?? ""),
        JsonTokenType.Number => "the number " + System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => reader.TokenType.ToString(),
    };

    public static string Quote(string text) =>
        "'" + (text.Length > MaxShownLength ? string.Concat(text.AsSpan(0, MaxShownLength), "…") : text) + "'";

    public static ContractViolation Expected(string what, ref Utf8JsonReader reader) =>
        new($"expected {what}, found {Describe(ref reader)}");
}
