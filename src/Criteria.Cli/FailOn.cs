namespace Criteria.Cli;

/// <summary>What in a report makes <c>criteria evaluate</c> exit with <see cref="ExitCodes.ReportHasErrors"/> (the report is written all the same).</summary>
internal enum FailOn
{
    /// <summary>A criterion whose rule failed (a result with status <c>error</c>, a RULE finding): a broken plugin is never silent. The default.</summary>
    Rule,

    /// <summary>Also any finding of severity error (data errors left out in lenient mode).</summary>
    Error,

    /// <summary>Also any warning.</summary>
    Warning,

    /// <summary>Never: exit 0 whenever a report was made.</summary>
    Never,
}
