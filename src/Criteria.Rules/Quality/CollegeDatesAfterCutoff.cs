using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Quality;
using Criteria.Sdk.Quality;

namespace Criteria.Rules.Quality;

/// <summary>DQ7 — a chat's last activity or a vacancy-bank update after the cut-off.</summary>
public sealed class CollegeDatesAfterCutoff : CollegeQualityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.DateAfterCutoff;

    /// <inheritdoc />
    protected override Expression<Func<CollegeFact, bool>> Condition => c =>
        c.MessengerChats.Any(chat => c.Context.AfterCutoff(chat.LastActivity))
        || (c.VacancyBank != null && c.Context.AfterCutoff(c.VacancyBank.UpdatedOn));

    /// <inheritdoc />
    protected override IEnumerable<Finding> Describe(CollegeFact fact)
    {
        var cutoff = fact.Context.Period.Cutoff;
        for (var i = 0; i < fact.MessengerChats.Count; i++)
        {
            if (fact.Context.AfterCutoff(fact.MessengerChats[i].LastActivity))
            {
                yield return Finding(
                    fact.Id,
                    fact.Id,
                    $"{fact.Path}.messengerChats[{i}].lastActivity",
                    $"the chat's last activity {fact.MessengerChats[i].LastActivity:yyyy-MM-dd} is after the cut-off {cutoff:yyyy-MM-dd}");
            }
        }

        if (fact.VacancyBank is { } bank && fact.Context.AfterCutoff(bank.UpdatedOn))
        {
            yield return Finding(
                fact.Id,
                fact.Id,
                $"{fact.Path}.vacancyBank.updatedOn",
                $"the vacancy bank was updated on {bank.UpdatedOn:yyyy-MM-dd}, after the cut-off {cutoff:yyyy-MM-dd}");
        }
    }
}
