using System.Collections.Concurrent;
using Spectre.Console;
using Spectre.Console.Rendering;
using CellOptions = Spectre.Console.Rendering.RenderOptions;

namespace Criteria.Rendering;

/// <summary>
/// A cell shown in many tables (a criterion's title in every college's table): measured and laid out once
/// per width and reused — the same segments the cell would give each time (a long title's wrapping costs
/// more than the rest of a table). Safe to share between tables laid out on several threads.
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
        _rendered.GetOrAdd((maxWidth, options.Justification), key => [.. cell.Render(options, key.Width)]);
}
