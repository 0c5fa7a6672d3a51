using Criteria.Facts;

namespace Criteria.Json.Contract;

internal sealed class CareerTrackDocument : ContractObject
{
    public bool? Formed { get; set { field = value; Seen(1); } }

    public DateOnly? UpdatedOn { get; set { field = value; Seen(2); } }

    public EmploymentStatus? Status { get; set { field = value; Seen(3); } }
}
