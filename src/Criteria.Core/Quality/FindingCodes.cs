namespace Criteria.Quality;

/// <summary>
/// The codes of the standard data-quality findings (docs/report.md, "Finding codes"), and
/// their order in a report.
/// </summary>
public static class FindingCodes
{
    /// <summary>Two records of one kind with the same id (error).</summary>
    public const string DuplicateId = "DQ1";

    /// <summary>A reference to an id that does not exist (error).</summary>
    public const string DanglingReference = "DQ2";

    /// <summary>The contingent differs from СПО-1, per college and cohort (warning).</summary>
    public const string ContingentMismatch = "DQ3";

    /// <summary>A formed career track for a graduate not registered in the AIS (warning).</summary>
    public const string TrackWithoutRegistration = "DQ4";

    /// <summary>The career track's status contradicts the outcome's (warning).</summary>
    public const string TrackStatusContradiction = "DQ5";

    /// <summary>Employed with no employer (warning).</summary>
    public const string EmployedWithoutEmployer = "DQ6";

    /// <summary>A date after the cut-off (warning).</summary>
    public const string DateAfterCutoff = "DQ7";

    /// <summary>An impossible period: the dataset is refused in every mode (error, at load).</summary>
    public const string InvalidPeriod = "DQ8";

    /// <summary>СПО-1 counts that cannot be right: a cohort count above the total (warning).</summary>
    public const string ImpossibleSpo1 = "DQ9";

    /// <summary>An unknown property, ignored (warning).</summary>
    public const string UnknownProperty = "DQ10";

    /// <summary>A graduate both disabled and a disabled child (warning).</summary>
    public const string ExclusiveHealthCategories = "DQ11";

    /// <summary>Outcome status unknown on the cut-off date (warning).</summary>
    public const string UnknownStatus = "DQ12";

    /// <summary>
    /// A graduate whose status on the cut-off date is in the profile's atRiskStatuses but who is not flagged
    /// atRisk (warning): the college's risk list missed a graduate who ended up at risk.
    /// </summary>
    public const string AtRiskNotFlagged = "DQ13";

    /// <summary>A profile's <c>collegeTargets</c> names a college that the dataset does not have (warning).</summary>
    public const string UnknownTargetCollege = "DQ14";

    /// <summary>A criterion whose rule failed (error).</summary>
    public const string RuleFailed = "RULE";

    private static readonly string[] Order =
    [
        DuplicateId, DanglingReference, ContingentMismatch, TrackWithoutRegistration, TrackStatusContradiction,
        EmployedWithoutEmployer, DateAfterCutoff, InvalidPeriod, ImpossibleSpo1, UnknownProperty,
        ExclusiveHealthCategories, UnknownStatus, AtRiskNotFlagged, UnknownTargetCollege, RuleFailed,
    ];

    /// <summary>
    /// True for a code of the standard findings — <c>DQ</c> followed by digits (DQ1 … DQ14, and the
    /// numbers a later version may add) and <c>RULE</c> — which no plugin may report.
    /// </summary>
    /// <param name="code">A finding code.</param>
    /// <returns>True when the code is reserved for the standard findings.</returns>
    public static bool IsStandard(string code) =>
        code == RuleFailed
        || (code.Length > 2 && code.StartsWith("DQ", StringComparison.OrdinalIgnoreCase) && code.AsSpan(2).IndexOfAnyExceptInRange('0', '9') < 0);

    /// <summary>
    /// The position of a code in report order: the standard codes in the order of docs/criteria.md's
    /// table, then every other code (a plugin's) after them.
    /// </summary>
    /// <param name="code">A finding code.</param>
    /// <returns>0 for DQ1, 1 for DQ2, …; <see cref="int.MaxValue"/> for a code that is not standard.</returns>
    public static int Rank(string code)
    {
        var index = Array.IndexOf(Order, code);
        return index < 0 ? int.MaxValue : index;
    }
}
