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
    /// How long an isolated catalog (a plugin's) may run in one evaluation. When it passes, the
    /// evaluation returns without waiting any longer: the plugin's criteria have status <c>error</c> and
    /// one <c>RULE</c> finding names the plugin, the budget and the record it was on. The plugin's work is
    /// abandoned — .NET cannot stop a thread, so it runs on in the background until its rule returns
    /// (holding a thread-pool thread and the evaluation's facts), and its results are discarded.
    /// Default: two minutes; <see cref="Timeout.InfiniteTimeSpan"/> (or zero, or anything from 24 days) for no budget.
    /// </summary>
    public TimeSpan PluginTimeBudget { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How batch evaluations run the rules. Default: <see cref="BatchExecution.Compiled"/>.</summary>
    public BatchExecution BatchExecution { get; set; } = BatchExecution.Compiled;
}
