using Criteria.Collections;
using Criteria.Quality;

namespace Criteria.Evaluation;

/// <summary>
/// A strict evaluation refused a dataset with data errors (DQ1: duplicate ids, DQ2: references to ids
/// that do not exist). The message names the first error's record and JSON path; <see cref="Errors"/>
/// lists them all. A lenient evaluation would leave those records or references out.
/// </summary>
public sealed class DatasetRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">The data errors, in report order; at least one.</param>
    public DatasetRejectedException(IReadOnlyList<Finding> errors)
        : this(errors, "The dataset was not evaluated; lenient mode leaves such records out.")
    {
    }

    /// <summary>Creates the exception with what was (not) done about it, in the caller's words.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <param name="outcome">What the caller did not do (a sentence).</param>
    internal DatasetRejectedException(IReadOnlyList<Finding> errors, string outcome)
        : base(Format(errors) + " " + outcome)
    {
        Errors = errors.ToValueArray();
    }

    /// <summary>The data errors, in report order.</summary>
    public ValueArray<Finding> Errors { get; }

    private static string Format(IReadOnlyList<Finding> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A rejected dataset has at least one error.", nameof(errors));
        }

        var first = errors[0];
        var record = first.RecordId is null ? "" : $" (record '{first.RecordId}')";
        var more = errors.Count == 1 ? "" : $" ({errors.Count - 1} more error{(errors.Count == 2 ? "" : "s")})";
        return $"{first.Code} {first.Path}{record}: {first.Message}{more}.";
    }
}
