using Criteria.Catalog;
using Criteria.Kinds;

namespace Criteria.Core.Tests;

/// <summary>The table of kinds in docs/criteria.md is the one the kinds' definitions make: a kind is defined once.</summary>
public sealed class KindsTableTests
{
    [Fact]
    public void The_documented_table_of_kinds_is_made_from_the_definitions()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Criteria.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var lines = File.ReadAllLines(Path.Combine(root.FullName, "docs", "criteria.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("| kind | college result |", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/criteria.md has no table of kinds");
        var documented = lines.Skip(start).TakeWhile(l => l.StartsWith('|')).Select(l => l + "\n");

        Assert.Equal(CriterionKinds.MarkdownTable(), string.Concat(documented));
    }

    [Fact]
    public void Every_kind_has_one_definition_named_as_the_contract_names_it()
    {
        Assert.Equal(Enum.GetValues<CriterionKind>(), CriterionKinds.All.Select(k => k.Kind));
        Assert.Equal(["presence", "checklist", "share", "count", "match"], CriterionKinds.All.Select(k => k.Name));
        Assert.Throws<ArgumentOutOfRangeException>(() => CriterionKinds.Of((CriterionKind)99));
    }
}
