namespace Criteria.Sdk.Plugins;

/// <summary>One instance of a plugin type, made when first asked for, to read its id and options' JSON.</summary>
/// <typeparam name="TPlugin">The plugin.</typeparam>
internal static class PluginInstance<TPlugin>
    where TPlugin : new()
{
    public static readonly TPlugin Value = new();
}
