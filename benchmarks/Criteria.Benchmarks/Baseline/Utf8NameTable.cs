using System.Text;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// A fixed set of names (the properties of one object of the contract, or the values of an enum) looked
/// up by their UTF-8 bytes: one table slot from the length and the first and last bytes, then one
/// comparison. Position 1 is the first name; 0 means "not one of them".
/// </summary>
internal sealed class Utf8NameTable
{
    private readonly byte[][] _names;
    private readonly byte[] _slots; // 1-based position of the name in each slot, 0 for none
    private readonly int _mask;

    /// <summary>A table of the names, in their order.</summary>
    /// <param name="names">The names; at most 255.</param>
    public Utf8NameTable(params string[] names)
    {
        Names = names;
        _names = [.. names.Select(Encoding.UTF8.GetBytes)];
        for (var size = 16; ; size *= 2)
        {
            var slots = new byte[size];
            var clash = false;
            for (var i = 0; i < _names.Length && !clash; i++)
            {
                ref var slot = ref slots[Slot(_names[i], size - 1)];
                clash = slot != 0;
                slot = (byte)(i + 1);
            }

            if (!clash)
            {
                _slots = slots;
                _mask = size - 1;
                return;
            }
        }
    }

    /// <summary>The names, in order (the name at position p is <c>Names[p - 1]</c>).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The position (1-based) of the name, or 0 when it is none of them.</summary>
    /// <param name="utf8">The name's bytes.</param>
    /// <returns>The position, or 0.</returns>
    public int Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return 0;
        }

        var position = _slots[Slot(utf8, _mask)];
        return position != 0 && utf8.SequenceEqual(_names[position - 1]) ? position : 0;
    }

    private static int Slot(ReadOnlySpan<byte> name, int mask) => ((name.Length * 7) + (name[0] * 3) + (name[^1] * 5) + name[name.Length / 2]) & mask;
}
