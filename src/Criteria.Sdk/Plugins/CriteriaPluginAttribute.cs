namespace Criteria.Sdk.Plugins;

/// <summary>
/// Declares a plugin in its assembly: <c>[assembly: CriteriaPlugin(typeof(MyPlugin))]</c>. The
/// default value of <paramref name="sdkMajorVersion"/> is compiled into the plugin, so it records
/// the SDK the plugin was built against; leave it out.
/// </summary>
/// <param name="pluginType">The plugin class: public, with a parameterless constructor, implementing <see cref="ICriteriaPlugin"/>.</param>
/// <param name="sdkMajorVersion">The SDK major version the plugin was built against.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class CriteriaPluginAttribute(Type pluginType, int sdkMajorVersion = CriteriaSdk.MajorVersion) : Attribute
{
    /// <summary>The plugin class.</summary>
    public Type PluginType { get; } = pluginType;

    /// <summary>The SDK major version the plugin was built against.</summary>
    public int SdkMajorVersion { get; } = sdkMajorVersion;
}
