namespace Criteria.Evaluation.Live;

/// <summary>A change of a batch was found wrong when the batch ended (a reference of the final state names no record).</summary>
internal sealed class RejectedChangeException(int change, DatasetRejectedException rejection)
    : Exception(rejection.Message, rejection)
{
    /// <summary>The position of the change in the batch.</summary>
    public int Change { get; } = change;

    /// <summary>The rejection.</summary>
    public DatasetRejectedException Rejection { get; } = rejection;
}
