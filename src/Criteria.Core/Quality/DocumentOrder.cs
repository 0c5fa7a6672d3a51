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
    internal static IComparer<string[]> KeyComparer { get; } = Comparer<string[]>.Create(CompareTokens);

    /// <summary>A path split into its tokens once, to sort many paths without splitting them at every comparison.</summary>
    internal static string[] Key(string path) => [.. Tokens(path)];

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

        return CompareTokens([.. Tokens(x)], [.. Tokens(y)]);
    }

    private static int CompareTokens(string[]? left, string[]? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = CompareToken(left[i], right[i], topLevel: i == 0);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    private static int CompareToken(string left, string right, bool topLevel)
    {
        var leftIndex = left.StartsWith('[') && long.TryParse(left.AsSpan(1, left.Length - 2), out var l) ? l : -1;
        var rightIndex = right.StartsWith('[') && long.TryParse(right.AsSpan(1, right.Length - 2), out var r) ? r : -1;
        if (leftIndex >= 0 && rightIndex >= 0)
        {
            return leftIndex.CompareTo(rightIndex);
        }

        if (topLevel)
        {
            var leftRank = Rank(left);
            var rightRank = Rank(right);
            if (leftRank != rightRank)
            {
                return leftRank.CompareTo(rightRank);
            }
        }

        return string.CompareOrdinal(left, right);
    }

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
