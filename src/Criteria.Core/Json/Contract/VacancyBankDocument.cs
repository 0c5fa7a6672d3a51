namespace Criteria.Json.Contract;

internal sealed class VacancyBankDocument : ContractObject
{
    public string? Url { get; set { field = value; Seen(1); } }

    public int? PartnerVacancies { get; set { field = value; Seen(2); } }

    public DateOnly? UpdatedOn { get; set { field = value; Seen(3); } }
}
