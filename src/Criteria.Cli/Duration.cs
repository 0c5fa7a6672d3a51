using System.Globalization;
using System.Text.RegularExpressions;

namespace Criteria.Cli;

/// <summary>
/// Durations as a person writes them on a command line: <c>500ms</c>, <c>30s</c>, <c>2m</c>, <c>1h</c>
/// (a plain number is seconds), and <c>none</c> (or <c>0</c>) for no limit.
/// </summary>
internal static partial class Duration
{
    /// <summary>Reads a duration; <see cref="Timeout.InfiniteTimeSpan"/> for <c>none</c> or <c>0</c>.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = Timeout.InfiniteTimeSpan;
        var trimmed = text.Trim();
        if (trimmed is "none" or "0")
        {
            return true;
        }

        var match = Written().Match(trimmed);
        if (!match.Success || !double.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return false;
        }

        var milliseconds = match.Groups["unit"].Value switch
        {
            "ms" => number,
            "" or "s" => number * 1_000,
            "m" => number * 60_000,
            _ => number * 3_600_000, // h
        };
        if (milliseconds < 1 || milliseconds >= TimeSpan.FromDays(24).TotalMilliseconds)
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)\s*(?<unit>ms|s|m|h)?$")]
    private static partial Regex Written();
}
