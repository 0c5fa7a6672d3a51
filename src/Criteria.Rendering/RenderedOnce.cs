using System.Collections.Concurrent;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using CellOptions = Spectre.Console.Rendering.RenderOptions;

namespace Criteria.Rendering;

/// <summary>
/// A cell shown in many tables (a criterion's title in every college's table): measured and laid out once
/// per width and reused, its segments joined run by run (the same text in a few segments: a long title's
/// wrapping and a table's per-segment work cost more than the rest of a table). Safe to share between
/// tables laid out on several threads.
/// </summary>
/// <param name="cell">The cell.</param>
internal sealed class RenderedOnce(IRenderable cell) : IRenderable
{
    private readonly ConcurrentDictionary<(int Width, Justify? Justification), Measurement> _measured = new();
    private readonly ConcurrentDictionary<(int Width, Justify? Justification), Segment[]> _rendered = new();

    /// <inheritdoc/>
    public Measurement Measure(CellOptions options, int maxWidth) =>
        _measured.GetOrAdd((maxWidth, options.Justification), key => cell.Measure(options, key.Width));

    /// <inheritdoc/>
    public IEnumerable<Segment> Render(CellOptions options, int maxWidth) =>
        _rendered.GetOrAdd((maxWidth, options.Justification), key => Joined(cell.Render(options, key.Width)));

    /// <summary>
    /// The segments with each run of one style on one line joined: the same text, and what a table does
    /// with a cell's segments (split them into lines, measure each) costs per segment — a wrapped title is
    /// a segment per word and per space.
    /// </summary>
    private static Segment[] Joined(IEnumerable<Segment> segments)
    {
        var joined = new List<Segment>();
        var run = new StringBuilder();
        Style? style = null;
        void Flush()
        {
            if (run.Length > 0)
            {
                joined.Add(new Segment(run.ToString(), style ?? Style.Plain));
                run.Clear();
            }
        }

        foreach (var segment in segments)
        {
            if (segment.IsLineBreak || segment.IsControlCode)
            {
                Flush();
                joined.Add(segment);
                continue;
            }

            if (style is not null && !segment.Style.Equals(style))
            {
                Flush();
            }

            style = segment.Style;
            run.Append(segment.Text);
        }

        Flush();
        return [.. joined];
    }
}
