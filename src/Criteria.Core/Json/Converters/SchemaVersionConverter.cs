using System.Text.Json;
using System.Text.Json.Serialization;

namespace Criteria.Json.Converters;

/// <summary>
/// Reads <c>schemaVersion</c> and refuses another major version at once, before the rest of a
/// document of another shape can fail with a confusing message.
/// </summary>
internal sealed class SchemaVersionConverter : JsonConverter<string>
{
    public const int SupportedMajor = 1;

    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonToken.Expected("a version as text, for example \"1.0\"", ref reader);
        }

        var text = reader.GetString()!;
        return Problem(text) is { } problem ? throw new ContractViolation(problem) : text;
    }

    /// <summary>What is wrong with a schema version, or null when this library reads it (major version 1, any minor).</summary>
    public static string? Problem(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var majorText = dot < 0 ? text : text[..dot];
        var minorText = dot < 0 ? "0" : text[(dot + 1)..];
        if (!IsNumber(majorText) || !IsNumber(minorText) || !int.TryParse(majorText, out var major))
        {
            return $"{JsonToken.Quote(text)} is not a version of the form major.minor, for example \"1.0\"";
        }

        return major == SupportedMajor
            ? null
            : $"version {JsonToken.Quote(text)} has major version {major}; this library reads major version {SupportedMajor} only";
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static bool IsNumber(string text) => text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit);
}
