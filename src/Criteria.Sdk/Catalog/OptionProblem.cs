namespace Criteria.Catalog;

/// <summary>What is wrong with one option of a catalog's options.</summary>
/// <param name="Option">The option's name, for example <c>minimumHours</c>; empty for the options as a whole.</param>
/// <param name="Message">What is wrong, in words for the person who writes the profile.</param>
public sealed record OptionProblem(string Option, string Message);
