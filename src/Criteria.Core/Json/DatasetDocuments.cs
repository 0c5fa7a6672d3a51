using System.Text.Json;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json.Contract;

namespace Criteria.Json;

/// <summary>Maps the fact model back to the documents of the contract, for writing.</summary>
internal static class DatasetDocuments
{
    public static DatasetDocument From(Dataset dataset) => new()
    {
        SchemaVersion = dataset.SchemaVersion,
        Region = dataset.Region,
        Period = new PeriodDocument { Start = dataset.Period.Start, End = dataset.Period.End, Cutoff = dataset.Period.Cutoff },
        Colleges = List(dataset.Colleges, From),
        Employers = List(dataset.Employers, From),
        Events = List(dataset.Events, From),
        Graduates = List(dataset.Graduates, From) is { } graduates ? new GraduateDocuments(graduates) : null,
    };

    private static CollegeDocument From(College college) => new()
    {
        Id = college.Id,
        Name = college.Name,
        WorkPlan = college.WorkPlan is { } plan
            ? new WorkPlanDocument { Approved = Flag(plan.Approved), Url = plan.Url, ContainsCriteria = Flag(plan.ContainsCriteria) }
            : null,
        WebsiteSection = college.WebsiteSection is { } section
            ? new WebsiteSectionDocument
            {
                Url = section.Url,
                Checklist = section.Checklist.IsEmpty ? null : section.Checklist.ToDictionary(i => i.Name, i => (bool?)i.Checked, StringComparer.Ordinal),
            }
            : null,
        MessengerChats = List(college.MessengerChats, chat => new MessengerChatDocument
        {
            Platform = chat.Platform,
            Members = chat.Members,
            LastActivity = chat.LastActivity,
        }),
        VacancyBank = college.VacancyBank is { } bank
            ? new VacancyBankDocument { Url = bank.Url, PartnerVacancies = bank.PartnerVacancies, UpdatedOn = bank.UpdatedOn }
            : null,
        Spo1 = college.Spo1 is { } spo1
            ? new Spo1Document { Total = spo1.Total, Disabled = spo1.Disabled, DisabledChild = spo1.DisabledChild, LimitedHealth = spo1.LimitedHealth }
            : null,
        Extensions = Extensions(college.Extensions),
    };

    private static EmployerDocument From(Employer employer) => new()
    {
        Id = employer.Id,
        Name = employer.Name,
        DefenseIndustry = Flag(employer.DefenseIndustry),
        Extensions = Extensions(employer.Extensions),
    };

    private static EventDocument From(CareerEvent careerEvent) => new()
    {
        Id = careerEvent.Id,
        CollegeId = careerEvent.CollegeId,
        Kind = careerEvent.Kind,
        Date = careerEvent.Date,
        EmployerIds = Ids(careerEvent.EmployerIds),
        ParticipantIds = Ids(careerEvent.ParticipantIds),
        Extensions = Extensions(careerEvent.Extensions),
    };

    private static GraduateDocument From(Graduate graduate) => new()
    {
        Id = graduate.Id,
        CollegeId = graduate.CollegeId,
        Specialty = graduate.Specialty,
        Health = graduate.Health == HealthCategories.None ? null : graduate.Health,
        Ais = graduate.Ais == AisRegistration.None
            ? null
            : new AisDocument
            {
                Registered = Flag(graduate.Ais.Registered),
                CareerTrack = graduate.Ais.CareerTrack is { } track
                    ? new CareerTrackDocument { Formed = Flag(track.Formed), UpdatedOn = track.UpdatedOn, Status = track.Status }
                    : null,
            },
        YoungSpecialistEligible = Flag(graduate.YoungSpecialistEligible),
        Support = graduate.Support == GraduateSupport.None
            ? null
            : new SupportDocument
            {
                RegionalMeasures = Flag(graduate.Support.RegionalMeasures),
                ResumeAndInterview = Flag(graduate.Support.ResumeAndInterview),
            },
        Resumes = List(graduate.Resumes, resume => new ResumeDocument { PostedInAis = Flag(resume.PostedInAis), Correct = Flag(resume.Correct) }),
        AtRisk = Flag(graduate.AtRisk),
        Guidance = graduate.Guidance == Guidance.None
            ? null
            : new GuidanceDocument { DiagnosticsRecommendation = Flag(graduate.Guidance.DiagnosticsRecommendation) },
        VacancyInvitations = graduate.VacancyInvitations == 0 ? null : graduate.VacancyInvitations,
        TargetedContract = graduate.TargetedContract is { } contract ? new TargetedContractDocument { EmployerId = contract.EmployerId } : null,
        Outcome = new OutcomeDocument
        {
            Status = graduate.Outcome.Status,
            EmployerId = graduate.Outcome.EmployerId,
            ByProfile = Flag(graduate.Outcome.ByProfile),
        },
        Extensions = Extensions(graduate.Extensions),
    };

    private static bool? Flag(bool value) => value ? true : null;

    private static List<TDocument?>? List<T, TDocument>(ValueArray<T> items, Func<T, TDocument> map)
        where TDocument : class
    {
        if (items.IsEmpty)
        {
            return null;
        }

        var list = new List<TDocument?>(items.Count);
        foreach (var item in items)
        {
            list.Add(map(item));
        }

        return list;
    }

    private static List<string?>? Ids(ValueArray<string> ids) => ids.IsEmpty ? null : [.. ids];

    private static Dictionary<string, JsonElement>? Extensions(ExtensionData extensions) =>
        extensions.Count == 0 ? null : extensions.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
