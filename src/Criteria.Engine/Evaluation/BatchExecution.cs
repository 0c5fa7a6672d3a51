namespace Criteria.Evaluation;

/// <summary>How a batch evaluation runs the rules.</summary>
public enum BatchExecution
{
    /// <summary>
    /// The compiled plan: rules of the recognised forms (the SDK's criteria and quality rules) fused
    /// into one pass over the facts, any other rule through a Rete session. Fast; the default.
    /// </summary>
    Compiled,

    /// <summary>Every rule through a Rete session, as a live evaluation runs them. For comparison and diagnosis.</summary>
    Rete,
}
