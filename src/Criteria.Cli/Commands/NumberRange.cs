using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace Criteria.Cli.Commands;

/// <summary>Bounds of a numeric option, checked when the command line is parsed (a usage error, exit 2) instead of failing inside the command.</summary>
internal static class NumberRange
{
    /// <summary>Refuses a value below <paramref name="min"/> or above <paramref name="max"/>.</summary>
    public static Option<T> Within<T>(this Option<T> option, T min, T max)
        where T : struct, INumber<T>
    {
        option.Validators.Add(result => Check(option.Name, result.GetValueOrDefault<T>(), min, max, result.AddError));
        return option;
    }

    /// <summary>Refuses a given value below <paramref name="min"/> or above <paramref name="max"/> (no value is no limit).</summary>
    public static Option<T?> Within<T>(this Option<T?> option, T min, T max)
        where T : struct, INumber<T>
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T?>() is { } value)
            {
                Check(option.Name, value, min, max, result.AddError);
            }
        });
        return option;
    }

    private static void Check<T>(string name, T value, T min, T max, Action<string> error)
        where T : struct, INumber<T>
    {
        if (value < min || value > max)
        {
            error(string.Create(CultureInfo.InvariantCulture, $"{name} must be from {min} to {max}, not {value}"));
        }
    }
}
