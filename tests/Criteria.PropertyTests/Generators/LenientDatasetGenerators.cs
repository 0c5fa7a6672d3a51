using Criteria.Collections;
using Criteria.Facts;
using FsCheck;
using FsCheck.Fluent;
using Outcome = Criteria.Facts.Outcome;

namespace Criteria.PropertyTests.Generators;

/// <summary>
/// Datasets that strict mode refuses and lenient mode evaluates: a valid dataset with one to four kinds
/// of damage — a graduate or event of a college that does not exist, a repeated id of every kind of
/// record (the first of which may itself be left out), a participant, an event's employer, an outcome's
/// or a contract's employer that names no record.
/// </summary>
public static class LenientDatasetGenerators
{
    private static readonly string[] Kinds =
    [
        "graduate of a missing college", "repeated graduate", "repeated graduate of a missing college first", "repeated event",
        "repeated event of a missing college first", "event of a missing college", "repeated college", "repeated employer",
        "dangling participant", "dangling event employer", "dangling outcome employer", "dangling contract employer",
    ];

    public static Gen<LenientDataset> Dataset =>
        from dataset in DatasetGenerators.Dataset
        from kinds in Gen.Choose(1, 4).SelectMany(n => Gen.Elements(Kinds).ArrayOf(n))
        from seed in Gen.Choose(0, int.MaxValue)
        select new LenientDataset(Damage(dataset, kinds, new Random(seed)), string.Join(", ", kinds));

    private static Dataset Damage(Dataset dataset, string[] kinds, Random random)
    {
        var graduates = dataset.Graduates.ToList();
        var events = dataset.Events.ToList();
        var colleges = dataset.Colleges.ToList();
        var employers = dataset.Employers.ToList();
        T Any<T>(List<T> list) => list[random.Next(list.Count)];
        void Insert<T>(List<T> list, T item) => list.Insert(random.Next(list.Count + 1), item);
        Graduate Template() => graduates.Count > 0 ? Any(graduates) : new Graduate { Id = "g0", CollegeId = colleges[0].Id, Outcome = new Outcome { Status = EmploymentStatus.Employed } };
        CareerEvent EventTemplate() => events.Count > 0 ? Any(events) : new CareerEvent { Id = "ev0", CollegeId = colleges[0].Id, Kind = EventKind.JobFair, Date = dataset.Period.Start };

        foreach (var kind in kinds)
        {
            switch (kind)
            {
                case "graduate of a missing college":
                    Insert(graduates, Template() with { Id = $"gx{graduates.Count}", CollegeId = "nowhere" });
                    break;
                case "repeated graduate":
                    var original = Template();
                    graduates.Add(original with { CollegeId = Any(colleges).Id, Outcome = new Outcome { Status = EmploymentStatus.RegisteredUnemployed }, AtRisk = !original.AtRisk });
                    break;
                case "repeated graduate of a missing college first":
                    var twin = Template() with { Id = $"gt{graduates.Count}" };
                    graduates.Insert(0, twin with { CollegeId = "nowhere" });
                    graduates.Add(twin);
                    events = events.Select(e => e.ParticipantIds.Count > 0 ? e with { ParticipantIds = [.. e.ParticipantIds, twin.Id] } : e).ToList();
                    break;
                case "repeated event":
                    var first = EventTemplate();
                    events.Add(first with { CollegeId = Any(colleges).Id, Kind = EventKind.MasterClass, ParticipantIds = graduates.Select(g => g.Id).Take(3).ToValueArray() });
                    break;
                case "repeated event of a missing college first":
                    var repeated = EventTemplate() with { Id = $"evt{events.Count}", ParticipantIds = graduates.Select(g => g.Id).ToValueArray() };
                    events.Insert(0, repeated with { CollegeId = "nowhere" });
                    events.Add(repeated);
                    break;
                case "event of a missing college":
                    Insert(events, EventTemplate() with { Id = $"evx{events.Count}", CollegeId = "nowhere" });
                    break;
                case "repeated college":
                    colleges.Add(Any(colleges) with { Name = "second of the id", WorkPlan = new WorkPlan { Approved = true, Url = "u", ContainsCriteria = true } });
                    break;
                case "repeated employer":
                    if (employers.Count > 0)
                    {
                        employers.Add(Any(employers) with { DefenseIndustry = true });
                    }

                    break;
                case "dangling participant":
                    if (events.Count > 0)
                    {
                        var i = random.Next(events.Count);
                        events[i] = events[i] with { ParticipantIds = [.. events[i].ParticipantIds, "ghost"] };
                    }

                    break;
                case "dangling event employer":
                    if (events.Count > 0)
                    {
                        var i = random.Next(events.Count);
                        events[i] = events[i] with { EmployerIds = ["ghost-employer", .. events[i].EmployerIds] };
                    }

                    break;
                case "dangling outcome employer":
                    if (graduates.Count > 0)
                    {
                        var i = random.Next(graduates.Count);
                        graduates[i] = graduates[i] with { Outcome = new Outcome { Status = EmploymentStatus.Employed, EmployerId = "ghost-employer" } };
                    }

                    break;
                case "dangling contract employer":
                    if (graduates.Count > 0)
                    {
                        var i = random.Next(graduates.Count);
                        graduates[i] = graduates[i] with { TargetedContract = new TargetedContract { EmployerId = "ghost-employer" } };
                    }

                    break;
            }
        }

        return dataset with
        {
            Graduates = graduates.ToValueArray(),
            Events = events.ToValueArray(),
            Colleges = colleges.ToValueArray(),
            Employers = employers.ToValueArray(),
        };
    }
}
