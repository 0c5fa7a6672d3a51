using System.Drawing;
using Criteria.Reporting;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Criteria.Rendering;

/// <summary>
/// A workbook written as it goes (SpreadCheetah streams each sheet to the output: the workbook is never held
/// whole): sheets with a bold header row that stays in view and filters, and cells styled by what they hold
/// (a share as a percentage of its exact value, a count as a whole number, a date as a date) and by the
/// result's status (met green, not met red, no data grey, an error violet).
/// </summary>
internal sealed class Workbook : IAsyncDisposable
{
    private readonly Spreadsheet _spreadsheet;
    private readonly Dictionary<(CellKind, ResultStatus?), StyleId> _styles = [];
    private readonly StyleId _header;

    private Workbook(Spreadsheet spreadsheet)
    {
        _spreadsheet = spreadsheet;
        _header = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xF3, 0xF6, 0xF9) } });
    }

    /// <summary>What a cell holds, for its number format.</summary>
    public enum CellKind
    {
        /// <summary>Text or a flag.</summary>
        Plain,

        /// <summary>A fraction shown as a percentage (the exact value kept).</summary>
        Percent,

        /// <summary>A whole number.</summary>
        Whole,

        /// <summary>A date.</summary>
        Date,

        /// <summary>A change in percentage points, signed.</summary>
        Points,

        /// <summary>A decimal with two places (an index).</summary>
        Decimal,
    }

    /// <summary>Starts a workbook on a stream; cells carry their references (A1 …) so that every reader finds them, not only Excel.</summary>
    public static async Task<Workbook> CreateAsync(Stream output, CancellationToken cancellationToken, int rowsPerSheet = 1_048_575) =>
        new(await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { DefaultDateTimeFormat = null, WriteCellReferenceAttributes = true }, cancellationToken).ConfigureAwait(false))
        {
            RowsPerSheet = rowsPerSheet,
        };

    /// <summary>The data rows a sheet holds below its header: Excel's 1,048,576 rows less one. More go on to a sheet of their own.</summary>
    internal int RowsPerSheet { get; init; } = 1_048_575;

    /// <summary>Starts a sheet with its header row: frozen, filtered over <paramref name="rows"/> data rows, columns as wide as given.</summary>
    public async Task SheetAsync(string name, IReadOnlyList<(string Title, double Width)> columns, int rows, CancellationToken cancellationToken, int frozenColumns = 0)
    {
        _sheet = (name, columns, rows, frozenColumns, Part: 1, Written: 0);
        await StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds a row; past <see cref="RowsPerSheet"/> the rows go on in a sheet named «… (2)», «… (3)» with the same header.</summary>
    public async ValueTask RowAsync(IList<Cell> cells, CancellationToken cancellationToken)
    {
        if (_sheet.Written == RowsPerSheet)
        {
            _sheet = _sheet with { Rows = _sheet.Rows - RowsPerSheet, Part = _sheet.Part + 1, Written = 0 };
            await StartAsync(cancellationToken).ConfigureAwait(false);
        }

        _sheet.Written++;
        await _spreadsheet.AddRowAsync(cells, cancellationToken).ConfigureAwait(false);
    }

    private (string Name, IReadOnlyList<(string Title, double Width)> Columns, int Rows, int FrozenColumns, int Part, int Written) _sheet;

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var (name, columns, rows, frozenColumns, part, _) = _sheet;
        var options = new WorksheetOptions { FrozenRows = 1, FrozenColumns = frozenColumns > 0 ? frozenColumns : null };
        for (var c = 0; c < columns.Count; c++)
        {
            options.Column(c + 1).Width = columns[c].Width;
        }

        options.AutoFilter = new AutoFilterOptions($"A1:{Column(columns.Count)}{Math.Max(2, Math.Min(rows, RowsPerSheet) + 1)}");
        var title = SheetName(part == 1 ? name : $"{(name.Length > 25 ? name[..25] : name)} ({part})");
        await _spreadsheet.StartWorksheetAsync(title, options, cancellationToken).ConfigureAwait(false);
        await _spreadsheet.AddHeaderRowAsync(columns.Select(c => c.Title).ToArray(), _header, cancellationToken).ConfigureAwait(false);
    }

    public Task FinishAsync(CancellationToken cancellationToken) => _spreadsheet.FinishAsync(cancellationToken).AsTask();

    public ValueTask DisposeAsync() => _spreadsheet.DisposeAsync();

    public static Cell Text(string? text) => new(text);

    public static Cell Number(long? number) => new(number);

    /// <summary>A date as a spreadsheet date; before 1 March 1900 as its text (yyyy-MM-dd): Excel has no date before 1900, and counts a 29 February 1900 that never was.</summary>
    public Cell Date(DateOnly date) =>
        date < FirstSpreadsheetDate
            ? new(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            : new(date.ToDateTime(TimeOnly.MinValue), Style(CellKind.Date, null));

    private static readonly DateOnly FirstSpreadsheetDate = new(1900, 3, 1);

    public Cell Styled(double? value, CellKind kind, ResultStatus? status = null) => new(value, Style(kind, status));

    public Cell Styled(string? text, ResultStatus? status) => new(text, Style(CellKind.Plain, status));

    /// <summary>A result's value: a percentage of its exact fraction, a whole number, a flag, or empty; coloured by its status.</summary>
    public Cell Value(CriterionResult? result)
    {
        if (result is null)
        {
            return new Cell((string?)null);
        }

        var status = result.Status;
        return result.Value.Kind switch
        {
            ResultValueKind.Fraction => new Cell(result.Value.Number, Style(CellKind.Percent, status)),
            ResultValueKind.WholeNumber when result.HasRatio => new Cell(result.Value.Number, Style(CellKind.Percent, status)), // 0 or 1 of a ratio
            ResultValueKind.WholeNumber => new Cell((long)result.Value.Number, Style(CellKind.Whole, status)),
            ResultValueKind.Flag => new Cell(result.Value.Flag, Style(CellKind.Plain, status)),
            _ => new Cell((string?)null, Style(CellKind.Plain, status)),
        };
    }

    /// <summary>A target: a percentage for a fraction, a whole number for a count; empty without one.</summary>
    public Cell Target(Profiles.ExactDecimal? target, bool countsThings) =>
        target is { } value ? new Cell(value.ToDouble(), Style(countsThings ? CellKind.Whole : CellKind.Percent, null)) : new Cell((string?)null);

    /// <summary>A name Excel takes for a sheet: at most 31 characters, none of / \ ? * [ ] : (a college's id may hold them), not quoted at either end.</summary>
    internal static string SheetName(string name)
    {
        var clean = string.Concat(name.Select(c => c is '/' or '\\' or '?' or '*' or '[' or ']' or ':' ? '_' : c));
        if (clean.Length > 31)
        {
            clean = clean[..(char.IsHighSurrogate(clean[30]) ? 30 : 31)]; // never half of a character
        }

        clean = clean.Trim('\'');
        return clean.Length == 0 ? "_" : clean;
    }

    /// <summary>The letters of a column (1 → A, 27 → AA).</summary>
    public static string Column(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            letters = (char)('A' + ((number - 1) % 26)) + letters;
        }

        return letters;
    }

    private StyleId Style(CellKind kind, ResultStatus? status)
    {
        if (_styles.TryGetValue((kind, status), out var id))
        {
            return id;
        }

        var style = new Style
        {
            Format = kind switch
            {
                CellKind.Percent => NumberFormat.Custom("0.0%"),
                CellKind.Whole => NumberFormat.Custom("0"),
                CellKind.Date => NumberFormat.Custom("dd.mm.yyyy"),
                CellKind.Points => NumberFormat.Custom("+0.0;-0.0;0.0"),
                CellKind.Decimal => NumberFormat.Custom("0.00"),
                _ => null,
            },
        };
        if (StatusColor(status) is { } color)
        {
            style.Fill.Color = color;
        }

        return _styles[(kind, status)] = _spreadsheet.AddStyle(style);
    }

    private static Color? StatusColor(ResultStatus? status) => status switch
    {
        ResultStatus.Met => Color.FromArgb(0xD9, 0xF2, 0xE1),
        ResultStatus.NotMet => Color.FromArgb(0xFB, 0xE1, 0xDF),
        ResultStatus.NoData => Color.FromArgb(0xEE, 0xEE, 0xEE),
        ResultStatus.Error => Color.FromArgb(0xF7, 0xD4, 0xF0),
        _ => null,
    };
}
