using Criteria.Collections;
using Criteria.Facts;

namespace Criteria.Samples;

/// <summary>
/// Makes seeded synthetic datasets of any scale with the proportions of a real region: most
/// graduates registered in the AIS, a few in each health cohort, events attended across colleges,
/// occasional data-quality problems (a track status that contradicts the outcome, a date after the
/// cut-off, an СПО-1 count that differs). For samples, tests and benchmarks; thread-safe.
/// </summary>
public static class SampleDatasetGenerator
{
    private static readonly EventKind[] Kinds = Enum.GetValues<EventKind>();
    private static readonly string[] ChecklistItems =
        ["regulation", "contacts", "workPlan", "vacancies", "events", "supportMeasures", "employmentStatistics", "usefulLinks", "photoGallery"];

    private static readonly (EmploymentStatus Status, int Weight)[] Outcomes =
    [
        (EmploymentStatus.Employed, 550), (EmploymentStatus.Entrepreneur, 20), (EmploymentStatus.SelfEmployed, 60),
        (EmploymentStatus.MilitaryContract, 20), (EmploymentStatus.Informal, 20), (EmploymentStatus.ContinuingEducation, 100),
        (EmploymentStatus.MilitaryConscription, 100), (EmploymentStatus.ParentalLeave, 30), (EmploymentStatus.RegisteredUnemployed, 20),
        (EmploymentStatus.NotEmployed, 50), (EmploymentStatus.Excluded, 10), (EmploymentStatus.Unknown, 20),
    ];

    private static readonly int OutcomeWeight = Outcomes.Sum(o => o.Weight);

    /// <summary>Makes a dataset.</summary>
    /// <param name="options">Size and seed; null for the defaults (a region of 55 colleges and 20,000 graduates).</param>
    /// <returns>The dataset; the same options give an equal dataset.</returns>
    public static Dataset Generate(SampleDatasetOptions? options = null)
    {
        options ??= new SampleDatasetOptions();
        var random = new Random(options.Seed);
        var period = new Period(new DateOnly(2022, 9, 1), new DateOnly(2023, 8, 31), new DateOnly(2023, 12, 1));

        var employers = new Employer[Math.Max(4, options.Colleges * 8)];
        for (var i = 0; i < employers.Length; i++)
        {
            employers[i] = new Employer { Id = $"e{i + 1}", Name = $"ООО «Работодатель {i + 1}»", DefenseIndustry = random.Next(100) < 15 };
        }

        // Graduates per college: uneven, as colleges are.
        var weights = Enumerable.Range(0, options.Colleges).Select(_ => 0.5 + random.NextDouble()).ToArray();
        var totalWeight = weights.Sum();
        var perCollege = weights.Select(w => (int)(options.Graduates * w / totalWeight)).ToArray();
        perCollege[0] += options.Graduates - perCollege.Sum();

        var eventsByCollege = new List<(CareerEvent Event, List<string> Participants)>[options.Colleges];
        var events = new List<(CareerEvent Event, List<string> Participants)>();
        for (var c = 0; c < options.Colleges; c++)
        {
            eventsByCollege[c] = [];
            var count = 6 + random.Next(12);
            for (var e = 0; e < count; e++)
            {
                var careerEvent = new CareerEvent
                {
                    Id = $"ev{events.Count + 1}",
                    CollegeId = CollegeId(c),
                    Kind = Kinds[random.Next(Kinds.Length)],
                    Date = random.Next(100) < 92 ? period.Start.AddDays(random.Next(365)) : period.End.AddDays(1 + random.Next(120)),
                    EmployerIds = Enumerable.Range(0, random.Next(5)).Select(_ => employers[random.Next(employers.Length)].Id).ToValueArray(),
                };
                var entry = (careerEvent, new List<string>());
                eventsByCollege[c].Add(entry);
                events.Add(entry);
            }
        }

        var graduates = new Graduate[options.Graduates];
        var spo1 = new int[options.Colleges, 4];
        var next = 0;
        for (var c = 0; c < options.Colleges; c++)
        {
            for (var k = 0; k < perCollege[c]; k++)
            {
                var graduate = MakeGraduate(random, $"g{next + 1}", CollegeId(c), period, employers);
                graduates[next++] = graduate;
                spo1[c, 0]++;
                spo1[c, 1] += (graduate.Health & HealthCategories.Disabled) != 0 ? 1 : 0;
                spo1[c, 2] += (graduate.Health & HealthCategories.DisabledChild) != 0 ? 1 : 0;
                spo1[c, 3] += (graduate.Health & HealthCategories.LimitedHealth) != 0 ? 1 : 0;

                var attended = random.Next(100) switch { < 40 => 0, < 75 => 1, < 95 => 2, _ => 3 };
                for (var a = 0; a < attended; a++)
                {
                    var host = random.Next(100) < 85 ? c : random.Next(options.Colleges);
                    var hostEvents = eventsByCollege[host];
                    hostEvents[random.Next(hostEvents.Count)].Participants.Add(graduate.Id);
                }
            }
        }

        var colleges = new College[options.Colleges];
        for (var c = 0; c < options.Colleges; c++)
        {
            colleges[c] = MakeCollege(random, c, period, spo1);
        }

        return new Dataset
        {
            Region = options.Region,
            Period = period,
            Colleges = ValueArray<College>.TakeOwnership(colleges),
            Employers = ValueArray<Employer>.TakeOwnership(employers),
            Events = events.Select(e => e.Event with { ParticipantIds = e.Participants.ToValueArray() }).ToValueArray(),
            Graduates = ValueArray<Graduate>.TakeOwnership(graduates),
        };
    }

