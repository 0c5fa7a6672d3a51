using System.Linq.Expressions;
using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Quality;
using NRules.Fluent.Dsl;

namespace Criteria.Sdk.Quality;

/// <summary>
/// A data-quality rule: the facts that satisfy <see cref="Condition"/> get the findings of
/// <see cref="Describe"/>, yielded as one <see cref="RecordFindings"/> fact per record, so that they
/// follow the record through updates and retractions.
/// </summary>
/// <typeparam name="TFact">The fact type: <see cref="GraduateFact"/>, <see cref="CollegeFact"/> or <see cref="EventFact"/>.</typeparam>
public abstract class QualityRule<TFact> : Rule, IFindingCodeSource
    where TFact : class
{
    /// <summary>The finding code, for example <c>DQ4</c>.</summary>
    public abstract string Code { get; }

    /// <summary>The severity of the findings; a warning unless overridden.</summary>
    protected virtual FindingSeverity Severity => FindingSeverity.Warning;

    /// <summary>The facts that have findings.</summary>
    protected abstract Expression<Func<TFact, bool>> Condition { get; }

    /// <summary>The findings of a fact that satisfies the condition, in document order.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The findings; use <see cref="Finding(string?, string?, string, string)"/> to make them.</returns>
    protected abstract IEnumerable<Finding> Describe(TFact fact);

    /// <summary>The fact's record by kind and id, for example <c>graduate g1</c>; it identifies the findings while the record changes.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The record's kind and id.</returns>
    protected abstract string RecordOf(TFact fact);

    /// <inheritdoc />
    public override void Define()
    {
        var name = $"{Code}:{GetType().Name}";
        Name(name);
        TFact fact = null!;
        When().Match(() => fact, Condition);
        Then().Yield(_ => new RecordFindings(name, RecordOf(fact), Describe(fact).ToValueArray()));
    }

    /// <summary>Makes a finding of this rule's code and severity.</summary>
    /// <param name="collegeId">The college concerned.</param>
    /// <param name="recordId">The record concerned.</param>
    /// <param name="path">The JSON path.</param>
    /// <param name="message">What is wrong, for the person who keeps the data.</param>
    /// <returns>The finding.</returns>
    protected Finding Finding(string? collegeId, string? recordId, string path, string message) => new()
    {
        Code = Code,
        Severity = Severity,
        CollegeId = collegeId,
        RecordId = recordId,
        Path = path,
        Message = message,
    };
}
