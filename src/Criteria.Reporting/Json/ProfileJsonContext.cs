using System.Text.Json;
using System.Text.Json.Serialization;
using Criteria.Catalog;
using Criteria.Facts;
using Criteria.Json.Contract;
using Criteria.Json.Converters;

namespace Criteria.Json;

/// <summary>
/// The source-generated serializer of the profile's documents: the dataset contract's strict converters
/// and options (<see cref="ContractJsonContext.Strict"/>), and exact decimals for targets.
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
        typeof(ExactDecimalConverter),
        typeof(ContractDateConverter),
        typeof(HealthCategoriesConverter),
        typeof(ContractEnumConverter<EmploymentStatus>),
        typeof(ContractEnumConverter<EventKind>),
        typeof(ContractEnumConverter<Cohort>),
    ])]
[JsonSerializable(typeof(ProfileDocument))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext
{
    private static ProfileJsonContext? s_compact;
    private static ProfileJsonContext? s_indented;

    public static ProfileJsonContext Reading => Compact;

    public static ProfileJsonContext Compact => s_compact ??= new(ContractJsonContext.Strict(Default.Options, indented: false));

    public static ProfileJsonContext Indented => s_indented ??= new(ContractJsonContext.Strict(Default.Options, indented: true));
}
