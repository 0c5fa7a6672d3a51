namespace Criteria.Quality;

/// <summary>
/// Orders JSON paths in document order: the top-level members in the order of the dataset contract
/// (schemaVersion, region, period, colleges, employers, events, graduates), array indices as numbers,
/// and other names as text. <c>$.graduates[2]</c> comes before <c>$.graduates[10]</c>.
/// </summary>
public sealed class DocumentOrder : IComparer<string>
{
    private static readonly string[] Sections = ["schemaVersion", "region", "period", "colleges", "employers", "events", "graduates"];

    /// <summary>The comparer.</summary>
    public static DocumentOrder Instance { get; } = new();

    /// <summary>Orders the keys of <see cref="Key"/> as this comparer orders their paths.</summary>
    internal static IComparer<Token[]> KeyComparer { get; } = Comparer<Token[]>.Create(CompareKeys);

    /// <summary>A path split into its tokens, indices parsed, once: to sort many paths without parsing them at every comparison.</summary>
    internal static Token[] Key(string path)
    {
        var start = path.StartsWith('$') ? 1 : 0;
        var key = new Token[CountTokens(path, start)];
        var i = start;
        for (var t = 0; t < key.Length; t++)
        {
            while (path[i] == '.')
            {
                i++;
            }

            var (from, length) = NextToken(path, i);
            var text = path.AsSpan(from, length);
            var index = text.StartsWith('[') && text.EndsWith(']') && long.TryParse(text[1..^1], out var n) ? n : -1;
            key[t] = new Token(path, from, length, index, t == 0 ? Rank(text) : 0);
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
            return left.Rank.CompareTo(right.Rank); // top-level members in the contract's order; 0 below the top
        }

        return left.Text.SequenceCompareTo(right.Text);
    }

    /// <summary>One token of a path (a range of it, not a copy): its index when it is one (else -1), and at the top level the member's rank in the contract.</summary>
    internal readonly record struct Token(string Path, int Start, int Length, long Index, int Rank)
    {
        /// <summary>The token's text.</summary>
        public ReadOnlySpan<char> Text => Path.AsSpan(Start, Length);
    }

    private static int Rank(ReadOnlySpan<char> name)
    {
        for (var i = 0; i < Sections.Length; i++)
        {
            if (name.SequenceEqual(Sections[i]))
            {
                return i;
            }
        }

        return Sections.Length;
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
