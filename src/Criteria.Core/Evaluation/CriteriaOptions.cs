using Criteria.Profiles;

namespace Criteria.Evaluation;

/// <summary>The options of an evaluator (bound with Microsoft.Extensions.Options): the default profile and mode.</summary>
public sealed class CriteriaOptions
{
    /// <summary>The profile of evaluations that name none. Default: <see cref="EvaluationProfile.Default"/>.</summary>
    public EvaluationProfile Profile { get; set; } = EvaluationProfile.Default;

    /// <summary>The mode of evaluations that name none. Default: <see cref="EvaluationMode.Strict"/>.</summary>
    public EvaluationMode Mode { get; set; } = EvaluationMode.Strict;

    /// <summary>
    /// How long an isolated catalog (a plugin's) may run in one evaluation before its criteria are
    /// given status <c>error</c> and the evaluation goes on without them. Default: two minutes;
    /// <see cref="Timeout.InfiniteTimeSpan"/> (or anything from 24 days) for no budget.
    /// </summary>
    public TimeSpan PluginTimeBudget { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How batch evaluations run the rules. Default: <see cref="BatchExecution.Compiled"/>.</summary>
    public BatchExecution BatchExecution { get; set; } = BatchExecution.Compiled;
}
