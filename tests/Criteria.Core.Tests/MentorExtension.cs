namespace Criteria.Core.Tests;

/// <summary>A plugin's own extension type, as a plugin author would declare it.</summary>
public sealed record MentorExtension(string Mentor);
