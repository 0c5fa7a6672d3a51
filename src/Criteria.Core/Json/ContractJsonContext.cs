using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Facts;
using Criteria.Json.Contract;
using Criteria.Json.Converters;

namespace Criteria.Json;

/// <summary>
/// The source-generated serializer of the input contracts (docs/dataset.md): no reflection on the hot
/// path. Every primitive goes through a strict converter, so a wrong value is reported with its path,
/// line and a message a person understands.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = ContractLimits.MaxDepth,
    Converters =
    [
        typeof(ContractStringConverter),
        typeof(ContractBooleanConverter),
        typeof(ContractCountConverter),
        typeof(ContractDateConverter),
        typeof(HealthCategoriesConverter),
        typeof(ContractEnumConverter<EmploymentStatus>),
        typeof(ContractEnumConverter<EventKind>),
    ])]
[JsonSerializable(typeof(DatasetDocument))]
[JsonSerializable(typeof(CollegeDocument))]
[JsonSerializable(typeof(EmployerDocument))]
[JsonSerializable(typeof(EventDocument))]
[JsonSerializable(typeof(GraduateDocument))]
internal sealed partial class ContractJsonContext : JsonSerializerContext
{
    // Created on first use: the generated part's static fields must be initialised first.
    private static ContractJsonContext? s_compact;
    private static ContractJsonContext? s_indented;

    /// <summary>The context that reads: duplicate properties are errors.</summary>
    public static ContractJsonContext Reading => Compact;

    /// <summary>The context that writes compact JSON, Cyrillic as UTF-8.</summary>
    public static ContractJsonContext Compact => s_compact ??= Create(indented: false);

    /// <summary>The context that writes indented JSON, Cyrillic as UTF-8.</summary>
    public static ContractJsonContext Indented => s_indented ??= Create(indented: true);

    private static ContractJsonContext Create(bool indented) => new(Strict(Default.Options, indented));

    /// <summary>
    /// The options every contract file is read and written with (a repeated property is an error;
    /// Cyrillic as UTF-8), over a source-generated context's defaults. The profile's context uses it too.
    /// </summary>
    /// <param name="defaults">The generated context's default options.</param>
    /// <param name="indented">Whether to write indented.</param>
    /// <returns>The options.</returns>
    internal static JsonSerializerOptions Strict(JsonSerializerOptions defaults, bool indented) =>
        new(defaults)
        {
            AllowDuplicateProperties = false,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
}
