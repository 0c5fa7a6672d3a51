using System.Reflection;
using System.Runtime.Loader;

namespace Criteria.Sdk.Plugins;

/// <summary>
/// The load context of one plugin file: the plugin's own dependencies come from its folder; the
/// contract assemblies (Criteria.*, NRules, Microsoft.Extensions.*, System.*) are the host's, so that
/// the plugin's criteria are the host's types.
/// </summary>
internal sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext($"criteria-plugin:{Path.GetFileName(pluginPath)}", isCollectible: false)
{
    private static readonly string[] SharedNames = ["Criteria.Core", "Criteria.Reporting", "Criteria.Sdk", "Criteria.Engine", "Criteria.Rules", "netstandard", "mscorlib"];
    private static readonly string[] SharedPrefixes = ["NRules", "Microsoft.Extensions.", "System.", "Microsoft.CSharp"];

    private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? "";
        if (SharedNames.Contains(name, StringComparer.Ordinal) || SharedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return null; // the host's copy
        }

        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
