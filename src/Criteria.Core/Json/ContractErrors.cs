using System.Text.Json;
using System.Text.RegularExpressions;
using Criteria.Json.Converters;

namespace Criteria.Json;

/// <summary>
/// Turns the serializer's exceptions into <see cref="InvalidInputException"/>: the path and the
/// 1-based line and byte position it knew, and the problem in words instead of .NET type names.
/// </summary>
internal static partial class ContractErrors
{
    public static InvalidInputException From(JsonException exception)
    {
        var path = (string.IsNullOrEmpty(exception.Path) ? JsonPath.Root : exception.Path) + (exception as ContractViolation)?.Within;
        var problem = Problem(exception);
        return new InvalidInputException(
            path,
            problem,
            line: exception.LineNumber + 1,
            bytePositionInLine: exception.BytePositionInLine + 1,
            innerException: exception);
    }

    /// <summary>What a serializer's exception says, for a person.</summary>
    public static string Problem(JsonException exception) =>
        exception is ContractViolation ? exception.Message
        : IsInvalidUtf8(exception) ? "the text is not valid UTF-8 (was the file saved in another encoding, such as Windows-1251?)"
        : Translate(exception.Message);

    private static bool IsInvalidUtf8(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains("UTF-8", StringComparison.Ordinal) || e.Message.Contains("transcode", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Translate(string message)
    {
        var text = Suffix().Replace(message, "").Trim();

        if (ConvertedTo().Match(text) is { Success: true } conversion)
        {
            return "expected " + Describe(conversion.Groups["type"].Value);
        }

        if (Duplicate().Match(text) is { Success: true } duplicate)
        {
            return $"the property '{duplicate.Groups["name"].Value}' appears twice in the same object";
        }

        if (text.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return "a property appears twice in the same object";
        }

        if (text.Contains("depth", StringComparison.OrdinalIgnoreCase) && text.Contains("maximum", StringComparison.OrdinalIgnoreCase))
        {
            return $"the data is nested deeper than {ContractLimits.MaxDepth} levels";
        }

        if (text.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "the input is empty: expected a JSON object";
        }

        if (MissingRequired().Match(text) is { Success: true } missing)
        {
            var names = string.Join(", ", missing.Groups["names"].Value.Split(',').Select(n => n.Trim().Trim('\'')).Where(n => n.Length > 0));
            return $"required properties are missing: {names}";
        }

        if (text.Contains("after a single JSON value", StringComparison.Ordinal))
        {
            return "there is more after the end of the document (a second document, or text after the last closing brace)";
        }

        if (text.Contains("open JSON object or array", StringComparison.Ordinal)
            || text.Contains("end of data", StringComparison.OrdinalIgnoreCase))
        {
            return "the JSON ends too early: an object or array is not closed (is the file truncated?)";
        }

        return "this is not valid JSON: " + text;
    }

    private static string Describe(string typeName)
    {
        if (typeName.Contains("List`1", StringComparison.Ordinal) || typeName.EndsWith("[]", StringComparison.Ordinal) || typeName.EndsWith("Documents", StringComparison.Ordinal))
        {
            return "an array";
        }

        if (typeName.Contains("Dictionary", StringComparison.Ordinal) || typeName.EndsWith("Document", StringComparison.Ordinal))
        {
            return "an object";
        }

        return typeName switch
        {
            "System.String" => "text in quotes",
            "System.Boolean" => "true or false",
            "System.Int32" => "a whole number",
            "System.Decimal" or "Criteria.Profiles.ExactDecimal" => "a number",
            "System.DateOnly" => "a date of the form YYYY-MM-DD",
            "System.Text.Json.JsonElement" => "a JSON value",
            _ => "a value of another type",
        };
    }

    [GeneratedRegex(@"\s*(Path: .*)?\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?$|\s*Path: \$[^ ]*\.?$")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\.?$")]
    private static partial Regex ConvertedTo();

    [GeneratedRegex(@"Duplicate property '(?<name>[^']*)'")]
    private static partial Regex Duplicate();

    [GeneratedRegex(@"was missing required properties,? including: (?<names>.*?)\.?$")]
    private static partial Regex MissingRequired();
}
