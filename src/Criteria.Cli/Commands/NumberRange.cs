using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace Criteria.Cli.Commands;

/// <summary>
/// A whole-number option read with its bounds: a value that is not a whole number, or is out of range, is a usage
/// error (exit 2) that names the option in words, instead of a .NET type name or a failure inside the command.
/// </summary>
internal static class NumberRange
{
    /// <summary>Reads the option as a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<T> Within<T>(this Option<T> option, T min, T max)
        where T : struct, IBinaryInteger<T>
    {
        option.CustomParser = result => Parse(option.Name, result, min, max) ?? default;
        return option;
    }

    /// <summary>Reads the option, when given, as a whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Option<T?> Within<T>(this Option<T?> option, T min, T max)
        where T : struct, IBinaryInteger<T>
    {
        option.CustomParser = result => Parse(option.Name, result, min, max);
        return option;
    }

    private static T? Parse<T>(string name, System.CommandLine.Parsing.ArgumentResult result, T min, T max)
        where T : struct, IBinaryInteger<T>
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (!T.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a whole number for {name} (from {min} to {max})"));
            return null;
        }

        if (value < min || value > max)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be from {min} to {max}, not {value}"));
            return null;
        }

        return value;
    }
}
