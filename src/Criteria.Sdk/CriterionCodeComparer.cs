namespace Criteria.Sdk;

/// <summary>Orders criterion codes part by part, numerically where a part is a number: 1.2 &lt; 1.10 &lt; 2.1.</summary>
public sealed class CriterionCodeComparer : IComparer<string>
{
    /// <summary>The comparer.</summary>
    public static CriterionCodeComparer Instance { get; } = new();

    /// <summary>Compares two codes.</summary>
    /// <param name="x">A code.</param>
    /// <param name="y">Another code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var left = x.Split('.');
        var right = y.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var order = int.TryParse(left[i], out var l) && int.TryParse(right[i], out var r)
                ? l.CompareTo(r)
                : string.CompareOrdinal(left[i], right[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
