namespace Criteria.Evaluation.Plan;

/// <summary>The rule forms the compiled batch plan recognises.</summary>
internal enum PlannedRuleForm
{
    /// <summary>One pattern over a fact type aggregated by <see cref="Sdk.Aggregation.TallyQueryExtensions.TallyByCollege{TFact}"/>, yielding its snapshot.</summary>
    Tally,

    /// <summary>One pattern over a fact type aggregated by <see cref="Sdk.Aggregation.DistinctIdsQueryExtensions.DistinctIdsByCollege{TFact}"/>, yielding its snapshot.</summary>
    DistinctIds,

    /// <summary>One pattern over a fact type, yielding a value computed from the fact alone.</summary>
    Yield,
}
