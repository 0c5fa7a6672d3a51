using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Facts;

namespace Criteria.PropertyTests.Generators;

/// <summary>
/// One change an AIS sends to a live evaluation. Changes name records by position in the data they are
/// made against (modulo its size), so any sequence applies to any dataset; a change the live evaluation
/// rejects (a broken reference, a repeated id) is part of the test too. <see cref="Apply"/> goes through
/// the evaluation's one-change methods; <see cref="For"/> makes the <see cref="RecordChange"/> of a batch.
/// </summary>
public abstract record LiveChange
{
    /// <summary>The record change this makes against the data, or null when the data has nothing to change.</summary>
    public abstract RecordChange? For(Dataset data);

    /// <summary>Applies the change to the evaluation's current data through its one-change methods.</summary>
    public void Apply(LiveEvaluation live)
    {
        switch (For(live.Dataset))
        {
            case null:
                return;
            case { Action: RecordChangeAction.Insert, Record: Graduate g }: live.InsertGraduate(g); break;
            case { Action: RecordChangeAction.Update, Record: Graduate g }: live.UpdateGraduate(g); break;
            case { Action: RecordChangeAction.Insert, Record: College c }: live.InsertCollege(c); break;
            case { Action: RecordChangeAction.Update, Record: College c }: live.UpdateCollege(c); break;
            case { Action: RecordChangeAction.Insert, Record: Employer e }: live.InsertEmployer(e); break;
            case { Action: RecordChangeAction.Update, Record: Employer e }: live.UpdateEmployer(e); break;
            case { Action: RecordChangeAction.Insert, Record: CareerEvent e }: live.InsertEvent(e); break;
            case { Action: RecordChangeAction.Update, Record: CareerEvent e }: live.UpdateEvent(e); break;
            case { Section: "graduates" } retract: live.RetractGraduate(retract.Id); break;
            case { Section: "colleges" } retract: live.RetractCollege(retract.Id); break;
            case { Section: "employers" } retract: live.RetractEmployer(retract.Id); break;
            case var retract: live.RetractEvent(retract.Id); break;
        }
    }

    protected static T? Pick<T>(ValueArray<T> items, int position) => items.Count == 0 ? default : items[(int)((uint)position % (uint)items.Count)];

    /// <summary>Inserts or updates a graduate built from a template, pointing at existing records.</summary>
    public sealed record UpsertGraduate(Graduate Template, int Target, int College, int Employer, bool Insert) : LiveChange
    {
        public override RecordChange? For(Dataset data)
        {
            var college = Pick(data.Colleges, College);
            var employer = Pick(data.Employers, Employer)?.Id;
            var id = Insert ? $"n{Target & 0xFFFF}" : Pick(data.Graduates, Target)?.Id;
            if (college is null || id is null)
            {
                return null;
            }

            var graduate = Template with
            {
                Id = id,
                CollegeId = college.Id,
                Outcome = Template.Outcome with { EmployerId = Template.Outcome.EmployerId is null ? null : employer },
                TargetedContract = Template.TargetedContract is null || employer is null ? null : new TargetedContract { EmployerId = employer },
            };
            return Insert ? RecordChange.Insert(graduate) : RecordChange.Update(graduate);
        }
    }

    public sealed record RetractGraduate(int Target) : LiveChange
    {
        public override RecordChange? For(Dataset data) => Pick(data.Graduates, Target) is { } graduate ? RecordChange.RetractGraduate(graduate.Id) : null;
    }

    /// <summary>Adds a resume to a graduate, or removes its first (an update of the graduate).</summary>
    public sealed record ChangeResumes(int Target, Resume Resume, bool Add) : LiveChange
    {
        public override RecordChange? For(Dataset data) => Pick(data.Graduates, Target) switch
        {
            { } graduate when Add => RecordChange.Update(graduate with { Resumes = graduate.Resumes.Append(Resume).ToValueArray() }),
            { Resumes.Count: > 0 } graduate => RecordChange.Update(graduate with { Resumes = graduate.Resumes.Skip(1).ToValueArray() }),
            _ => null,
        };
    }

    /// <summary>Inserts or updates an event; participants and employers are picked among the current records.</summary>
    public sealed record UpsertEvent(EventKind Kind, DateOnly Date, int[] Participants, int[] Employers, int College, int Target, bool Insert) : LiveChange
    {
        public override RecordChange? For(Dataset data)
        {
            var id = Insert ? $"nev{Target & 0xFFFF}" : Pick(data.Events, Target)?.Id;
            if (Pick(data.Colleges, College) is not { } college || id is null)
            {
                return null;
            }

            var careerEvent = new CareerEvent
            {
                Id = id,
                CollegeId = college.Id,
                Kind = Kind,
                Date = Date,
                ParticipantIds = Participants.Select(p => Pick(data.Graduates, p)?.Id).OfType<string>().ToValueArray(),
                EmployerIds = Employers.Select(e => Pick(data.Employers, e)?.Id).OfType<string>().ToValueArray(),
            };
            return Insert ? RecordChange.Insert(careerEvent) : RecordChange.Update(careerEvent);
        }
    }

    public sealed record RetractEvent(int Target) : LiveChange
    {
        public override RecordChange? For(Dataset data) => Pick(data.Events, Target) is { } careerEvent ? RecordChange.RetractEvent(careerEvent.Id) : null;
    }

    public sealed record UpsertEmployer(int Target, bool Defense, bool Insert) : LiveChange
    {
        public override RecordChange? For(Dataset data) =>
            Insert ? RecordChange.Insert(new Employer { Id = $"ne{Target & 0xFFFF}", DefenseIndustry = Defense })
            : Pick(data.Employers, Target) is { } employer ? RecordChange.Update(employer with { DefenseIndustry = Defense })
            : null;
    }

    public sealed record RetractEmployer(int Target) : LiveChange
    {
        public override RecordChange? For(Dataset data) => Pick(data.Employers, Target) is { } employer ? RecordChange.RetractEmployer(employer.Id) : null;
    }

    public sealed record UpsertCollege(College Template, int Target, bool Insert) : LiveChange
    {
        public override RecordChange? For(Dataset data) =>
            Insert ? RecordChange.Insert(Template with { Id = $"nc{Target & 0xFFFF}" })
            : Pick(data.Colleges, Target) is { } college ? RecordChange.Update(Template with { Id = college.Id })
            : null;
    }

    public sealed record RetractCollege(int Target) : LiveChange
    {
        public override RecordChange? For(Dataset data) => Pick(data.Colleges, Target) is { } college ? RecordChange.RetractCollege(college.Id) : null;
    }
}
