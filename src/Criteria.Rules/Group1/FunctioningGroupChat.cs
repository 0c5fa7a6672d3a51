using System.Linq.Expressions;
using Criteria.Evaluation;
using Criteria.Sdk.Criteria;

namespace Criteria.Rules.Group1;

/// <summary>
/// 1.3 — At least one functioning messenger group chat on employment assistance.
/// A chat in messengerChats with members &gt;= 1 and lastActivity fresh within chatActivityDays (default 30) of the cut-off.
/// </summary>
[Criterion(
    "1.3",
    1,
    Title = "Наличие функционирующих групповых чатов в ПОО в мессенджерах, по вопросам содействия занятости",
    TitleEn = "At least one functioning messenger group chat on employment assistance",
    Definition = "A chat in messengerChats with members >= 1 and lastActivity fresh within chatActivityDays (default 30) of the cut-off.")]
public sealed class FunctioningGroupChat : CollegePresenceCriterion
{
    /// <inheritdoc />
    protected override Expression<Func<CollegeFact, bool>> Present => c =>
        c.MessengerChats.Exists(chat => chat.Members >= 1 && c.Context.IsFresh(chat.LastActivity, c.Context.Profile.ChatActivityDays));
}
