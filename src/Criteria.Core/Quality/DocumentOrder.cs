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
        var tokens = Tokens(path);
        var key = new Token[tokens.Count];
        for (var i = 0; i < key.Length; i++)
        {
            var token = tokens[i];
            var index = token.StartsWith('[') && long.TryParse(token.AsSpan(1, token.Length - 2), out var n) ? n : -1;
            key[i] = new Token(token, index, i == 0 ? Rank(token) : 0);
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

        return string.CompareOrdinal(left.Text, right.Text);
    }

    /// <summary>One token of a path: its text, its index when it is one (else -1), and at the top level the member's rank in the contract.</summary>
    internal readonly record struct Token(string Text, long Index, int Rank);

    private static int Rank(string name)
    {
        var index = Array.IndexOf(Sections, name);
        return index < 0 ? Sections.Length : index;
    }

    private static List<string> Tokens(string path)
    {
        var tokens = new List<string>();
        var i = path.StartsWith("$", StringComparison.Ordinal) ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                continue;
            }

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

            tokens.Add(path[start..i]);
        }

        return tokens;
    }
}
