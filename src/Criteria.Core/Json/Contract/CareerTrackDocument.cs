using Criteria.Facts;

namespace Criteria.Json.Contract;

internal sealed class CareerTrackDocument : ContractObject
{
    public bool? Formed { get; set; }

    public DateOnly? UpdatedOn { get; set; }

    public EmploymentStatus? Status { get; set; }
}
