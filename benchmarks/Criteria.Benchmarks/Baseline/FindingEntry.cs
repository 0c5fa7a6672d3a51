namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// One finding as the pass keeps it until the report is written: a graduate's finding is a few numbers
/// (no path or message strings for the hundred thousand of a large region), any other one is text.
/// </summary>
/// <param name="Template">How it is worded.</param>
/// <param name="Record">The graduate's position in <c>graduates</c>.</param>
/// <param name="College">The graduate's college's position in <c>colleges</c>.</param>
/// <param name="Id">The graduate's id.</param>
/// <param name="Value">What the wording needs: a status (DQ13), the track's and the outcome's status (DQ5, <c>track &lt;&lt; 8 | outcome</c>), a day number (DQ7).</param>
/// <param name="Text">The finding, for <see cref="FindingTemplate.Text"/>.</param>
internal readonly record struct FindingEntry(FindingTemplate Template, int Record, int College, IdRef Id, int Value, TextFinding? Text)
{
    /// <summary>A finding written out in full.</summary>
    /// <param name="text">The finding.</param>
    /// <returns>The entry.</returns>
    public static FindingEntry Of(TextFinding text) => new(FindingTemplate.Text, -1, -1, default, 0, text);
}
