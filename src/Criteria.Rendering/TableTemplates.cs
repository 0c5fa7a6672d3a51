using System.Collections.Concurrent;
using System.Text;

namespace Criteria.Rendering;

/// <summary>
/// The plain text of colleges' tables from a few laid-out ones. A college's table has the same rows,
/// codes, titles and targets as the others, and its layout depends only on the widest text of each
/// column: tables whose caption has the same length and whose widest value and status are as wide are
/// laid out alike, and differ only in the caption and in the value and status cells. The first table of
/// each such kind is laid out by Spectre.Console; it becomes a template only when putting its own caption,
/// values and statuses back into it gives its text exactly (else every table of that kind is laid out in
/// full). A table with a character that may not be one cell wide is always laid out in full.
/// Thread-safe.
/// </summary>
internal sealed class TableTemplates
{
    private readonly ConcurrentDictionary<string, Template?> _templates = new(StringComparer.Ordinal);
    private int _filled;

    /// <summary>How many tables were filled in from a template (the others were laid out in full).</summary>
    public int Filled => _filled;

    /// <summary>One row of a college's table: what varies from table to table, and what must not.</summary>
    /// <param name="Code">The criterion's code (must not vary).</param>
    /// <param name="Target">The target's text (must not vary).</param>
    /// <param name="Value">The value's text (right-aligned).</param>
    /// <param name="Status">The status's text (left-aligned).</param>
    public readonly record struct Row(string Code, string Target, string Value, string Status);

    /// <summary>The table's text: from its kind's template, or laid out in full by <paramref name="layOut"/>.</summary>
    public string Text(string caption, IReadOnlyList<Row> rows, Func<string> layOut)
    {
        var key = Key(caption, rows);
        if (key is null)
        {
            return layOut();
        }

        if (!_templates.TryGetValue(key, out var template))
        {
            var text = layOut();
            template = Template.From(text, caption, rows);
            _templates.TryAdd(key, template);
            return text;
        }

        if (template?.Fill(caption, rows) is { } filled)
        {
            Interlocked.Increment(ref _filled);
            return filled;
        }

        return layOut();
    }

    private static string? Key(string caption, IReadOnlyList<Row> rows)
    {
        if (!OneCellEach(caption))
        {
            return null;
        }

        var key = new StringBuilder().Append(caption.Length).Append('\u0001');
        int value = 0, status = 0;
        foreach (var row in rows)
        {
            if (!OneCellEach(row.Code) || !OneCellEach(row.Target) || !OneCellEach(row.Value) || !OneCellEach(row.Status))
            {
                return null;
            }

            key.Append(row.Code).Append('\u0002').Append(row.Target).Append('\u0003');
            value = Math.Max(value, row.Value.Length);
            status = Math.Max(status, row.Status.Length);
        }

        return key.Append('\u0001').Append(value).Append('\u0001').Append(status).ToString();
    }

    /// <summary>True when every character of the text takes one cell of a terminal (Latin, Cyrillic, common signs).</summary>
    private static bool OneCellEach(string text)
    {
        foreach (var c in text)
        {
            var one = c is (>= ' ' and <= '~') or '\u00A0' or '«' or '»' or '–' or '—' or '№' or '≥' or '≤' or '·' or (>= '\u0400' and <= '\u045F');
            if (!one)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A laid-out table with the places of its caption and of each row's value and status.</summary>
    private sealed class Template
    {
        private readonly string[] _lines;
        private readonly int _captionLine;
        private readonly int _captionAt;
        private readonly int[] _rowLines;
        private readonly (int Start, int Width) _value;
        private readonly (int Start, int Width) _status;

        private Template(string[] lines, int captionLine, int captionAt, int[] rowLines, (int, int) value, (int, int) status)
        {
            _lines = lines;
            _captionLine = captionLine;
            _captionAt = captionAt;
            _rowLines = rowLines;
            _value = value;
            _status = status;
        }

        /// <summary>The template of a laid-out table, or null when the table is not of the expected form.</summary>
        public static Template? From(string text, string caption, IReadOnlyList<Row> rows)
        {
            var lines = text.Split(Environment.NewLine);
            var captionLine = Array.FindIndex(lines, line => line.Contains(caption, StringComparison.Ordinal));
            var top = Array.FindIndex(lines, line => line.StartsWith('╭'));
            if (captionLine < 0 || top < 0 || captionLine > top || top + 3 >= lines.Length)
            {
                return null;
            }

            // The header row gives the column separators: two edges and four between five columns.
            var header = lines[top + 1];
            var separators = new List<int>();
            for (var i = 0; i < header.Length; i++)
            {
                if (header[i] == '│')
                {
                    separators.Add(i);
                }
            }

            if (separators.Count != 6)
            {
                return null;
            }

            // Body lines: from after the header's rule to the bottom border; a row starts where its code is.
            var rowLines = new List<int>();
            var line = top + 3;
            for (; line < lines.Length && !lines[line].StartsWith('╰'); line++)
            {
                var body = lines[line];
                if (body.Length != header.Length || separators.Any(s => body[s] != '│'))
                {
                    return null;
                }

                if (!string.IsNullOrWhiteSpace(body[(separators[0] + 1)..separators[1]]))
                {
                    rowLines.Add(line);
                }
            }

            if (line == lines.Length || rowLines.Count != rows.Count)
            {
                return null;
            }

            // A cell's text sits between a space after one separator and a space before the next.
            var template = new Template(
                lines,
                captionLine,
                lines[captionLine].IndexOf(caption, StringComparison.Ordinal),
                [.. rowLines],
                (separators[2] + 2, separators[3] - separators[2] - 3),
                (separators[4] + 2, separators[5] - separators[4] - 3));
            return template.Fill(caption, rows) == text ? template : null; // it must give back its own table
        }

        /// <summary>The text of a table of this kind, or null when a value or status does not fit.</summary>
        public string? Fill(string caption, IReadOnlyList<Row> rows)
        {
            var lines = (string[])_lines.Clone();
            var captionLine = _lines[_captionLine];
            lines[_captionLine] = string.Concat(captionLine.AsSpan(0, _captionAt), caption, captionLine.AsSpan(_captionAt + caption.Length));
            for (var r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                if (row.Value.Length > _value.Width || row.Status.Length > _status.Width)
                {
                    return null;
                }

                var chars = _lines[_rowLines[r]].ToCharArray();
                Put(chars, _value, row.Value.PadLeft(_value.Width));
                Put(chars, _status, row.Status.PadRight(_status.Width));
                lines[_rowLines[r]] = new string(chars);
            }

            return string.Join(Environment.NewLine, lines);
        }

        private static void Put(char[] line, (int Start, int Width) cell, string text) => text.CopyTo(0, line, cell.Start, cell.Width);
    }
}
