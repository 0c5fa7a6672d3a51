using Criteria.Json;

namespace Criteria.Quality;

/// <summary>
/// Orders JSON paths in document order: array indices as numbers, and the properties of an object in
/// the order the document has them. For a dataset built in code that is the contract's order (the order
/// the writer writes: schemaVersion, region, period, colleges, employers, events, graduates at the top;
/// <c>spo1.total</c> before <c>spo1.disabled</c>); for a dataset read from a file, the file's own order
/// wherever an object departs from the contract's (the reader keeps a layout of those objects).
/// A property a file has and the contract does not is where the file has it (the layout knows its
/// object); one no layout knows (a plugin's key under <c>extensions</c>) comes after the known ones, by
/// its text. <c>$.graduates[2]</c> comes before <c>$.graduates[10]</c>.
/// </summary>
internal sealed class DocumentOrder : IComparer<string>
{
    private const int NotInContract = int.MaxValue - 1;

    /// <summary>The comparer in the contract's order (the order of a document the writer writes).</summary>
    public static DocumentOrder Instance { get; } = new();

    /// <summary>Orders the keys of <see cref="Key"/> as this comparer orders their paths.</summary>
    internal static IComparer<Token[]> KeyComparer { get; } = Comparer<Token[]>.Create(CompareKeys);

    /// <summary>
    /// A path split into its tokens, indices parsed and each property ranked in its object once: to sort
    /// many paths without parsing them at every comparison.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="layout">The read document's layout, or null for the contract's order.</param>
    internal static Token[] Key(string path, DocumentLayout? layout = null)
    {
        var start = path.StartsWith('$') ? 1 : 0;
        var key = new Token[CountTokens(path, start)];
        var shape = ContractShape.Dataset;
        var i = start;
        for (var t = 0; t < key.Length; t++)
        {
            var parentEnd = i;
            while (path[i] == '.')
            {
                i++;
            }

            var (from, length) = NextToken(path, i);
            var text = path.AsSpan(from, length);
            var index = text.StartsWith('[') && text.EndsWith(']') && long.TryParse(text[1..^1], out var n) ? n : -1;
            var rank = 0;
            if (index < 0)
            {
                if (layout is null || !layout.TryRank(path.AsSpan(0, parentEnd), text, out rank))
                {
                    rank = shape?.Rank(text) is > 0 and var known ? known : NotInContract;
                }

                shape = shape?.Child(text);
            }

            key[t] = new Token(path, from, length, index, rank);
            i = from + length;
        }

        return key;
    }

    /// <summary>Compares two paths.</summary>
    /// <param name="x">A path.</param>
    /// <param name="y">Another path.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        return CompareKeys(Key(x), Key(y));
    }

    private static int CompareKeys(Token[]? left, Token[]? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = CompareToken(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static int CompareToken(in Token left, in Token right)
    {
        if (left.Index >= 0 && right.Index >= 0)
        {
            return left.Index.CompareTo(right.Index);
        }

        if (left.Rank != right.Rank)
        {
            return left.Rank.CompareTo(right.Rank); // properties in the document's order
        }

        return left.Text.SequenceCompareTo(right.Text);
    }

    /// <summary>One token of a path (a range of it, not a copy): its index when it is one (else -1), and a property's place in its object.</summary>
    internal readonly record struct Token(string Path, int Start, int Length, long Index, int Rank)
    {
        /// <summary>The token's text.</summary>
        public ReadOnlySpan<char> Text => Path.AsSpan(Start, Length);
    }

    private static int CountTokens(string path, int i)
    {
        var count = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                continue;
            }

            var (from, length) = NextToken(path, i);
            count++;
            i = from + length;
        }

        return count;
    }

    /// <summary>The token that starts at <paramref name="i"/> (not a dot): a bracketed index or selector, or a name up to the next dot or bracket.</summary>
    private static (int Start, int Length) NextToken(string path, int i)
    {
        var start = i;
        if (path[i] == '[')
        {
            var end = path.IndexOf(']', i);
            i = end < 0 ? path.Length : end + 1;
        }
        else
        {
            while (i < path.Length && path[i] != '.' && path[i] != '[')
            {
                i++;
            }
        }

        return (start, i - start);
    }
}
