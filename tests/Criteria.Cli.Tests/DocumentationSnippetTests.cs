using System.Text;
using System.Text.RegularExpressions;
using Criteria.Tests.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Criteria.Cli.Tests;

/// <summary>
/// Every C# snippet of the README and of docs/ compiles as written, against the library's assemblies,
/// with the implicit usings a new .NET project has. A snippet that is a fragment says what it assumes
/// in an HTML comment just before it, invisible on the rendered page:
/// <c>&lt;!-- snippet: IServiceCollection services, EvaluationProfile profile --&gt;</c> (the variables
/// it uses, as parameters; types in their full names or with the snippet's own usings), and
/// <c>continues</c> when it goes on from the block above (its usings apply).
/// </summary>
public sealed partial class DocumentationSnippetTests
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] Documents = ["README.md", "docs/getting-started.md"];

    /// <summary>The packages' own READMEs (what NuGet shows), copied under Docs/src/&lt;package&gt;/.</summary>
    private static string[] PackageReadmes() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Docs", "src"), "README.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Docs"), path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var document in Documents.Concat(PackageReadmes()))
        {
            for (var i = 0; i < Parse(document).Count; i++)
            {
                data.Add(document, i + 1);
            }
        }

        return data;
    }

    [Fact]
    public void The_plugin_written_in_the_plugins_page_compiles_as_one_project_with_its_tests()
    {
        // docs/plugins.md builds one plugin section by section: its file blocks are compiled together
        // (with the JSON source generator, as a project would), and each test block against them.
        var snippets = Parse("docs/plugins.md");
        Assert.Equal(6, snippets.Count);
        var trees = new List<SyntaxTree> { Tree(string.Concat(ImplicitUsings.Select(u => $"global using {u};\n"))) };
        for (var i = 0; i < snippets.Count; i++)
        {
            trees.Add(Tree(snippets[i].IsFile ? snippets[i].Code : Wrapped(snippets[i], $"DocumentationSnippet{i}")));
        }

        var compilation = (CSharpCompilation)WithJsonSourceGenerator(Compilation(trees));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, "docs/plugins.md does not compile:\n" + string.Join("\n", errors.Select(d => d.ToString())));
        Assert.NotNull(compilation.GetTypeByMetadataName("MentoringPlugin"));
        Assert.NotNull(compilation.GetTypeByMetadataName("EmployedAtEventPartners"));
    }

    [Fact]
    public void The_documents_have_the_snippets_this_test_expects()
    {
        Assert.Equal(4, Parse("README.md").Count);
        Assert.Equal(4, Parse("docs/getting-started.md").Count);
    }

    [Fact]
    public void Every_package_readme_is_among_the_documents_whose_snippets_compile()
    {
        // What NuGet shows of each package: its snippets are compiled by The_snippet_compiles_as_written.
        var packages = Directory.GetDirectories(Path.Combine(Root(), "src")).Where(d => File.Exists(Path.Combine(d, "README.md"))).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(packages.Select(p => $"src/{p}/README.md"), PackageReadmes());
        Assert.Equal(
            [("src/Criteria.Core/README.md", 1), ("src/Criteria.Engine/README.md", 1), ("src/Criteria.Rendering/README.md", 2), ("src/Criteria.Reporting/README.md", 1), ("src/Criteria.Rules/README.md", 1), ("src/Criteria.Sdk/README.md", 1)],
            PackageReadmes().Select(r => (r, Parse(r).Count)).Where(r => r.Item2 > 0));
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Criteria.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("Criteria.sln is not above " + AppContext.BaseDirectory);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_snippet_compiles_as_written(string document, int number)
    {
        var snippet = Parse(document)[number - 1];
        var diagnostics = Compile(snippet).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(
            diagnostics.Length == 0,
            $"{document}, C# block {number} (line {snippet.Line}) does not compile:\n" + string.Join("\n", diagnostics.Select(d => d.ToString())) + "\n\n" + snippet.Source);
    }

    private static IEnumerable<Diagnostic> Compile(Snippet snippet)
    {
        var source = new StringBuilder();
        foreach (var implicitUsing in ImplicitUsings)
        {
            source.Append("global using ").Append(implicitUsing).AppendLine(";");
        }

        source.Append(snippet.IsFile ? snippet.Code : Wrapped(snippet, "DocumentationSnippet"));
        var compilation = Compilation([Tree(source.ToString())]);
        return (snippet.Code.Contains("JsonSerializerContext", StringComparison.Ordinal) ? WithJsonSourceGenerator(compilation) : compilation).GetDiagnostics();
    }

    /// <summary>A statement snippet as the body of a method whose parameters are the snippet's declared context.</summary>
    private static string Wrapped(Snippet snippet, string className)
    {
        var (usings, body) = SplitUsings(snippet.Code);
        var source = new StringBuilder();
        foreach (var inherited in snippet.InheritedUsings)
        {
            source.AppendLine(inherited);
        }

        source.Append(usings);
        source.Append("internal static class ").AppendLine(className);
        source.AppendLine("{");
        source.Append("    internal static async Task Run(").Append(snippet.Context).AppendLine(")");
        source.AppendLine("    {");
        source.Append(body);
        source.AppendLine("        await Task.CompletedTask;");
        source.AppendLine("    }");
        source.AppendLine("}");
        return source.ToString();
    }

    private static SyntaxTree Tree(string source) => CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));

    private static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(BuiltPlugins.Mentoring) // the sample plugin the getting-started page registers
            .Select(path => MetadataReference.CreateFromFile(path));
        return CSharpCompilation.Create(
            "DocumentationSnippet",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Runs System.Text.Json's source generator (from the SDK's reference pack) over a compilation, as a build does.</summary>
    private static Compilation WithJsonSourceGenerator(CSharpCompilation compilation)
    {
        var runtime = new DirectoryInfo(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory());
        var root = runtime.Parent!.Parent!.Parent!.FullName; // .../shared/Microsoft.NETCore.App/<version>/
        var generator = Directory.EnumerateFiles(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref"), "System.Text.Json.SourceGeneration.dll", SearchOption.AllDirectories)
            .Where(p => p.Contains(Path.Combine("analyzers", "dotnet", "cs"), StringComparison.Ordinal))
            .OrderByDescending(p => p, StringComparer.Ordinal)
            .FirstOrDefault() ?? throw new FileNotFoundException($"System.Text.Json's source generator is not in the SDK's reference packs under {root}");
        var generators = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerFileReference(generator, new GeneratorAssemblyLoader()).GetGenerators(LanguageNames.CSharp);
        CSharpGeneratorDriver.Create(generators).RunGeneratorsAndUpdateCompilation(compilation, out var updated, out _);
        return updated;
    }

    private sealed class GeneratorAssemblyLoader : Microsoft.CodeAnalysis.IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }

    private static (string Usings, string Body) SplitUsings(string code)
    {
        var usings = new StringBuilder();
        var lines = code.Split('\n');
        var i = 0;
        for (; i < lines.Length && (lines[i].StartsWith("using ", StringComparison.Ordinal) || lines[i].Trim().Length == 0); i++)
        {
            usings.AppendLine(lines[i]);
        }

        return (usings.ToString(), string.Join('\n', lines[i..]) + "\n");
    }

    private static List<Snippet> Parse(string document)
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Docs", document));
        var snippets = new List<Snippet>();
        var previousUsings = Array.Empty<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            var start = i + 1;
            var end = Array.FindIndex(lines, start, l => l.Trim() == "```");
            var code = string.Join('\n', lines[start..end]);
            var marker = i > 0 ? SnippetMarker().Match(lines[i - 1]) : Match.Empty;
            var settings = marker.Success ? marker.Groups["settings"].Value.Trim() : "";
            var continues = settings.StartsWith("continues", StringComparison.Ordinal);
            var context = (continues ? settings["continues".Length..] : settings).Trim().TrimStart(';').Trim();
            var ownUsings = code.Split('\n').TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Trim().Length == 0)
                .Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToArray();
            var isFile = TypeDeclaration().IsMatch(code);
            snippets.Add(new Snippet(start, code, context, continues ? previousUsings : [], isFile, string.Join('\n', lines[(i - (marker.Success ? 1 : 0))..(end + 1)])));
            previousUsings = continues ? [.. previousUsings, .. ownUsings] : ownUsings;
            i = end;
        }

        return snippets;
    }

    [GeneratedRegex(@"^\s*<!--\s*snippet:(?<settings>.*)-->\s*$")]
    private static partial Regex SnippetMarker();

    [GeneratedRegex(@"^(\[assembly:|\[[A-Z]\w*\(|public |internal )", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    private sealed record Snippet(int Line, string Code, string Context, string[] InheritedUsings, bool IsFile, string Source);
}
