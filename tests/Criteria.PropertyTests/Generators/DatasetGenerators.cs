using System.Text.Json;
using System.Text.Json.Nodes;
using Criteria.Collections;
using Criteria.Facts;
using FsCheck;
using FsCheck.Fluent;
using Outcome = Criteria.Facts.Outcome;

namespace Criteria.PropertyTests.Generators;

/// <summary>
/// Generators of valid datasets of contract version 1: every optional part present or absent,
/// Cyrillic and edge-case text, dates across the period, and extension values of any JSON shape.
/// References between records are consistent (ids come from the generated records).
/// </summary>
public static class DatasetGenerators
{
    private static readonly string[] Texts = ["", "a", "Колледж «Пример»", "ООО \"Кавычки\"", "emoji 🎓", "line\nbreak", "tab\t", "<b>&amp;</b>", "\\back\\slash"];

    public static Gen<string> Text => Gen.OneOf(Gen.Elements(Texts), ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get));

    public static Gen<string?> OptionalText => Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t));

    public static Gen<DateOnly> Date => Gen.Choose(0, 3 * 365).Select(d => new DateOnly(2021, 1, 1).AddDays(d));

    public static Gen<DateOnly?> OptionalDate => Gen.OneOf(Gen.Constant<DateOnly?>(null), Date.Select(d => (DateOnly?)d));

    public static Gen<int> Count => Gen.OneOf(Gen.Choose(0, 10), Gen.Choose(0, int.MaxValue));

    public static Gen<bool> Flag => ArbMap.Default.GeneratorFor<bool>();

    public static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(v => (T?)v)));

    public static Gen<ValueArray<T>> ListOf<T>(Gen<T> gen, int max = 3) =>
        Gen.Choose(0, max).SelectMany(n => gen.ArrayOf(n)).Select(items => items.ToValueArray());

    /// <summary>Any JSON value, nested up to a few levels, as a plugin might store it.</summary>
    public static Gen<JsonElement> JsonValue => Gen.Sized(size => JsonNodeOf(Math.Min(size, 4))).Select(node =>
        JsonSerializer.SerializeToElement(node, NodeContext.Default.JsonNode));

    private static Gen<JsonNode?> JsonNodeOf(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Flag.Select(b => (JsonNode?)JsonValue_(b)),
            Gen.Choose(-1000, 1000).Select(n => (JsonNode?)JsonValue_(n)),
            Gen.Elements(0.5m, 2.50m, -1e-3m, 123456789.123m).Select(n => (JsonNode?)JsonValue_(n)),
            Text.Select(t => (JsonNode?)JsonValue_(t)));
        if (depth <= 0)
        {
            return leaf;
        }

        var child = JsonNodeOf(depth - 1);
        var array = child.ArrayOf().Select(items => (JsonNode?)new JsonArray([.. items]));
        var obj = Gen.Choose(0, 3).SelectMany(n => child.ArrayOf(n)).Select(values =>
        {
            var o = new JsonObject();
            for (var i = 0; i < values.Length; i++)
            {
                o[$"k{i}"] = values[i];
            }

            return (JsonNode?)o;
        });
        return Gen.Frequency((3, leaf), (1, array), (1, obj));
    }

    private static JsonNode JsonValue_<T>(T value) => System.Text.Json.Nodes.JsonValue.Create(value)!;

    public static Gen<ExtensionData> Extensions =>
        Gen.Frequency(
            (2, Gen.Constant(ExtensionData.Empty)),
            (1, Gen.Choose(1, 2).SelectMany(n => JsonValue.ArrayOf(n)).Select(values =>
                ExtensionData.Create(values.Select((v, i) => new KeyValuePair<string, JsonElement>(i == 0 ? "samara" : "plugin.two", v))))));

    public static Gen<College> College(string id) =>
        from name in OptionalText
        from plan in Optional(from approved in Flag from url in OptionalText from contains in Flag select new WorkPlan { Approved = approved, Url = url, ContainsCriteria = contains })
        from section in Optional(
            from url in OptionalText
            from items in Gen.SubListOf(["regulation", "contacts", "workPlan", "vacancies", "events", "photoGallery"])
            from values in Flag.ArrayOf(items.Count)
            select new WebsiteSection { Url = url, Checklist = items.Select((item, i) => new ChecklistItem(item, values[i])).ToValueArray() })
        from chats in ListOf(from p in OptionalText from m in Count from d in OptionalDate select new MessengerChat { Platform = p, Members = m, LastActivity = d })
        from bank in Optional(from url in OptionalText from v in Count from d in OptionalDate select new VacancyBank { Url = url, PartnerVacancies = v, UpdatedOn = d })
        from spo1 in Optional(
            from total in Count
            from counts in Gen.OneOf(Gen.Constant<int?>(null), Count.Select(c => (int?)c)).ArrayOf(3)
            select new Spo1Counts { Total = total, Disabled = counts[0], DisabledChild = counts[1], LimitedHealth = counts[2] })
        from extensions in Extensions
        select new College
        {
            Id = id, Name = name, WorkPlan = plan, WebsiteSection = section, MessengerChats = chats,
            VacancyBank = bank, Spo1 = spo1, Extensions = extensions,
        };

    public static Gen<Graduate> Graduate(string id, string[] collegeIds, string[] employerIds)
    {
        var status = Gen.Elements(Enum.GetValues<EmploymentStatus>());
        var employer = employerIds.Length == 0 ? Gen.Constant<string?>(null) : Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements(employerIds).Select(e => (string?)e));
        var health = Gen.Choose(0, 7).Select(h => (HealthCategories)h);
        var ais = Gen.OneOf(
            Gen.Constant(AisRegistration.None),
            from registered in Flag
            from track in Optional(
                from formed in Flag
                from updated in OptionalDate
                from trackStatus in Gen.OneOf(Gen.Constant<EmploymentStatus?>(null), status.Select(s => (EmploymentStatus?)s))
                select new CareerTrack { Formed = formed, UpdatedOn = updated, Status = trackStatus })
            select new AisRegistration { Registered = registered, CareerTrack = track });

        return from collegeId in Gen.Elements(collegeIds)
               from specialty in OptionalText
               from h in health
               from a in ais
               from eligible in Flag
               from support in from r in Flag from i in Flag select new GraduateSupport { RegionalMeasures = r, ResumeAndInterview = i }
               from resumes in ListOf(from p in Flag from c in Flag select new Resume { PostedInAis = p, Correct = c })
               from atRisk in Flag
               from guidance in Flag.Select(d => new Guidance { DiagnosticsRecommendation = d })
               from invitations in Count
               from contractEmployer in employer
               from outcome in from s in status from e in employer from p in Flag select new Outcome { Status = s, EmployerId = e, ByProfile = p }
               from extensions in Extensions
               select new Graduate
               {
                   Id = id, CollegeId = collegeId, Specialty = specialty, Health = h, Ais = a, YoungSpecialistEligible = eligible,
                   Support = support, Resumes = resumes, AtRisk = atRisk, Guidance = guidance, VacancyInvitations = invitations,
                   TargetedContract = contractEmployer is null ? null : new TargetedContract { EmployerId = contractEmployer },
                   Outcome = outcome, Extensions = extensions,
               };
    }

    public static Gen<Dataset> Dataset =>
        from collegeCount in Gen.Choose(1, 4)
        from employerCount in Gen.Choose(0, 4)
        from graduateCount in Gen.Choose(0, 12)
        from eventCount in Gen.Choose(0, 5)
        let collegeIds = Enumerable.Range(1, collegeCount).Select(i => $"c{i}").ToArray()
        let employerIds = Enumerable.Range(1, employerCount).Select(i => $"e{i}").ToArray()
        let graduateIds = Enumerable.Range(1, graduateCount).Select(i => $"g{i}").ToArray()
        from colleges in Gen.CollectToSequence(collegeIds, id => College(id))
        from employers in Gen.CollectToSequence(employerIds, id =>
            from name in OptionalText from defense in Flag from extensions in Extensions
            select new Employer { Id = id, Name = name, DefenseIndustry = defense, Extensions = extensions })
        from graduates in Gen.CollectToSequence(graduateIds, id => Graduate(id, collegeIds, employerIds))
        from events in Gen.CollectToSequence(Enumerable.Range(1, eventCount), i =>
            from collegeId in Gen.Elements(collegeIds)
            from kind in Gen.Elements(Enum.GetValues<EventKind>())
            from date in Date
            from employersOfEvent in employerIds.Length == 0 ? Gen.Constant(Array.Empty<string>()) : Gen.SubListOf(employerIds).Select(l => l.ToArray())
            from participants in graduateIds.Length == 0 ? Gen.Constant(Array.Empty<string>()) : Gen.SubListOf(graduateIds).Select(l => l.ToArray())
            from extensions in Extensions
            select new CareerEvent
            {
                Id = $"ev{i}", CollegeId = collegeId, Kind = kind, Date = date,
                EmployerIds = employersOfEvent.ToValueArray(), ParticipantIds = participants.ToValueArray(), Extensions = extensions,
            })
        from region in OptionalText
        from minor in Gen.Choose(0, 9)
        from start in Date
        from length in Gen.Choose(0, 400)
        from cutoffAfter in Gen.Choose(0, 500)
        select new Dataset
        {
            SchemaVersion = $"1.{minor}",
            Region = region,
            Period = new Period(start, start.AddDays(length), start.AddDays(cutoffAfter)),
            Colleges = colleges.ToValueArray(),
            Employers = employers.ToValueArray(),
            Events = events.ToValueArray(),
            Graduates = graduates.ToValueArray(),
        };
}
