namespace Criteria.Samples.Mentoring;

/// <summary>The plugin's options: the profile's <c>plugins.mentoring</c> section.</summary>
public sealed class MentoringOptions
{
    /// <summary>The hours of mentoring that count as mentored. Default 10.</summary>
    public int MinimumHours { get; set; } = 10;
}
