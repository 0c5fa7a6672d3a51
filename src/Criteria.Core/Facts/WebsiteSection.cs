using Criteria.Collections;

namespace Criteria.Facts;

/// <summary>
/// The section «Содействие трудоустройству студентов-выпускников» of a college website and its
/// checklist of recommended items (criterion 1.2).
/// </summary>
public sealed record WebsiteSection
{
    /// <summary>The address of the section; null when unknown.</summary>
    public string? Url { get; init; }

    /// <summary>The checklist items as given, in document order; item names are distinct.</summary>
    public ValueArray<ChecklistItem> Checklist { get; init; }

    /// <summary>True when the checklist has <paramref name="item"/> set to true; an absent item is false.</summary>
    /// <param name="item">The item name.</param>
    public bool IsChecked(string item)
    {
        foreach (var entry in Checklist)
        {
            if (string.Equals(entry.Name, item, StringComparison.Ordinal))
            {
                return entry.Checked;
            }
        }

        return false;
    }
}
