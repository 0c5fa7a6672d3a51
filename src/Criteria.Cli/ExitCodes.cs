namespace Criteria.Cli;

/// <summary>The exit codes of the command.</summary>
internal static class ExitCodes
{
    /// <summary>Success, warnings included.</summary>
    public const int Success = 0;

    /// <summary>An internal failure: a bug, reported without a stack trace.</summary>
    public const int InternalError = 1;

    /// <summary>Invalid input: a bad file, a bad profile, data errors in strict mode, or a usage error.</summary>
    public const int InvalidInput = 2;

    /// <summary>
    /// The report was made and written, but has what <c>--fail-on</c> names: by default a criterion whose
    /// rule failed (status <c>error</c>, a RULE finding) — a broken plugin must not pass a script or CI.
    /// </summary>
    public const int ReportHasErrors = 3;
}
