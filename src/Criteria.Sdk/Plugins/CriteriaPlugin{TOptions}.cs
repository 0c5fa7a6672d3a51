using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Criteria.Catalog;
using Criteria.Evaluation;

namespace Criteria.Sdk.Plugins;

/// <summary>
/// The base of a plugin with typed options: the profile's <c>plugins.&lt;id&gt;</c> section is read as
/// <typeparamref name="TOptions"/> (source-generated JSON), checked by <see cref="Validate"/> when the
/// evaluator is built, and read by the plugin's criteria with <see cref="Options(EvaluationContext)"/>.
/// </summary>
/// <typeparam name="TOptions">The options type, with the defaults as its property initialisers.</typeparam>
public abstract class CriteriaPlugin<TOptions> : CriteriaPlugin
    where TOptions : class, new()
{
    /// <summary>The JSON type information of the options (from the plugin's <c>JsonSerializerContext</c>).</summary>
    protected abstract JsonTypeInfo<TOptions> OptionsTypeInfo { get; }

    /// <inheritdoc />
    public sealed override JsonElement? DefaultOptions => JsonSerializer.SerializeToElement(new TOptions(), OptionsTypeInfo);

    /// <summary>Checks the options; the messages name the option.</summary>
    /// <param name="options">The options read.</param>
    /// <returns>The problems; empty when the options are good.</returns>
    protected virtual IEnumerable<OptionProblem> Validate(TOptions options) => [];

    /// <inheritdoc />
    public sealed override IReadOnlyList<OptionProblem> ValidateOptions(JsonElement? options)
    {
        if (options is not { } element)
        {
            return Validate(new TOptions()).ToArray();
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [new OptionProblem("", $"the options are an object of {Known()}, not {Kind(element.ValueKind)}")];
        }

        // Every problem at once: each property is checked on its own (a name the options do not have, a
        // value of the wrong type), and only options of the right shape reach the plugin's own checks.
        var problems = new List<OptionProblem>();
        var properties = OptionsTypeInfo.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!properties.TryGetValue(property.Name, out var known))
            {
                var near = properties.Keys.OrderBy(k => Distance(k.ToLowerInvariant(), property.Name.ToLowerInvariant())).FirstOrDefault();
                problems.Add(new OptionProblem(property.Name, near is null || Distance(near.ToLowerInvariant(), property.Name.ToLowerInvariant()) > 2
                    ? $"is not an option of plugin '{Id}' (its options: {Known()})"
                    : $"is not an option of plugin '{Id}'; did you mean '{near}'? (its options: {Known()}; names are case-sensitive)"));
                continue;
            }

            try
            {
                _ = property.Value.Deserialize(OptionsTypeInfo.Options.GetTypeInfo(known.PropertyType));
            }
            catch (Exception error) when (error is JsonException or InvalidOperationException or NotSupportedException)
            {
                problems.Add(new OptionProblem(property.Name, $"expected {Expected(known.PropertyType)}, found {Kind(property.Value.ValueKind)} {Shorten(property.Value.GetRawText())}"));
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var read = element.Deserialize(OptionsTypeInfo);
        return read is null ? [new OptionProblem("", "the options cannot be null")] : Validate(read).ToArray();
    }

    /// <summary>
    /// Checks what the plugin's author wrote, once, when the plugin is loaded: the options' JSON type info
    /// reads the names it writes in camelCase (a context without the camelCase naming policy reads every
    /// option as its default), and the default options pass the plugin's own checks.
    /// </summary>
    internal override string? CheckDefinition()
    {
        var names = OptionsTypeInfo.Properties.Select(p => p.Name).ToArray();
        if (names.FirstOrDefault(n => n.Length > 0 && char.IsUpper(n[0])) is { } pascal)
        {
            return $"the JSON type info of its options ({typeof(TOptions).Name}) names the option '{pascal}' in PascalCase, so the profile's camelCase options would be read as defaults: "
                + "give its JsonSerializerContext [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]";
        }

        var defaults = Validate(new TOptions()).ToArray();
        return defaults.Length == 0
            ? null
            : $"its own default options fail its checks ({string.Join("; ", defaults.Select(p => $"{p.Option}: {p.Message}"))}): fix the defaults of {typeof(TOptions).Name}";
    }

    private string Known() => string.Join(", ", OptionsTypeInfo.Properties.Select(p => p.Name));

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? "text"
            : type == typeof(bool) ? "true or false"
            : type == typeof(int) || type == typeof(long) || type == typeof(short) ? "a whole number"
            : type == typeof(double) || type == typeof(decimal) || type == typeof(float) ? "a number"
            : type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type))
            : typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? "an array"
            : "an object";
    }

    /// <summary>The edit distance of two names (insertions, deletions, substitutions), to suggest the option meant.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>The options of this evaluation (the profile's section, or the defaults).</summary>
    /// <param name="context">The evaluation context of a fact.</param>
    /// <returns>The options.</returns>
    public TOptions Options(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.PluginOptions(Id, OptionsTypeInfo) ?? new TOptions();
    }
}
