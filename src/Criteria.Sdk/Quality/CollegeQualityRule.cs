using Criteria.Evaluation;

namespace Criteria.Sdk.Quality;

/// <summary>A data-quality rule on colleges; <see cref="QualityRule{TFact}.Describe"/> may find several problems in one college.</summary>
public abstract class CollegeQualityRule : QualityRule<CollegeFact>
{
    /// <inheritdoc />
    protected sealed override string RecordOf(CollegeFact fact) => $"college {fact.Id}";
}
