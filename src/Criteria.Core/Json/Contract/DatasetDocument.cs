namespace Criteria.Json.Contract;

internal sealed class DatasetDocument : ContractObject
{
    [System.Text.Json.Serialization.JsonConverter(typeof(Converters.SchemaVersionConverter))]
    public string? SchemaVersion { get; set; }

    public string? Region { get; set; }

    public PeriodDocument? Period { get; set; }

    public List<CollegeDocument?>? Colleges { get; set; }

    public List<EmployerDocument?>? Employers { get; set; }

    public List<EventDocument?>? Events { get; set; }

    public GraduateDocuments? Graduates { get; set; }
}
