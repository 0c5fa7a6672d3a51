using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Catalog;
using Criteria.Json.Converters;
using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Json;

/// <summary>The source-generated serializer of the report contract (docs/report.md).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(ValueArrayConverterFactory),
        typeof(CriterionResultConverter),
        typeof(RatingConverter),
        typeof(ContractDateConverter),
        typeof(ReportPeriodConverter),
        typeof(ContractEnumConverter<CriterionKind>),
        typeof(ContractEnumConverter<FindingSeverity>),
        typeof(ContractEnumConverter<Criteria.Facts.EmploymentStatus>),
    ])]
[JsonSerializable(typeof(Report))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    private static ReportJsonContext? s_compact;
    private static ReportJsonContext? s_indented;

    /// <summary>Compact output, Cyrillic as UTF-8.</summary>
    public static ReportJsonContext Compact => s_compact ??= Create(indented: false);

    /// <summary>Indented output, Cyrillic as UTF-8.</summary>
    public static ReportJsonContext Indented => s_indented ??= Create(indented: true);

    private static ReportJsonContext Create(bool indented) =>
        new(new JsonSerializerOptions(Default.Options)
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
}
