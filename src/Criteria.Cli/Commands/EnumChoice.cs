using System.CommandLine;

namespace Criteria.Cli.Commands;

/// <summary>
/// An option whose values are the names of an enum, as the command line writes them (lower case: <c>table</c>,
/// <c>json</c>, <c>ru</c>, <c>warning</c>): help lists them so, and another value is a usage error that lists them,
/// instead of a .NET type name and capitalised suggestions.
/// </summary>
internal static class EnumChoice
{
    /// <summary>Reads the option as one of <typeparamref name="T"/>'s names, in any case.</summary>
    public static Option<T> Among<T>(this Option<T> option)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        option.HelpName = string.Join('|', names);
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.Any(char.IsAsciiDigit))
            {
                return value;
            }

            result.AddError($"'{text}' is not one of {string.Join(", ", names)} for {option.Name}");
            return default;
        };
        return option;
    }
}
