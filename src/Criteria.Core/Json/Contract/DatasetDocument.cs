namespace Criteria.Json.Contract;

internal sealed class DatasetDocument : ContractObject
{
    [System.Text.Json.Serialization.JsonConverter(typeof(Converters.SchemaVersionConverter))]
    public string? SchemaVersion { get; set { field = value; Seen(1); } }

    public string? Region { get; set { field = value; Seen(2); } }

    public PeriodDocument? Period { get; set { field = value; Seen(3); } }

    public List<CollegeDocument?>? Colleges { get; set { field = value; Seen(4); } }

    public List<EmployerDocument?>? Employers { get; set { field = value; Seen(5); } }

    public List<EventDocument?>? Events { get; set { field = value; Seen(6); } }

    public GraduateDocuments? Graduates { get; set { field = value; Seen(7); } }
}
