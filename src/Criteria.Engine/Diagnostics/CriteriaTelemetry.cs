namespace Criteria.Diagnostics;

/// <summary>
/// The names under which the evaluator reports what it does, for a host's OpenTelemetry, Prometheus or
/// <c>dotnet-counters</c> (<c>dotnet-counters monitor --counters Criteria</c>): a <see cref="System.Diagnostics.Metrics.Meter"/>
/// and an <see cref="System.Diagnostics.ActivitySource"/> both named <see cref="Name"/>. No logging
/// dependency is forced on the host. The instruments are listed in docs/getting-started.md, "In production".
/// </summary>
public static class CriteriaTelemetry
{
    /// <summary>The name of the meter and of the activity source: <c>Criteria</c>.</summary>
    public const string Name = "Criteria";

    /// <summary>Evaluations made (tag <c>criteria.kind</c>: <c>batch</c> or <c>live.open</c>).</summary>
    public const string Evaluations = "criteria.evaluations";

    /// <summary>How long an evaluation took, in seconds (tag <c>criteria.kind</c>).</summary>
    public const string EvaluationDuration = "criteria.evaluation.duration";

    /// <summary>Criteria whose rule failed in an evaluation (tag <c>criteria.criterion</c>: the code).</summary>
    public const string RuleFailures = "criteria.rule.failures";

    /// <summary>Plugins abandoned because they ran past their time budget (tag <c>criteria.plugin</c>: the id).</summary>
    public const string PluginBudgetExceeded = "criteria.plugin.budget_exceeded";

    /// <summary>Batches of changes given to live evaluations (tag <c>criteria.outcome</c>: <c>applied</c> or <c>rejected</c>).</summary>
    public const string LiveBatches = "criteria.live.batches";

    /// <summary>Record changes applied by live evaluations.</summary>
    public const string LiveChanges = "criteria.live.changes";

    /// <summary>How long a live batch took to apply (or to be rejected), in seconds.</summary>
    public const string LiveBatchDuration = "criteria.live.batch.duration";
}
