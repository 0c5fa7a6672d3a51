namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// JSON paths as the library's findings write them: <c>$.graduates[3].outcome</c>, and <c>['name']</c> for a
/// name that is not a plain identifier (empty, starting with a digit, or with a character other than an
/// ASCII letter, digit or <c>_</c>), its <c>'</c> escaped.
/// </summary>
internal static class PathText
{
    /// <summary>The path of a property of the object at <paramref name="parent"/>.</summary>
    /// <param name="parent">The object's path (or a part of one).</param>
    /// <param name="name">The property's name.</param>
    /// <returns>The path.</returns>
    public static string Property(string parent, string name) =>
        IsPlain(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>A property name as one token of a path: <c>name</c>, or <c>['odd name']</c>.</summary>
    /// <param name="name">The property's name.</param>
    /// <returns>The token.</returns>
    public static string Token(string name)
    {
        var path = Property(string.Empty, name);
        return path.StartsWith('.') ? path[1..] : path;
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
