using System.Reflection;

namespace Criteria.Sdk.Plugins;

/// <summary>
/// Loads plugins from files a user names (nothing is scanned implicitly), each into a load context of
/// its own that shares the contract assemblies with the host. Every problem is a
/// <see cref="PluginLoadException"/> that names the file, raised before anything is evaluated.
/// </summary>
public static class PluginLoader
{
    /// <summary>Loads the plugins an assembly file declares with <see cref="CriteriaPluginAttribute"/>.</summary>
    /// <param name="path">The plugin's .dll.</param>
    /// <returns>The plugins, at least one.</returns>
    /// <exception cref="PluginLoadException">The file is missing, is not a .NET assembly, declares no plugin, was built for another SDK major version, or its plugin cannot be created.</exception>
    public static IReadOnlyList<ICriteriaPlugin> LoadFromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new PluginLoadException($"The plugin file '{path}' does not exist.");
        }

        Assembly assembly;
        try
        {
            AssemblyName.GetAssemblyName(fullPath);
            assembly = new PluginLoadContext(fullPath).LoadFromAssemblyPath(fullPath);
        }
        catch (BadImageFormatException error)
        {
            throw new PluginLoadException($"'{path}' is not a plugin: it is not a .NET assembly.", error);
        }
        catch (FileLoadException error)
        {
            throw new PluginLoadException($"The plugin '{path}' cannot be loaded: {error.Message}", error);
        }

        var declarations = assembly.GetCustomAttributes<CriteriaPluginAttribute>().ToArray();
        if (declarations.Length == 0)
        {
            throw new PluginLoadException(
                $"'{path}' is not a plugin: the assembly {assembly.GetName().Name} declares none ([assembly: CriteriaPlugin(typeof(YourPlugin))] is missing).");
        }

        var sdk = assembly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == typeof(CriteriaSdk).Assembly.GetName().Name);
        return declarations.Select(declaration => Create(path, declaration, sdk)).ToArray();
    }

    private static ICriteriaPlugin Create(string path, CriteriaPluginAttribute declaration, AssemblyName? sdkReference)
    {
        var builtFor = declaration.SdkMajorVersion;
        if (builtFor != CriteriaSdk.MajorVersion || (sdkReference?.Version is { } version && version.Major != CriteriaSdk.MajorVersion))
        {
            var referenced = sdkReference?.Version is { } v ? $" (it references Criteria.Sdk {v})" : "";
            throw new PluginLoadException(
                $"The plugin {declaration.PluginType.FullName} in '{path}' was built for Criteria SDK major version {builtFor}{referenced}; this host runs SDK major version {CriteriaSdk.MajorVersion}. Rebuild the plugin against Criteria.Sdk {CriteriaSdk.MajorVersion}.x.");
        }

        if (!typeof(ICriteriaPlugin).IsAssignableFrom(declaration.PluginType))
        {
            throw new PluginLoadException($"'{path}' is not a plugin: {declaration.PluginType.FullName} does not implement ICriteriaPlugin.");
        }

        try
        {
            return (ICriteriaPlugin)Activator.CreateInstance(declaration.PluginType)!;
        }
        catch (Exception error) when (error is MissingMethodException or TargetInvocationException or MemberAccessException)
        {
            var cause = error is TargetInvocationException { InnerException: { } inner } ? inner : error;
            throw new PluginLoadException($"The plugin {declaration.PluginType.FullName} in '{path}' cannot be created: {cause.Message}", cause);
        }
    }
}
