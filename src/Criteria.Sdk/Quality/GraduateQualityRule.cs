using Criteria.Evaluation;
using Criteria.Quality;

namespace Criteria.Sdk.Quality;

/// <summary>A data-quality rule on graduates that finds at most one problem per graduate.</summary>
public abstract class GraduateQualityRule : QualityRule<GraduateFact>
{
    /// <summary>Where in the graduate record the problem is, relative to the record: <c>.outcome.status</c>.</summary>
    protected abstract string RelativePath { get; }

    /// <summary>What is wrong with this graduate's record.</summary>
    /// <param name="graduate">The graduate.</param>
    /// <returns>The message.</returns>
    protected abstract string Message(GraduateFact graduate);

    /// <inheritdoc />
    protected sealed override string RecordOf(GraduateFact fact) => $"graduate {fact.Id}";

    /// <inheritdoc />
    protected sealed override IEnumerable<Finding> Describe(GraduateFact fact)
    {
        yield return Finding(fact.CollegeId, fact.Id, fact.Path + RelativePath, Message(fact));
    }
}
