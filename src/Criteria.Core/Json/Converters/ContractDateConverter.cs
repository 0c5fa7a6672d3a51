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

        if (TryParse(ref reader, out var common))
        {
            return common;
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

    /// <summary>The common case read straight from the bytes: ten ASCII characters, digits and two dashes, a real date.</summary>
    public static bool TryParse(ref Utf8JsonReader reader, out DateOnly date)
    {
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan is { Length: 10 } utf8
            && utf8[4] == (byte)'-' && utf8[7] == (byte)'-'
            && Digits(utf8[..4], out var year) && Digits(utf8.Slice(5, 2), out var month) && Digits(utf8.Slice(8, 2), out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        date = default;
        return false;
    }

    private static bool Digits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (var b in utf8)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
