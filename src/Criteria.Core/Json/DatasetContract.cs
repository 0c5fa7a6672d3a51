using System.Runtime.CompilerServices;
using System.Text.Json;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json.Converters;

namespace Criteria.Json;

/// <summary>
/// Holds a dataset built in code to the contract the reader enforces on a file (docs/dataset.md): a
/// schema version of major version 1, every string within the length bound, every required member
/// present, every enum value one the contract names. A dataset that passes here is one the writer
/// writes and the reader reads back. Datasets the reader made are known to pass, and a dataset that
/// passed once is remembered (it is immutable): neither is walked again.
/// </summary>
internal static class DatasetContract
{
    private static readonly ConditionalWeakTable<Dataset, object> Read = [];
    private static readonly object Mark = new();

    private const HealthCategories AllHealth = HealthCategories.Disabled | HealthCategories.DisabledChild | HealthCategories.LimitedHealth;

    /// <summary>Remembers that the reader made this dataset from a document it checked.</summary>
    public static void MarkRead(Dataset dataset) => Read.AddOrUpdate(dataset, Mark);

    /// <summary>Refuses a dataset that breaks the contract, naming the record and the property.</summary>
    /// <exception cref="InvalidInputException">The first problem found, with its JSON path and record id.</exception>
    public static void Check(Dataset dataset)
    {
        if (Read.TryGetValue(dataset, out _))
        {
            return;
        }

        const string root = JsonPath.Root;
        if (SchemaVersionConverter.Problem(dataset.SchemaVersion) is { } version)
        {
            throw new InvalidInputException(JsonPath.Property(root, "schemaVersion"), version);
        }

        Text(dataset.Region, JsonPath.Property(root, "region"), null);
        NotNull(dataset.Period, JsonPath.Property(root, "period"), null);
        Each(dataset.Colleges, "colleges", College);
        Each(dataset.Employers, "employers", Employer);
        Each(dataset.Events, "events", Event);
        Each(dataset.Graduates, "graduates", Graduate);
        MarkRead(dataset);
    }

    /// <summary>Checks one record a live evaluation is given.</summary>
    public static void Check(College college, int index) => Record(college, "colleges", index, College);

    /// <inheritdoc cref="Check(College, int)"/>
    public static void Check(Employer employer, int index) => Record(employer, "employers", index, Employer);

    /// <inheritdoc cref="Check(College, int)"/>
    public static void Check(CareerEvent careerEvent, int index) => Record(careerEvent, "events", index, Event);

    /// <inheritdoc cref="Check(College, int)"/>
    public static void Check(Graduate graduate, int index) => Record(graduate, "graduates", index, Graduate);

    private static void Record<T>(T record, string section, int index, Action<T, string> check)
    {
        var path = JsonPath.Index(JsonPath.Property(JsonPath.Root, section), index);
        NotNull(record, path, null);
        check(record, path);
    }

    private static void Each<T>(ValueArray<T> records, string section, Action<T, string> check)
    {
        var sectionPath = JsonPath.Property(JsonPath.Root, section);
        for (var i = 0; i < records.Count; i++)
        {
            var path = JsonPath.Index(sectionPath, i);
            NotNull(records[i], path, null);
            check(records[i], path);
        }
    }

    private static void College(College college, string path)
    {
        var id = Id(college.Id, path, null);
        Text(college.Name, JsonPath.Property(path, "name"), id);
        if (college.WorkPlan is { } plan)
        {
            Text(plan.Url, JsonPath.Property(JsonPath.Property(path, "workPlan"), "url"), id);
        }

        if (college.WebsiteSection is { } section)
        {
            var sectionPath = JsonPath.Property(path, "websiteSection");
            Text(section.Url, JsonPath.Property(sectionPath, "url"), id);
            var checklist = JsonPath.Property(sectionPath, "checklist");
            foreach (var item in section.Checklist)
            {
                if (string.IsNullOrEmpty(item.Name))
                {
                    throw new InvalidInputException(checklist, "a checklist item needs a non-empty name", id);
                }

                Text(item.Name, JsonPath.Property(checklist, item.Name), id);
            }
        }

        var chats = JsonPath.Property(path, "messengerChats");
        for (var i = 0; i < college.MessengerChats.Count; i++)
        {
            var chat = college.MessengerChats[i];
            NotNull(chat, JsonPath.Index(chats, i), id);
            Text(chat.Platform, JsonPath.Property(JsonPath.Index(chats, i), "platform"), id);
        }

        if (college.VacancyBank is { } bank)
        {
            Text(bank.Url, JsonPath.Property(JsonPath.Property(path, "vacancyBank"), "url"), id);
        }

        Extensions(college.Extensions, path, id);
    }

