using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Json.Converters;

/// <summary>
/// Writes the report's <c>rating</c> section in the shape of docs/report.md: <c>index</c>, <c>rank</c>,
/// <c>coverage</c> and a part's <c>score</c> always present (possibly null), numbers in the shortest form of
/// their exact value (<c>71.5</c>, not <c>71.50</c>); <c>weights</c> an object in the report's order. Reads the same shape.
/// </summary>
internal sealed class RatingConverter : JsonConverter<Rating>
{
    private static readonly ContractEnumConverter<Cohort> CohortConverter = new();

    public override void Write(Utf8JsonWriter writer, Rating value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("cohort", value.Cohort.Name());
        writer.WritePropertyName("minCoverage");
        writer.WriteRawValue(Shortest(value.MinCoverage), skipInputValidation: true);
        writer.WriteStartObject("weights");
        foreach (var weight in value.Weights)
        {
            writer.WritePropertyName(weight.Code);
            writer.WriteRawValue(Shortest(weight.Weight), skipInputValidation: true);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("colleges");
        foreach (var college in value.Colleges)
        {
            writer.WriteStartObject();
            writer.WriteString("collegeId", college.CollegeId);
            WriteDecimal(writer, "index", college.Index);
            if (college.Rank is { } rank)
            {
                writer.WriteNumber("rank", rank);
            }
            else
            {
                writer.WriteNull("rank");
            }

            WriteDecimal(writer, "coverage", college.Coverage);
            writer.WriteStartArray("parts");
            foreach (var part in college.Parts)
            {
                writer.WriteStartObject();
                writer.WriteString("code", part.Code);
                writer.WritePropertyName("weight");
                writer.WriteRawValue(Shortest(part.Weight), skipInputValidation: true);
                if (part.Score is { } score)
                {
                    writer.WriteNumber("score", score);
                }
                else
                {
                    writer.WriteNull("score");
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public override Rating Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object");
        Cohort? cohort = null;
        ExactDecimal? minCoverage = null;
        ValueArray<CriterionWeight>? weights = null;
        ValueArray<CollegeRating>? colleges = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "cohort":
                    cohort = CohortConverter.Read(ref reader, typeof(Cohort), options);
                    break;
                case "minCoverage":
                    minCoverage = ExactDecimalConverter.ReadNumber(ref reader, "the rating's minCoverage");
                    break;
                case "weights":
                    Expect(ref reader, JsonTokenType.StartObject, "an object");
                    var list = new List<CriterionWeight>();
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        var code = reader.GetString()!;
                        reader.Read();
                        list.Add(new CriterionWeight(code, ExactDecimalConverter.ReadNumber(ref reader, "a weight")));
                    }

                    weights = list.ToValueArray();
                    break;
                case "colleges":
                    Expect(ref reader, JsonTokenType.StartArray, "an array");
                    var rated = new List<CollegeRating>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        rated.Add(ReadCollege(ref reader));
                    }

                    colleges = rated.ToValueArray();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new Rating
        {
            Cohort = cohort ?? throw new ContractViolation("the rating has no cohort"),
            MinCoverage = minCoverage ?? throw new ContractViolation("the rating has no minCoverage"),
            Weights = weights ?? throw new ContractViolation("the rating has no weights"),
            Colleges = colleges ?? throw new ContractViolation("the rating has no colleges"),
        };
    }

    /// <summary>The shortest form of a number's exact value: <c>2.0</c> → <c>2</c>, <c>0.50</c> → <c>0.5</c>.</summary>
    internal static string Shortest(ExactDecimal value)
    {
        var text = value.ToString();
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    private static CollegeRating ReadCollege(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object");
        string? id = null;
        decimal? index = null, coverage = null;
        int? rank = null;
        var parts = new List<RatingPart>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "collegeId":
                    id = reader.GetString();
                    break;
                case "index":
                    index = reader.TokenType == JsonTokenType.Null ? null : reader.GetDecimal();
                    break;
                case "rank":
                    rank = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt32();
                    break;
                case "coverage":
                    coverage = reader.GetDecimal();
                    break;
                case "parts":
                    Expect(ref reader, JsonTokenType.StartArray, "an array");
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        parts.Add(ReadPart(ref reader));
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new CollegeRating(
            id ?? throw new ContractViolation("a rated college has no collegeId"),
            index,
            rank,
            coverage ?? throw new ContractViolation("a rated college has no coverage"),
            parts.ToValueArray());
    }

    private static RatingPart ReadPart(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object");
        string? code = null;
        ExactDecimal? weight = null;
        double? score = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "code":
                    code = reader.GetString();
                    break;
                case "weight":
                    weight = ExactDecimalConverter.ReadNumber(ref reader, "a weight");
                    break;
                case "score":
                    score = reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return new RatingPart(
            code ?? throw new ContractViolation("a part of a rating has no code"),
            weight ?? throw new ContractViolation("a part of a rating has no weight"),
            score);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what)
    {
        if (reader.TokenType != type)
        {
            throw JsonToken.Expected(what, ref reader);
        }
    }

    private static void WriteDecimal(Utf8JsonWriter writer, string name, decimal? value)
    {
        writer.WritePropertyName(name);
        if (value is { } number)
        {
            writer.WriteRawValue(number.ToString("G29", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
