namespace Criteria.Evaluation;

/// <summary>What an evaluation does with data errors (DQ1, DQ2) — docs/report.md, "Finding codes".</summary>
public enum EvaluationMode
{
    /// <summary>An error stops the evaluation with <see cref="DatasetRejectedException"/>, naming the record and the path.</summary>
    Strict,

    /// <summary>
    /// A graduate or event whose college does not exist is left out; of records with a duplicate id
    /// the first is kept; any other dangling reference is treated as absent; each case is a finding.
    /// </summary>
    Lenient,
}