    private static string CollegeId(int index) => $"c{index + 1}";

    private static College MakeCollege(Random random, int index, Period period, int[,] spo1)
    {
        bool Chance(int percent) => random.Next(100) < percent;
        int? Near(int count) => Chance(85) ? count : Math.Max(0, count + random.Next(-2, 3));

        return new College
        {
            Id = CollegeId(index),
            Name = $"ГАПОУ «Колледж № {index + 1}»",
            WorkPlan = Chance(95)
                ? new WorkPlan { Approved = Chance(90), Url = Chance(90) ? $"https://college{index + 1}.example/cstv/plan" : null, ContainsCriteria = Chance(80) }
                : null,
            WebsiteSection = Chance(92)
                ? new WebsiteSection
                {
                    Url = $"https://college{index + 1}.example/cstv",
                    Checklist = ChecklistItems.Where(_ => Chance(95)).Select(item => new ChecklistItem(item, Chance(88))).ToValueArray(),
                }
                : null,
            MessengerChats = Enumerable.Range(0, random.Next(4)).Select(_ => new MessengerChat
            {
                Platform = Chance(70) ? "vk" : "telegram",
                Members = random.Next(400),
                LastActivity = period.Cutoff.AddDays(-random.Next(70) + (Chance(3) ? 10 : 0)),
            }).ToValueArray(),
            VacancyBank = Chance(80)
                ? new VacancyBank
                {
                    Url = $"https://college{index + 1}.example/vacancies",
                    PartnerVacancies = random.Next(40),
                    UpdatedOn = period.Cutoff.AddDays(-random.Next(60)),
                }
                : null,
            Spo1 = Chance(90)
                ? new Spo1Counts
                {
                    Total = Near(spo1[index, 0])!.Value,
                    Disabled = Chance(80) ? Near(spo1[index, 1]) : null,
                    DisabledChild = Chance(70) ? Near(spo1[index, 2]) : null,
                    LimitedHealth = Chance(85) ? Near(spo1[index, 3]) : null,
                }
                : null,
        };
    }

    private static Graduate MakeGraduate(Random random, string id, string collegeId, Period period, Employer[] employers)
    {
        bool Chance(int perMille) => random.Next(1000) < perMille;

        var health = HealthCategories.None;
        health |= Chance(30) ? HealthCategories.Disabled : HealthCategories.None;
        health |= Chance(6) && (health & HealthCategories.Disabled) == 0 || Chance(1) ? HealthCategories.DisabledChild : HealthCategories.None;
        health |= Chance(50) ? HealthCategories.LimitedHealth : HealthCategories.None;

        var status = Status(random);
        var employed = status is EmploymentStatus.Employed;
        var contractEmployer = Chance(80) ? employers[random.Next(employers.Length)].Id : null;
        var outcomeEmployer = employed && Chance(920)
            ? contractEmployer is not null && Chance(600) ? contractEmployer : employers[random.Next(employers.Length)].Id
            : null;
        var registered = Chance(850);
        var formed = registered ? Chance(880) : Chance(30);
        var atRisk = Chance(150);

        return new Graduate
        {
            Id = id,
            CollegeId = collegeId,
            Specialty = $"{random.Next(8, 44):00}.02.{random.Next(1, 20):00}",
            Health = health,
            Ais = registered || formed
                ? new AisRegistration
                {
                    Registered = registered,
                    CareerTrack = formed
                        ? new CareerTrack
                        {
                            Formed = true,
                            UpdatedOn = period.Cutoff.AddDays(-random.Next(90) + (Chance(10) ? 5 : 0)),
                            Status = Chance(900) ? status : Chance(500) ? Status(random) : null,
                        }
                        : null,
                }
                : AisRegistration.None,
            YoungSpecialistEligible = Chance(400),
            Support = new GraduateSupport { RegionalMeasures = Chance(650), ResumeAndInterview = Chance(600) },
            Resumes = Enumerable.Range(0, random.Next(3)).Select(_ => new Resume { PostedInAis = Chance(800), Correct = Chance(850) }).ToValueArray(),
            AtRisk = atRisk,
            Guidance = new Guidance { DiagnosticsRecommendation = atRisk ? Chance(600) : Chance(50) },
            VacancyInvitations = atRisk ? random.Next(5) : random.Next(2),
            TargetedContract = contractEmployer is null ? null : new TargetedContract { EmployerId = contractEmployer },
            Outcome = new Outcome
            {
                Status = status,
                EmployerId = outcomeEmployer,
                ByProfile = status is EmploymentStatus.Employed or EmploymentStatus.Entrepreneur or EmploymentStatus.SelfEmployed or EmploymentStatus.MilitaryContract && Chance(700),
            },
        };
    }

    private static EmploymentStatus Status(Random random)
    {
        var pick = random.Next(OutcomeWeight);
        foreach (var (status, weight) in Outcomes)
        {
            if (pick < weight)
            {
                return status;
            }

            pick -= weight;
        }

        return EmploymentStatus.Unknown;
    }
}
