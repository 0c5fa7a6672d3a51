namespace Criteria.Samples.Mentoring;

/// <summary>A graduate's <c>extensions.mentoring</c>: the hours of mentoring and the mentor.</summary>
/// <param name="Hours">Hours of mentoring by an employer's specialist.</param>
/// <param name="Mentor">The mentor's name, when known.</param>
public sealed record GraduateMentoring(int Hours, string? Mentor);
