using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Facts;

namespace Criteria.PropertyTests.Generators;

/// <summary>
/// One change an AIS sends to a live evaluation. Changes name records by position in the current data
/// (modulo its size), so any sequence applies to any dataset; a change the live evaluation rejects
/// (a broken reference) is part of the test too.
/// </summary>
public abstract record LiveChange
{
    public abstract void Apply(LiveEvaluation live);

    protected static T? Pick<T>(ValueArray<T> items, int position) => items.Count == 0 ? default : items[(int)((uint)position % (uint)items.Count)];

    /// <summary>Inserts or updates a graduate built from a template, pointing at existing records.</summary>
    public sealed record UpsertGraduate(Graduate Template, int Target, int College, int Employer, bool Insert) : LiveChange
    {
        public override void Apply(LiveEvaluation live)
        {
            var data = live.Dataset;
            var college = Pick(data.Colleges, College);
            var employer = Pick(data.Employers, Employer)?.Id;
            if (college is null)
            {
                return;
            }

            var id = Insert ? $"n{Target & 0xFFFF}" : Pick(data.Graduates, Target)?.Id;
            if (id is null)
            {
                return;
            }

            var graduate = Template with
            {
                Id = id,
                CollegeId = college.Id,
                Outcome = Template.Outcome with { EmployerId = Template.Outcome.EmployerId is null ? null : employer },
                TargetedContract = Template.TargetedContract is null || employer is null ? null : new TargetedContract { EmployerId = employer },
            };
            if (Insert)
            {
                live.InsertGraduate(graduate);
            }
            else
            {
                live.UpdateGraduate(graduate);
            }
        }
    }

    public sealed record RetractGraduate(int Target) : LiveChange
    {
        public override void Apply(LiveEvaluation live)
        {
            if (Pick(live.Dataset.Graduates, Target) is { } graduate)
            {
                live.RetractGraduate(graduate.Id);
            }
        }
    }

    public sealed record ChangeResumes(int Target, Resume Resume, bool Add) : LiveChange
    {
        public override void Apply(LiveEvaluation live)
        {
            if (Pick(live.Dataset.Graduates, Target) is not { } graduate)
            {
                return;
            }

            if (Add)
            {
                live.AddResume(graduate.Id, Resume);
            }
            else if (graduate.Resumes.Count > 0)
            {
                live.RemoveResume(graduate.Id, 0);
            }
        }
    }

    /// <summary>Inserts or updates an event; participants and employers are picked among the current records.</summary>
    public sealed record UpsertEvent(EventKind Kind, DateOnly Date, int[] Participants, int[] Employers, int College, int Target, bool Insert) : LiveChange
    {
        public override void Apply(LiveEvaluation live)
        {
            var data = live.Dataset;
            if (Pick(data.Colleges, College) is not { } college)
            {
                return;
            }

            var id = Insert ? $"nev{Target & 0xFFFF}" : Pick(data.Events, Target)?.Id;
            if (id is null)
            {
                return;
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
            if (Insert)
            {
                live.InsertEvent(careerEvent);
            }
            else
            {
                live.UpdateEvent(careerEvent);
            }
        }
    }

    public sealed record RetractEvent(int Target) : LiveChange
    {
        public override void Apply(LiveEvaluation live)
        {
            if (Pick(live.Dataset.Events, Target) is { } careerEvent)
            {
                live.RetractEvent(careerEvent.Id);
            }
        }
    }

    public sealed record UpsertEmployer(int Target, bool Defense, bool Insert) : LiveChange
    {
        public override void Apply(LiveEvaluation live)
        {
            if (Insert)
            {
                live.InsertEmployer(new Employer { Id = $"ne{Target & 0xFFFF}", DefenseIndustry = Defense });
            }
            else if (Pick(live.Dataset.Employers, Target) is { } employer)
            {
                live.UpdateEmployer(employer with { DefenseIndustry = Defense });
            }
        }
    }

    public sealed record RetractEmployer(int Target) : LiveChange
    {
        public override void Apply(LiveEvaluation live)
        {
            if (Pick(live.Dataset.Employers, Target) is { } employer)
            {
                live.RetractEmployer(employer.Id);
            }
        }
    }

    public sealed record UpsertCollege(College Template, int Target, bool Insert) : LiveChange
    {
        public override void Apply(LiveEvaluation live)
        {
            if (Insert)
            {
                live.InsertCollege(Template with { Id = $"nc{Target & 0xFFFF}" });
            }
            else if (Pick(live.Dataset.Colleges, Target) is { } college)
            {
                live.UpdateCollege(Template with { Id = college.Id });
            }
        }
    }

    public sealed record RetractCollege(int Target) : LiveChange
    {
        public override void Apply(LiveEvaluation live)
        {
            if (Pick(live.Dataset.Colleges, Target) is { } college)
            {
                live.RetractCollege(college.Id);
            }
        }
    }
}
