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

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var document in Documents)
        {
            for (var i = 0; i < Parse(document).Count; i++)
            {
                data.Add(document, i + 1);
            }
        }

        return data;
    }

    [Fact]
    public void The_documents_have_the_snippets_this_test_expects()
    {
        Assert.Equal(4, Parse("README.md").Count);
        Assert.Equal(3, Parse("docs/getting-started.md").Count);
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
        var (usings, body) = SplitUsings(snippet.Code);
        var source = new StringBuilder();
        foreach (var implicitUsing in ImplicitUsings)
        {
            source.Append("global using ").Append(implicitUsing).AppendLine(";");
        }

        foreach (var inherited in snippet.InheritedUsings)
        {
            source.AppendLine(inherited);
        }

        source.Append(usings);
        if (snippet.IsFile)
        {
            source.Append(body);
        }
        else
        {
            source.AppendLine("internal static class DocumentationSnippet");
            source.AppendLine("{");
            source.Append("    internal static async Task Run(").Append(snippet.Context).AppendLine(")");
            source.AppendLine("    {");
            source.Append(body);
            source.AppendLine("        await Task.CompletedTask;");
            source.AppendLine("    }");
            source.AppendLine("}");
        }

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(BuiltPlugins.Mentoring) // the sample plugin the getting-started page registers
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "DocumentationSnippet",
            [CSharpSyntaxTree.ParseText(source.ToString(), new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics();
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