    private static void Employer(Employer employer, string path)
    {
        var id = Id(employer.Id, path, null);
        Text(employer.Name, JsonPath.Property(path, "name"), id);
        Extensions(employer.Extensions, path, id);
    }

    private static void Event(CareerEvent careerEvent, string path)
    {
        var id = Id(careerEvent.Id, path, null);
        Id(careerEvent.CollegeId, path, id, "collegeId");
        if (!Enum.IsDefined(careerEvent.Kind))
        {
            throw new InvalidInputException(JsonPath.Property(path, "kind"), $"{(int)careerEvent.Kind} is not one of {ContractEnumConverter<EventKind>.AllowedValues}", id);
        }

        Ids(careerEvent.EmployerIds, JsonPath.Property(path, "employerIds"), id);
        Ids(careerEvent.ParticipantIds, JsonPath.Property(path, "participantIds"), id);
        Extensions(careerEvent.Extensions, path, id);
    }

    private static void Graduate(Graduate graduate, string path)
    {
        var id = Id(graduate.Id, path, null);
        Id(graduate.CollegeId, path, id, "collegeId");
        Text(graduate.Specialty, JsonPath.Property(path, "specialty"), id);
        if ((graduate.Health & ~AllHealth) != 0)
        {
            throw new InvalidInputException(JsonPath.Property(path, "health"), $"{(int)graduate.Health} is not a set of disabled, disabledChild, limitedHealth", id);
        }

        var resumes = JsonPath.Property(path, "resumes");
        for (var i = 0; i < graduate.Resumes.Count; i++)
        {
            NotNull(graduate.Resumes[i], JsonPath.Index(resumes, i), id);
        }

        if (graduate.Ais.CareerTrack?.Status is { } trackStatus)
        {
            Status(trackStatus, JsonPath.Property(JsonPath.Property(JsonPath.Property(path, "ais"), "careerTrack"), "status"), id);
        }

        if (graduate.TargetedContract is { } contract)
        {
            Id(contract.EmployerId, JsonPath.Property(path, "targetedContract"), id, "employerId");
        }

        var outcomePath = JsonPath.Property(path, "outcome");
        NotNull(graduate.Outcome, outcomePath, id);
        Status(graduate.Outcome.Status, JsonPath.Property(outcomePath, "status"), id);
        if (graduate.Outcome.EmployerId is { } employer)
        {
            Id(employer, outcomePath, id, "employerId");
        }

        Extensions(graduate.Extensions, path, id);
    }

    private static void Status(EmploymentStatus status, string path, string recordId)
    {
        if (!Enum.IsDefined(status))
        {
            throw new InvalidInputException(path, $"{(int)status} is not one of {ContractEnumConverter<EmploymentStatus>.AllowedValues}", recordId);
        }
    }

    private static void Extensions(ExtensionData? extensions, string path, string recordId)
    {
        if (extensions is null)
        {
            return;
        }

        var extensionsPath = JsonPath.Property(path, "extensions");
        foreach (var (pluginId, value) in extensions)
        {
            var pluginPath = JsonPath.Property(extensionsPath, pluginId);
            Text(pluginId, pluginPath, recordId);
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new InvalidInputException(pluginPath, "an extension needs a JSON value", recordId);
            }

            DatasetBinder.CheckStrings(value, pluginPath, recordId);
        }
    }

    private static void Ids(ValueArray<string> ids, string path, string recordId)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            var itemPath = JsonPath.Index(path, i);
            if (string.IsNullOrEmpty(ids[i]))
            {
                throw new InvalidInputException(itemPath, "an id cannot be empty or null", recordId);
            }

            Text(ids[i], itemPath, recordId);
        }
    }

    private static string Id(string? id, string path, string? recordId, string field = "id")
    {
        var idPath = JsonPath.Property(path, field);
        if (string.IsNullOrEmpty(id))
        {
            throw new InvalidInputException(idPath, "an id cannot be empty or null", recordId);
        }

        Text(id, idPath, recordId ?? (id.Length <= ContractLimits.MaxStringLength ? id : null));
        return id;
    }

    private static void Text(string? text, string path, string? recordId)
    {
        if (text is { Length: > ContractLimits.MaxStringLength })
        {
            throw new InvalidInputException(path, $"the text is {text.Length} characters long; at most {ContractLimits.MaxStringLength} are allowed", recordId);
        }
    }

    private static void NotNull(object? value, string path, string? recordId)
    {
        if (value is null)
        {
            throw new InvalidInputException(path, "a required value is missing (null)", recordId);
        }
    }
}
