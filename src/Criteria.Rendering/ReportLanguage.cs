namespace Criteria.Rendering;

/// <summary>The language of the renderings people read (titles, labels, statuses).</summary>
public enum ReportLanguage
{
    /// <summary>Russian (the default).</summary>
    Ru,

    /// <summary>English.</summary>
    En,
}
