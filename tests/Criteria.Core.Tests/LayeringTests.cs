using System.Reflection;
using System.Xml.Linq;

namespace Criteria.Core.Tests;

/// <summary>
/// The packages are layers that point one way (docs/architecture.md, "Layers"): a project references only
/// projects of a lower layer, and nothing below the SDK carries a rules engine. A new project under src/
/// must be given its layer here and in the document.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The layer of every project under src/: a project may reference only lower layers.</summary>
    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["Criteria.Core"] = 0,
        ["Criteria.Reporting"] = 1,
        ["Criteria.SampleData"] = 1,
        ["Criteria.Rendering"] = 2,
        ["Criteria.Sdk"] = 2,
        ["Criteria.Engine"] = 3,
        ["Criteria.Rules"] = 3,
        ["Criteria.Server"] = 4,
        ["Criteria.Cli"] = 5,
    };

    /// <summary>The packages that hold the model, its contracts and its renderings: no rules engine in them or below them.</summary>
    private static readonly string[] EngineFree = ["Criteria.Core", "Criteria.Reporting", "Criteria.Rendering", "Criteria.SampleData"];

    private static string Root
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Criteria.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("the repository root (Criteria.sln) is not above " + AppContext.BaseDirectory);
        }
    }

    private static IEnumerable<(string Name, XDocument Project)> SourceProjects() =>
        Directory.GetDirectories(Path.Combine(Root, "src"))
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj"))
            .Where(File.Exists)
            .Select(p => (Path.GetFileNameWithoutExtension(p), XDocument.Load(p)));

    private static IEnumerable<string> References(XDocument project, string item) =>
        project.Descendants(item).Select(e => (string?)e.Attribute("Include")).OfType<string>();

    [Fact]
    public void Every_project_references_only_lower_layers()
    {
        var projects = SourceProjects().ToList();
        Assert.Equal(Layers.Keys.Order(StringComparer.Ordinal), projects.Select(p => p.Name).Order(StringComparer.Ordinal)); // each project has its layer

        var upward = projects
            .SelectMany(p => References(p.Project, "ProjectReference").Select(r => (From: p.Name, To: Path.GetFileNameWithoutExtension(r))))
            .Where(r => Layers[r.To] >= Layers[r.From])
            .Select(r => $"{r.From} (layer {Layers[r.From]}) references {r.To} (layer {Layers[r.To]})")
            .ToList();
        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }

    [Fact]
    public void The_model_its_contracts_and_renderings_carry_no_rules_engine()
    {
        var projects = SourceProjects().ToDictionary(p => p.Name, p => p.Project, StringComparer.Ordinal);
        foreach (var name in EngineFree)
        {
            Assert.DoesNotContain(References(projects[name], "PackageReference"), r => r.StartsWith("NRules", StringComparison.OrdinalIgnoreCase));
        }

        // And in what was built: no Criteria assembly these reference, directly or not, references NRules.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(Criteria.Facts.Dataset).Assembly, typeof(Criteria.Rendering.ReportRenderer).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                Assert.False(reference.Name!.StartsWith("NRules", StringComparison.Ordinal), $"{assembly.GetName().Name} references {reference.Name}");
                if (reference.Name.StartsWith("Criteria.", StringComparison.Ordinal) && seen.Add(reference.Name))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }

        Assert.Contains("Criteria.Core", seen); // the walk went below the renderings
    }
}
