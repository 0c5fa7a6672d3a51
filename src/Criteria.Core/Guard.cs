using System.Runtime.CompilerServices;

namespace Criteria;

/// <summary>Guard clauses of the fact model, in one place.</summary>
internal static class Guard
{
    public static int NotNegative(int value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A count cannot be negative.");

    public static int? NotNegative(int? value, [CallerArgumentExpression(nameof(value))] string? name = null) =>
        value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A count cannot be negative.");

    public static string NotEmpty(string value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        return value;
    }
}
