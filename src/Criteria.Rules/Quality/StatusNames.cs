using Criteria.Facts;

namespace Criteria.Rules.Quality;

/// <summary>Status names as the dataset spells them, for messages.</summary>
internal static class StatusNames
{
    public static string Of(EmploymentStatus status)
    {
        var name = status.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
    }
}
