namespace Criteria.Json.Contract;

internal sealed class AisDocument : ContractObject
{
    public bool? Registered { get; set; }

    public CareerTrackDocument? CareerTrack { get; set; }
}
