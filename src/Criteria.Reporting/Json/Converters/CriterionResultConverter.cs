using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Json.Converters;

/// <summary>
/// Writes a result in the shape of docs/report.md: <c>numerator</c> and <c>denominator</c> always present
/// (possibly null) on results with a ratio and absent otherwise; <c>value</c> a flag, a whole number,
/// the nearest double (shortest round-trip form) or null; the ids of a distinct count under the
/// criterion's name for them; <c>target</c> only where the profile sets one. Reads the same shape.
/// </summary>
internal sealed class CriterionResultConverter : JsonConverter<CriterionResult>
{
    private static readonly ContractEnumConverter<Cohort> CohortConverter = new();
    private static readonly ContractEnumConverter<ResultStatus> StatusConverter = new();
    private static readonly ContractEnumConverter<TargetSource> SourceConverter = new();

    public override void Write(Utf8JsonWriter writer, CriterionResult value, JsonSerializerOptions options) => Write(writer, value, options, withKey: true);

    /// <summary>Writes a result; without its key (<c>code</c>, <c>cohort</c>) it is a point of a trend's series.</summary>
    internal static void Write(Utf8JsonWriter writer, CriterionResult value, JsonSerializerOptions options, bool withKey)
    {
        writer.WriteStartObject();
        if (withKey)
        {
            writer.WriteString("code", value.Code);
            writer.WriteString("cohort", value.Cohort.Name());
        }

        if (value.HasRatio)
        {
            WriteNullable(writer, "numerator", value.Numerator);
            WriteNullable(writer, "denominator", value.Denominator);
        }

        writer.WritePropertyName("value");
        switch (value.Value.Kind)
        {
            case ResultValueKind.Flag:
                writer.WriteBooleanValue(value.Value.Flag);
                break;
            case ResultValueKind.WholeNumber:
                writer.WriteNumberValue((long)value.Value.Number);
                break;
            case ResultValueKind.Fraction:
                writer.WriteNumberValue(value.Value.Number);
                break;
            default:
                writer.WriteNullValue();
                break;
        }

        if (value.Ids is { } ids)
        {
            writer.WriteStartArray(value.IdsName);
            foreach (var id in ids)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("status");
        StatusConverter.Write(writer, value.Status, options);
        if (value.Target is { } target)
        {
            writer.WritePropertyName("target");
            writer.WriteRawValue(target.ToString(), skipInputValidation: true);
        }

        if (value.TargetSource == TargetSource.College)
        {
            writer.WritePropertyName("targetSource");
            SourceConverter.Write(writer, TargetSource.College, options);
            if (value.ProfileTarget is { } profileTarget)
            {
                writer.WritePropertyName("profileTarget");
                writer.WriteRawValue(profileTarget.ToString(), skipInputValidation: true);
            }

            if (value.ProfileStatus is { } profileStatus)
            {
                writer.WritePropertyName("profileStatus");
                StatusConverter.Write(writer, profileStatus, options);
            }
        }

        writer.WriteEndObject();
    }

    public override CriterionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw JsonToken.Expected("an object", ref reader);
        }

        string? code = null, idsName = null;
        Cohort? cohort = null;
        ResultStatus? status = null;
        long? numerator = null, denominator = null;
        var hasRatio = false;
        var value = ResultValue.None;
        ValueArray<string>? ids = null;
        ExactDecimal? target = null, profileTarget = null;
        TargetSource? source = null;
        ResultStatus? profileStatus = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "code":
                    code = reader.GetString() is { } text ? Shared(text) : null;
                    break;
                case "cohort":
                    cohort = CohortConverter.Read(ref reader, typeof(Cohort), options);
                    break;
                case "numerator":
                    hasRatio = true;
                    numerator = WholeOrNull(ref reader, "numerator");
                    break;
                case "denominator":
                    hasRatio = true;
                    denominator = WholeOrNull(ref reader, "denominator");
                    break;
                case "value":
                    value = reader.TokenType switch
                    {
                        JsonTokenType.True => ResultValue.Of(true),
                        JsonTokenType.False => ResultValue.Of(false),
                        JsonTokenType.Null => ResultValue.None,
                        _ => reader.TryGetInt64(out var whole) && !hasRatio ? ResultValue.Of(whole) : ResultValueFromFraction(reader.GetDouble(), numerator, denominator),
                    };
                    break;
                case "status":
                    status = StatusConverter.Read(ref reader, typeof(ResultStatus), options);
                    break;
                case "target":
                    target = ExactDecimalConverter.ReadNumber(ref reader, "a result's target");
                    break;
                case "targetSource":
                    source = SourceConverter.Read(ref reader, typeof(TargetSource), options);
                    break;
                case "profileTarget":
                    profileTarget = ExactDecimalConverter.ReadNumber(ref reader, "a result's profileTarget");
                    break;
                case "profileStatus":
                    profileStatus = StatusConverter.Read(ref reader, typeof(ResultStatus), options);
                    break;
                case var _ when reader.TokenType == JsonTokenType.StartArray:
                    idsName = Shared(name);
                    var list = new List<string>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        list.Add(reader.GetString()!);
                    }

                    ids = list.ToValueArray();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new CriterionResult
        {
            Code = code ?? throw new ContractViolation("a result has no code"),
            Cohort = cohort ?? throw new ContractViolation("a result has no cohort"),
            Status = status ?? throw new ContractViolation("a result has no status"),
            HasRatio = hasRatio,
            Numerator = numerator,
            Denominator = denominator,
            Value = value,
            Ids = ids,
            IdsName = idsName ?? "ids",
            Target = target,
            TargetSource = source,
            ProfileTarget = profileTarget,
            ProfileStatus = profileStatus,
        };
    }

    /// <summary>
    /// One string for each code and ids' name read (a report of 3,600 colleges repeats 24 codes 432,000 times; a
    /// trend holds a dozen reports). Bounded: past a few thousand distinct names they are no longer shared.
    /// </summary>
    private static string Shared(string text)
    {
        if (SharedNames.TryGetValue(text, out var shared))
        {
            return shared;
        }

        return SharedNames.Count < 4096 ? SharedNames.GetOrAdd(text, text) : text;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SharedNames = new(StringComparer.Ordinal);

    private static ResultValue ResultValueFromFraction(double written, long? numerator, long? denominator) =>
        numerator is { } n && denominator is { } d and > 0 ? ResultValue.Fraction(n, d) : ResultValue.Of((long)written);

    private static void WriteNullable(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A result's numerator or denominator: a whole number, or null; anything else named in words, with the property (the serializer's path stops at the result).</summary>
    private static long? WholeOrNull(ref Utf8JsonReader reader, string name) =>
        reader.TokenType == JsonTokenType.Null ? null
        : reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var whole) ? whole
        : throw new ContractViolation($"{name}: expected a whole number or null, found {JsonToken.Describe(ref reader)}");
}
