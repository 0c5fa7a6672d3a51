namespace Criteria.Rendering;

/// <summary>How a report is rendered. Immutable; <see cref="Default"/> is Russian, comma-separated CSV, 140-column tables.</summary>
public sealed record RenderOptions
{
    /// <summary>Russian, a comma between CSV cells, tables 140 columns wide without colours.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>The language of the table, HTML and workbook renderings (CSV and JSON use the contract's names); another value than Ru or En is refused (<see cref="ArgumentOutOfRangeException"/>).</summary>
    public ReportLanguage Language
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The language is Ru or En.");
    } = ReportLanguage.Ru;

    /// <summary>The CSV separator: <c>','</c> (the default) or <c>';'</c> for a Russian-locale Excel.</summary>
    public char CsvSeparator
    {
        get;
        init => field = value is ',' or ';' ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The CSV separator is ',' or ';'.");
    } = ',';

    /// <summary>
    /// One college's id: the table and HTML renderings become that college's card (its criteria with targets,
    /// statuses, the region's values and its place, its index and findings); JSON and CSV keep that college's
    /// results only. Null (the default): the whole region.
    /// </summary>
    public string? College { get; init; }

    /// <summary>
    /// The width of the table rendering in columns, plain text without colours; <see langword="null"/> for a
    /// terminal: its own width, with colours where it supports them.
    /// </summary>
    public int? TableWidth
    {
        get;
        init => field = value is null or >= 40 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A table is at least 40 columns wide.");
    } = 140;
}
