using System.Text.Json.Serialization;

namespace Criteria.Samples.Mentoring;

/// <summary>The plugin's source-generated JSON: its extension data and options.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GraduateMentoring))]
[JsonSerializable(typeof(MentoringOptions))]
internal sealed partial class MentoringJson : JsonSerializerContext;
