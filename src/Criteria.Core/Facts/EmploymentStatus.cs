namespace Criteria.Facts;

/// <summary>
/// A graduate's employment status on the monitoring date, following the columns of the federal
/// monitoring form of СПО graduate employment: every graduate has exactly one.
/// </summary>
public enum EmploymentStatus
{
    /// <summary>Employed under an employment or civil-law contract (трудоустроен). JSON: <c>employed</c>.</summary>
    Employed,

    /// <summary>Registered as an individual entrepreneur (ИП). JSON: <c>entrepreneur</c>.</summary>
    Entrepreneur,

    /// <summary>Self-employed, professional-income tax payer (самозанятый, НПД). JSON: <c>selfEmployed</c>.</summary>
    SelfEmployed,

    /// <summary>Contract service in the armed forces or security agencies. JSON: <c>militaryContract</c>.</summary>
    MilitaryContract,

    /// <summary>Informal employment. JSON: <c>informal</c>.</summary>
    Informal,

    /// <summary>Continued education. JSON: <c>continuingEducation</c>.</summary>
    ContinuingEducation,

    /// <summary>Conscripted into the army. JSON: <c>militaryConscription</c>.</summary>
    MilitaryConscription,

    /// <summary>On parental leave. JSON: <c>parentalLeave</c>.</summary>
    ParentalLeave,

    /// <summary>On the register of an employment centre (ЦЗН) as unemployed. JSON: <c>registeredUnemployed</c>.</summary>
    RegisteredUnemployed,

    /// <summary>Not employed for another reason (no motivation, other). JSON: <c>notEmployed</c>.</summary>
    NotEmployed,

    /// <summary>Out of scope: death or grave illness, moved abroad, under investigation, caring for a relative, foreign citizen. JSON: <c>excluded</c>.</summary>
    Excluded,

    /// <summary>Status not known on the cut-off date (finding DQ12). JSON: <c>unknown</c>.</summary>
    Unknown,
}
