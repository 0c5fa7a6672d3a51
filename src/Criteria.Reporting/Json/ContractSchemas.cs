using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Criteria.Catalog;
using Criteria.Facts;
using Criteria.Json.Contract;
using Criteria.Json.Converters;
using Criteria.Profiles;
using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Json;

/// <summary>
/// JSON Schemas of the contracts, generated from the types the library reads and writes with
/// System.Text.Json's <see cref="JsonSchemaExporter"/> — not written by hand, so they cannot drift.
/// The strict converters' rules (lengths, ranges, dates, enum names, required fields) are added to
/// the generated nodes.
/// </summary>
public static class ContractSchemas
{
    private static readonly Dictionary<Type, string[]> Required = new()
    {
        [typeof(DatasetDocument)] = ["schemaVersion", "period"],
        [typeof(PeriodDocument)] = ["start", "end", "cutoff"],
        [typeof(CollegeDocument)] = ["id"],
        [typeof(Spo1Document)] = ["total"],
        [typeof(EmployerDocument)] = ["id"],
        [typeof(EventDocument)] = ["id", "collegeId", "kind", "date"],
        [typeof(GraduateDocument)] = ["id", "collegeId", "outcome"],
        [typeof(OutcomeDocument)] = ["status"],
        [typeof(TargetedContractDocument)] = ["employerId"],
    };

    /// <summary>The schema of a dataset (the dataset contract, docs/dataset.md).</summary>
    /// <returns>The schema, indented JSON.</returns>
    public static string Dataset() => Export(ContractJsonContext.Compact.Options, typeof(DatasetDocument), "Criteria dataset, contract version 1");

    /// <summary>The schema of an evaluation profile.</summary>
    /// <returns>The schema, indented JSON.</returns>
    public static string Profile() => Export(ProfileJsonContext.Compact.Options, typeof(ProfileDocument), "Criteria evaluation profile");

    /// <summary>The schema of a report (the report contract, docs/report.md).</summary>
    /// <returns>The schema, indented JSON.</returns>
    public static string Report() => Export(ReportJsonContext.Compact.Options, typeof(Report), "Criteria report, contract version 1");

    private static string Export(JsonSerializerOptions options, Type type, string title)
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = options.GetJsonSchemaAsNode(type, exporter);
        if (schema is JsonObject root)
        {
            root.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
            root.Insert(1, "title", title);
        }

        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        JsonNode? known = type switch
        {
            _ when type == typeof(string) => new JsonObject { ["type"] = "string", ["maxLength"] = ContractLimits.MaxStringLength },
            _ when type == typeof(bool) => new JsonObject { ["type"] = "boolean" },
            _ when type == typeof(int) => new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = int.MaxValue },
            _ when type == typeof(ExactDecimal) => new JsonObject { ["type"] = "number" },
            _ when type == typeof(DateOnly) => new JsonObject { ["type"] = "string", ["format"] = "date" },
            _ when type == typeof(EmploymentStatus) => Enum(ContractEnumConverter<EmploymentStatus>.AllowedValues),
            _ when type == typeof(EventKind) => Enum(ContractEnumConverter<EventKind>.AllowedValues),
            _ when type == typeof(CriterionKind) => Enum(ContractEnumConverter<CriterionKind>.AllowedValues),
            _ when type == typeof(FindingSeverity) => Enum(ContractEnumConverter<FindingSeverity>.AllowedValues),
            _ when type == typeof(HealthCategories) => new JsonObject { ["type"] = "array", ["items"] = Enum("disabled, disabledChild, limitedHealth"), ["uniqueItems"] = false },
            _ when type == typeof(Cohort) => Enum(ContractEnumConverter<Cohort>.AllowedValues),
            _ when type == typeof(CriterionResult) => ResultSchema(),
            _ when type == typeof(Rating) => RatingSchema(),
            _ => null,
        };
        if (known is not null)
        {
            return known;
        }

        // A ValueArray has a converter of its own, for which the exporter knows nothing ("true"): an array of its items.
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Collections.ValueArray<>))
        {
            var items = context.TypeInfo.Options.GetJsonSchemaAsNode(
                type.GetGenericArguments()[0],
                new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform });
            return new JsonObject { ["type"] = "array", ["items"] = items };
        }

        if (schema is JsonObject node && Required.TryGetValue(type, out var required))
        {
            node["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]);
        }

        return schema;
    }

    private static JsonObject Enum(string allowed) =>
        new() { ["type"] = "string", ["enum"] = new JsonArray([.. allowed.Split(", ").Select(v => (JsonNode)v)]) };

    private static JsonObject ResultSchema() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("code", "cohort", "value", "status"),
        ["properties"] = new JsonObject
        {
            ["code"] = new JsonObject { ["type"] = "string" },
            ["cohort"] = Enum("all, inclusive, disabled, disabledChild, limitedHealth"),
            ["numerator"] = new JsonObject { ["type"] = new JsonArray("integer", "null") },
            ["denominator"] = new JsonObject { ["type"] = new JsonArray("integer", "null") },
            ["value"] = new JsonObject { ["type"] = new JsonArray("number", "boolean", "null") },
            ["employerIds"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            ["status"] = Enum("met, notMet, noTarget, noData, error"),
            ["target"] = new JsonObject { ["type"] = "number" },
            ["targetSource"] = Enum("college"),
            ["profileTarget"] = new JsonObject { ["type"] = "number" },
            ["profileStatus"] = Enum("met, notMet, noTarget, noData, error"),
        },
    };

    private static JsonObject RatingSchema() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("cohort", "minCoverage", "weights", "colleges"),
        ["properties"] = new JsonObject
        {
            ["cohort"] = Enum(ContractEnumConverter<Cohort>.AllowedValues),
            ["minCoverage"] = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 },
            ["weights"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 } },
            ["colleges"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("collegeId", "index", "rank", "coverage", "parts"),
                    ["properties"] = new JsonObject
                    {
                        ["collegeId"] = new JsonObject { ["type"] = "string" },
                        ["index"] = new JsonObject { ["type"] = new JsonArray("number", "null"), ["minimum"] = 0, ["maximum"] = 100 },
                        ["rank"] = new JsonObject { ["type"] = new JsonArray("integer", "null"), ["minimum"] = 1 },
                        ["coverage"] = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 },
                        ["parts"] = new JsonObject
                        {
                            ["type"] = "array",
                            ["items"] = new JsonObject
                            {
                                ["type"] = "object",
                                ["required"] = new JsonArray("code", "weight", "score"),
                                ["properties"] = new JsonObject
                                {
                                    ["code"] = new JsonObject { ["type"] = "string" },
                                    ["weight"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 },
                                    ["score"] = new JsonObject { ["type"] = new JsonArray("number", "null"), ["minimum"] = 0, ["maximum"] = 1 },
                                },
                            },
                        },
                    },
                },
            },
        },
    };
}
