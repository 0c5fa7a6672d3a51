namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// Orders JSON paths in document order as docs/report.md says: array indices as numbers, the properties
/// of an object in the order the file has them (its <see cref="PropertyLayout"/> where it departs from the
/// contract's order, else the contract's), properties the contract does not know after the known ones,
/// by their text. Each path is split once into a key.
/// </summary>
internal sealed class DocumentPathOrder
{
    private const int NotInContract = int.MaxValue - 1;
    private readonly PropertyLayout _layout;

    /// <summary>The order of a file with this layout.</summary>
    /// <param name="layout">The file's layout.</param>
    public DocumentPathOrder(PropertyLayout layout) => _layout = layout;

    /// <summary>A path split into its tokens, indices parsed, each property ranked in its object.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The key.</returns>
    public Token[] Key(string path)
    {
        var start = path.StartsWith('$') ? 1 : 0;
        var tokens = new List<Token>();
        var shape = DocumentShape.Dataset;
        var i = start;
        while (i < path.Length)
        {
            var parentEnd = i;
            while (i < path.Length && path[i] == '.')
            {
                i++;
            }

            if (i == path.Length)
            {
                break;
            }

            var (from, length) = NextToken(path, i);
            var text = path.AsSpan(from, length);
            var index = text.StartsWith('[') && text.EndsWith(']') && long.TryParse(text[1..^1], out var n) ? n : -1;
            var rank = 0;
            if (index < 0)
            {
                if (!_layout.TryRank(path.AsSpan(0, parentEnd), text, out rank))
                {
                    rank = shape?.Rank(text) is > 0 and var known ? known : NotInContract;
                }

                shape = shape?.Child(text);
            }

            tokens.Add(new Token(path, from, length, index, rank));
            i = from + length;
        }

        return [.. tokens];
    }

    /// <summary>Compares two keys.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Negative, zero or positive.</returns>
    public static int Compare(Token[] left, Token[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = Compare(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static int Compare(in Token left, in Token right)
    {
        if (left.Index >= 0 && right.Index >= 0)
        {
            return left.Index.CompareTo(right.Index);
        }

        if (left.Rank != right.Rank)
        {
            return left.Rank.CompareTo(right.Rank);
        }

        return left.Text.SequenceCompareTo(right.Text);
    }

    /// <summary>The token at <paramref name="i"/>: a bracketed index or name, or a name up to the next dot or bracket.</summary>
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

    /// <summary>One token of a path: its index when it is one (else -1), and a property's place in its object.</summary>
    /// <param name="Path">The path.</param>
    /// <param name="Start">Where the token starts.</param>
    /// <param name="Length">Its length.</param>
    /// <param name="Index">The array index, or -1.</param>
    /// <param name="Rank">The property's place in its object.</param>
    internal readonly record struct Token(string Path, int Start, int Length, long Index, int Rank)
    {
        /// <summary>The token's text.</summary>
        public ReadOnlySpan<char> Text => Path.AsSpan(Start, Length);
    }
}
