using System.Text;
using Criteria.Catalog;

namespace Criteria.Kinds;

/// <summary>The definition of every kind of criterion, by kind; and the documented table of kinds made from them.</summary>
internal static class CriterionKinds
{
    private static readonly CriterionKindDefinition[] Definitions = Index(
        new PresenceKind(), new ChecklistKind(), new ShareKind(), new CountKind(), new MatchKind());

    /// <summary>Every definition, in the order of <see cref="CriterionKind"/>.</summary>
    public static IReadOnlyList<CriterionKindDefinition> All => Definitions;

    /// <summary>The definition of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind has no definition.</exception>
    public static CriterionKindDefinition Of(CriterionKind kind) =>
        (uint)kind < (uint)Definitions.Length ? Definitions[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind), kind, "a kind of criterion without a definition");

    /// <summary>The table of kinds as docs/criteria.md has it (a test holds the document to it).</summary>
    /// <returns>The markdown table, one line per kind.</returns>
    public static string MarkdownTable()
    {
        var table = new StringBuilder("| kind | college result | region roll-up | status |\n|---|---|---|---|\n");
        foreach (var kind in Definitions)
        {
            table.Append("| `").Append(kind.Name).Append("` | ").Append(kind.CollegeDoc).Append(" | ").Append(kind.RegionDoc).Append(" | ").Append(kind.StatusDoc).Append(" |\n");
        }

        return table.ToString();
    }

    private static CriterionKindDefinition[] Index(params CriterionKindDefinition[] definitions)
    {
        var byKind = new CriterionKindDefinition[Enum.GetValues<CriterionKind>().Length];
        foreach (var definition in definitions)
        {
            byKind[(int)definition.Kind] = definition;
        }

        var missing = Enum.GetValues<CriterionKind>().Where(k => byKind[(int)k] is null).ToList();
        return missing.Count == 0 ? byKind : throw new InvalidOperationException($"no definition for the kind(s) {string.Join(", ", missing)}");
    }
}
