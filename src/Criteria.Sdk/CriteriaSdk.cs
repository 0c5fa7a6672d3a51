namespace Criteria.Sdk;

/// <summary>Facts about this SDK that plugins are checked against.</summary>
public static class CriteriaSdk
{
    /// <summary>
    /// The SDK's major version. A plugin records the major version it was compiled against (through the
    /// default argument of <see cref="Plugins.CriteriaPluginAttribute"/>); a host loads only plugins of its own major version.
    /// </summary>
    public const int MajorVersion = 1;
}
