namespace Criteria.Json.Contract;

internal sealed class AisDocument : ContractObject
{
    public bool? Registered { get; set { field = value; Seen(1); } }

    public CareerTrackDocument? CareerTrack { get; set { field = value; Seen(2); } }
}
