using Criteria.Facts;
using FsCheck;
using FsCheck.Fluent;

namespace Criteria.PropertyTests.Generators;

/// <summary>Generators of change sequences for live evaluations.</summary>
public static class LiveChangeGenerators
{
    private static Gen<int> Position => Gen.Choose(0, 1000);

    private static Gen<bool> Flag => ArbMap.Default.GeneratorFor<bool>();

    public static Gen<LiveChange> Change => Gen.Frequency(
        (6, from template in DatasetGenerators.Graduate("template", ["c"], ["e"])
            from target in Position
            from college in Position
            from employer in Position
            from insert in Flag
            select (LiveChange)new LiveChange.UpsertGraduate(template, target, college, employer, insert)),
        (2, Position.Select(p => (LiveChange)new LiveChange.RetractGraduate(p))),
        (2, from target in Position
            from posted in Flag
            from correct in Flag
            from add in Flag
            select (LiveChange)new LiveChange.ChangeResumes(target, new Resume { PostedInAis = posted, Correct = correct }, add)),
        (3, from kind in Gen.Elements(Enum.GetValues<EventKind>())
            from date in DatasetGenerators.Date
            from participants in Position.ArrayOf()
            from employers in Position.ArrayOf()
            from college in Position
            from target in Position
            from insert in Flag
            select (LiveChange)new LiveChange.UpsertEvent(kind, date, participants, employers, college, target, insert)),
        (1, Position.Select(p => (LiveChange)new LiveChange.RetractEvent(p))),
        (2, from target in Position
            from defense in Flag
            from insert in Flag
            select (LiveChange)new LiveChange.UpsertEmployer(target, defense, insert)),
        (1, Position.Select(p => (LiveChange)new LiveChange.RetractEmployer(p))),
        (2, from template in DatasetGenerators.College("template")
            from target in Position
            from insert in Flag
            select (LiveChange)new LiveChange.UpsertCollege(template, target, insert)),
        (1, Position.Select(p => (LiveChange)new LiveChange.RetractCollege(p))));

    public static Gen<LiveChange[]> Changes => Gen.Choose(1, 15).SelectMany(n => Change.ArrayOf(n));
}
