namespace Criteria.Cli;

/// <summary>The language of reports for people.</summary>
internal enum Language
{
    /// <summary>Russian (the default).</summary>
    Ru,

    /// <summary>English.</summary>
    En,
}
