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
        TOptions? read;
        try
        {
            read = options is { } element ? element.Deserialize(OptionsTypeInfo) : new TOptions();
        }
        catch (JsonException error)
        {
            return [new OptionProblem(error.Path?.TrimStart('$', '.') ?? "", $"the options do not have the expected shape: {error.Message}")];
        }

        return read is null ? [new OptionProblem("", "the options cannot be null")] : Validate(read).ToArray();
    }

    /// <summary>The options of this evaluation (the profile's section, or the defaults).</summary>
    /// <param name="context">The evaluation context of a fact.</param>
    /// <returns>The options.</returns>
    public TOptions Options(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.PluginOptions(Id, OptionsTypeInfo) ?? new TOptions();
    }
}
