namespace Criteria.Json.Contract;

internal sealed class VacancyBankDocument : ContractObject
{
    public string? Url { get; set; }

    public int? PartnerVacancies { get; set; }

    public DateOnly? UpdatedOn { get; set; }
}
