using System.Text;
using Criteria.Catalog;

namespace Criteria.Cli.Rendering;

/// <summary>
/// The reference page of the criteria, generated from the catalog's own metadata (<c>criteria catalog
/// --format markdown</c> → <c>docs/catalog.md</c>); a test keeps the committed page equal to it.
/// </summary>
internal static class CatalogMarkdown
{
    private static readonly string[] Groups =
    [
        "",
        "1. Нормативное и организационное обеспечение (regulatory and organisational support)",
        "2. Карьерные треки в АИС (career tracks in the AIS)",
        "3. Массовые мероприятия (mass events)",
        "4. Работа с выпускниками под риском незанятости (graduates at risk)",
        "5. Оперативный мониторинг занятости (operational monitoring of employment)",
    ];

    public static string Render(IReadOnlyList<CriterionDescriptor> criteria)
    {
        var text = new StringBuilder();
        text.Append("# The criteria\n\n");
        text.Append("Generated from the catalog's metadata by `criteria catalog --format markdown`; do not edit by hand\n");
        text.Append("(a test fails when this page and the code disagree). The decisions behind the definitions are in\n");
        text.Append("[criteria.md](criteria.md).\n");
        foreach (var group in criteria.GroupBy(c => c.Group))
        {
            text.Append("\n## ").Append(group.Key < Groups.Length ? Groups[group.Key] : $"Group {group.Key}").Append("\n\n");
            text.Append("| code | kind | cohorts | direction | criterion | definition |\n|---|---|---|---|---|---|\n");
            foreach (var c in group)
            {
                text.Append("| ").Append(c.Code).Append(c.Source == "standard" ? "" : $" ({c.Source})")
                    .Append(" | ").Append(c.Kind.ToString().ToLowerInvariant())
                    .Append(" | ").Append(string.Join(", ", c.Cohorts.Select(k => k.Name())))
                    .Append(" | ").Append(c.LowerIsBetter ? "lower is better" : "higher is better")
                    .Append(" | ").Append(Cell(c.Title)).Append("<br>").Append(Cell(c.TitleEn))
                    .Append(" | ").Append(Cell(c.Definition)).Append(" |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
