using System.Globalization;

namespace Criteria.Benchmarks.Baseline;

/// <summary>A line of UTF-8 text composed in a buffer, for a path or a message written without a string.</summary>
internal ref struct Utf8Line
{
    private readonly Span<byte> _buffer;
    private int _length;

    /// <summary>A line composed in <paramref name="buffer"/>.</summary>
    /// <param name="buffer">Room for the line.</param>
    public Utf8Line(Span<byte> buffer) => _buffer = buffer;

    /// <summary>The text so far.</summary>
    public readonly ReadOnlySpan<byte> Text => _buffer[.._length];

    /// <summary>Appends bytes.</summary>
    /// <param name="utf8">UTF-8 text.</param>
    public void Append(scoped ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(_buffer[_length..]);
        _length += utf8.Length;
    }

    /// <summary>Appends a number.</summary>
    /// <param name="value">The number.</param>
    public void Append(int value)
    {
        value.TryFormat(_buffer[_length..], out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Appends a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    public void Append(DateOnly date)
    {
        date.TryFormat(_buffer[_length..], out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _length += written;
    }
}
