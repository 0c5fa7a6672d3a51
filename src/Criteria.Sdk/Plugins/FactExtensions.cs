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
        return careerEvent.Extensions.TryRead(pluginId, typeInfo, out var value) ? value : null;
    }
}
