using Criteria.Catalog;
using Criteria.Facts;
using Criteria.Reporting;

namespace Criteria.Evaluation;

/// <summary>
/// Evaluates the criteria of its catalogs on datasets. Compiled once; thread-safe: any number of
/// evaluations may run at once, each in its own rules session.
/// </summary>
public interface ICriteriaEvaluator
{
    /// <summary>The criteria evaluated, in report order.</summary>
    IReadOnlyList<CriterionDescriptor> Criteria { get; }

    /// <summary>Evaluates a dataset (a region, or one college with the reference data).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="settings">Profile and mode for this evaluation; null for the evaluator's options.</param>
    /// <param name="cancellationToken">Stops the evaluation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="DatasetRejectedException">Strict mode, and the dataset has data errors (DQ1, DQ2).</exception>
    /// <exception cref="Json.InvalidInputException">The dataset (built in code) breaks the contract a file is held to, naming the record and the property; or the profile names a criterion the evaluator does not have, or a target out of range.</exception>
    /// <exception cref="ArgumentException">The settings' reading findings hold a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The settings' mode is not <see cref="EvaluationMode.Strict"/> or <see cref="EvaluationMode.Lenient"/> (a cast number).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    Report Evaluate(Dataset dataset, EvaluationSettings? settings = null, CancellationToken cancellationToken = default);

    /// <summary>Opens a live evaluation that follows inserts, updates and retractions incrementally.</summary>
    /// <param name="dataset">The starting data, free of data errors.</param>
    /// <param name="profile">The profile; null for the evaluator's.</param>
    /// <param name="cancellationToken">Stops the opening.</param>
    /// <returns>The live evaluation.</returns>
    /// <exception cref="DatasetRejectedException">The dataset has data errors (DQ1, DQ2).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    LiveEvaluation OpenLive(Dataset dataset, Profiles.EvaluationProfile? profile = null, CancellationToken cancellationToken = default);
}
