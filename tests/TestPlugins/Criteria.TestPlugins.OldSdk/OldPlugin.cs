using Criteria.Sdk.Plugins;

[assembly: CriteriaPlugin(typeof(Criteria.TestPlugins.OldSdk.OldPlugin), sdkMajorVersion: 0)]

namespace Criteria.TestPlugins.OldSdk;

/// <summary>A plugin compiled, as it claims, against SDK major version 0.</summary>
public sealed class OldPlugin : CriteriaPlugin
{
    /// <inheritdoc />
    public override string Id => "old";
}
