using System.Text.Json.Serialization;

namespace Criteria.Sdk.Tests;

/// <summary>The options of the test plugins with options.</summary>
public sealed class AcmeOptions
{
    public int MinimumMonths { get; set; } = 3;

    public string Region { get; set; } = "Самарская область";

    public bool Strict { get; set; }
}

/// <summary>The options' JSON, as the SDK asks: camelCase names.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AcmeOptions))]
public sealed partial class AcmeJson : JsonSerializerContext;

/// <summary>The mistake of issue 14: a context without the camelCase policy.</summary>
[JsonSerializable(typeof(AcmeOptions))]
public sealed partial class PascalJson : JsonSerializerContext;
