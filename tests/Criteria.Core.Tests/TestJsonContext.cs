using System.Text.Json.Serialization;

namespace Criteria.Core.Tests;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(MentorExtension))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
