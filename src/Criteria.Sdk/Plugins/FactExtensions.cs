using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Criteria.Evaluation;

namespace Criteria.Sdk.Plugins;

/// <summary>
/// Typed access to a record's <c>extensions.&lt;pluginId&gt;</c> value from a criterion's conditions:
/// <c>g =&gt; g.Extension(MyJson.Default.Mentoring, "mentoring") is { Mentored: true }</c>. A value of the
/// wrong shape throws, which marks the criterion failed with a finding that names the record.
/// </summary>
public static class FactExtensions
{
    /// <summary>The graduate's extension value for a plugin, or null when it has none.</summary>
    /// <typeparam name="T">The plugin's type.</typeparam>
    /// <param name="graduate">The graduate.</param>
    /// <param name="typeInfo">The JSON type information of <typeparamref name="T"/>.</param>
    /// <param name="pluginId">The plugin's id.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="JsonException">The value does not have the shape of <typeparamref name="T"/>.</exception>
    public static T? Extension<T>(this GraduateFact graduate, JsonTypeInfo<T> typeInfo, string pluginId)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(graduate);
        CheckNaming(typeInfo);
        return graduate.Extensions.TryRead(pluginId, typeInfo, out var value) ? value : null;
    }

    /// <summary>The college's extension value for a plugin, or null when it has none.</summary>
    /// <typeparam name="T">The plugin's type.</typeparam>
    /// <param name="college">The college.</param>
    /// <param name="typeInfo">The JSON type information of <typeparamref name="T"/>.</param>
    /// <param name="pluginId">The plugin's id.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="JsonException">The value does not have the shape of <typeparamref name="T"/>.</exception>
    public static T? Extension<T>(this CollegeFact college, JsonTypeInfo<T> typeInfo, string pluginId)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(college);
        CheckNaming(typeInfo);
        return college.Extensions.TryRead(pluginId, typeInfo, out var value) ? value : null;
    }

    /// <summary>The event's extension value for a plugin, or null when it has none.</summary>
    /// <typeparam name="T">The plugin's type.</typeparam>
    /// <param name="careerEvent">The event.</param>
    /// <param name="typeInfo">The JSON type information of <typeparamref name="T"/>.</param>
    /// <param name="pluginId">The plugin's id.</param>
    /// <returns>The value, or null.</returns>
    /// <exception cref="JsonException">The value does not have the shape of <typeparamref name="T"/>.</exception>
    public static T? Extension<T>(this EventFact careerEvent, JsonTypeInfo<T> typeInfo, string pluginId)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(careerEvent);
        CheckNaming(typeInfo);
        return careerEvent.Extensions.TryRead(pluginId, typeInfo, out var value) ? value : null;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<JsonTypeInfo, string?> Naming = new();

    /// <summary>
    /// Refuses a type info that names properties in PascalCase (a JsonSerializerContext without the camelCase
    /// policy): it would read every value of the contract's camelCase data as its default, all zeros, in silence.
    /// The rule then fails with this message as its RULE finding.
    /// </summary>
    private static void CheckNaming(JsonTypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var problem = Naming.GetOrAdd(typeInfo, static info =>
            info.Kind == JsonTypeInfoKind.Object && info.Properties.FirstOrDefault(p => p.Name.Length > 0 && char.IsUpper(p.Name[0])) is { } pascal
                ? $"the JSON type info of {info.Type.Name} names '{pascal.Name}' in PascalCase, but extension data is camelCase: give its JsonSerializerContext [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]"
                : null);
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }
    }
}
