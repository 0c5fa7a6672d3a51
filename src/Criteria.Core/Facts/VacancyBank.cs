namespace Criteria.Facts;

/// <summary>The bank of current vacancies from employer-partners on a college website (criterion 3.5).</summary>
public sealed record VacancyBank
{
    private readonly int _partnerVacancies;

    /// <summary>The address of the bank; null when not published.</summary>
    public string? Url { get; init; }

    /// <summary>The number of vacancies from direct employer-partners, 0 or more.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int PartnerVacancies { get => _partnerVacancies; init => _partnerVacancies = Guard.NotNegative(value); }

    /// <summary>The day the bank was last updated; null when unknown.</summary>
    public DateOnly? UpdatedOn { get; init; }
}
