namespace Criteria.Facts;

/// <summary>One item of a website section's checklist: its name and whether the section has it.</summary>
/// <param name="Name">The item, for example <c>regulation</c> or <c>contacts</c>.</param>
/// <param name="Checked">True when the section has the item.</param>
public readonly record struct ChecklistItem(string Name, bool Checked);
