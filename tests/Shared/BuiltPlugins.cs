namespace Criteria.Tests.Shared;

/// <summary>Finds plugins built by this solution in their own output folders (same configuration as the tests).</summary>
internal static class BuiltPlugins
{
    public static string Path(string projectFolder, string assemblyName)
    {
        // .../<repo>/tests/<TestProject>/bin/<Configuration>/<tfm>/
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var repository = output.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = System.IO.Path.Combine(repository, projectFolder, "bin", configuration, framework, assemblyName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The plugin was not built: {path}");
    }

    public static string Mentoring => Path(System.IO.Path.Combine("samples", "Criteria.Samples.Mentoring"), "Criteria.Samples.Mentoring");

    public static string Stuck => Path(System.IO.Path.Combine("tests", "TestPlugins", "Criteria.TestPlugins.Stuck"), "Criteria.TestPlugins.Stuck");

    public static string OldSdk => Path(System.IO.Path.Combine("tests", "TestPlugins", "Criteria.TestPlugins.OldSdk"), "Criteria.TestPlugins.OldSdk");
}
