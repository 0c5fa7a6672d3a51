namespace Criteria.Rendering;

/// <summary>
/// A CSV cell: text, or a number written in the invariant form (<c>0.875</c>) whose decimal point becomes a comma
/// when the separator is <c>;</c> — the pair a Russian-locale Excel reads (it takes <c>12.5</c> for the 12th of May).
/// </summary>
/// <param name="Text">The cell's text; a number in the invariant form.</param>
/// <param name="IsNumber">Whether it is a number.</param>
internal readonly record struct CsvCell(string Text, bool IsNumber)
{
    /// <summary>Text as it is.</summary>
    public static implicit operator CsvCell(string text) => new(text, false);

    /// <summary>A number, in the invariant form (empty for none).</summary>
    public static CsvCell Number(string invariant) => new(invariant, true);

    /// <summary>The cell as written with a separator.</summary>
    public string For(char separator) => IsNumber && separator == ';' ? Text.Replace('.', ',') : Text;
}
