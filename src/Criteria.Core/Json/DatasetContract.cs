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

        Text(dataset.Region, root, ".region", null);
        NotNull(dataset.Period, root, ".period", null);
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
        NotNull(record, path, string.Empty, null);
        check(record, path);
    }

    private static void Each<T>(ValueArray<T> records, string section, Action<T, string> check)
    {
        var sectionPath = JsonPath.Property(JsonPath.Root, section);
        for (var i = 0; i < records.Count; i++)
        {
            var path = JsonPath.Index(sectionPath, i);
            NotNull(records[i], path, string.Empty, null);
            check(records[i], path);
        }
    }

    // The checks below name a failing value by its record's path and a suffix; the path of a value is
    // composed only when it fails (a valid record costs no strings: the live evaluation checks every change).
    private static void College(College college, string path)
    {
        var id = Id(college.Id, path, ".id", null);
        Text(college.Name, path, ".name", id);
        if (college.WorkPlan is { } plan)
        {
            Text(plan.Url, path, ".workPlan.url", id);
        }

        if (college.WebsiteSection is { } section)
        {
            Text(section.Url, path, ".websiteSection.url", id);
            foreach (var item in section.Checklist)
            {
                if (string.IsNullOrEmpty(item.Name))
                {
                    throw new InvalidInputException(path + ".websiteSection.checklist", "a checklist item needs a non-empty name", id);
                }

                if (item.Name.Length > ContractLimits.MaxStringLength)
                {
                    Text(item.Name, JsonPath.Property(path + ".websiteSection.checklist", item.Name), string.Empty, id);
                }
            }
        }

        for (var i = 0; i < college.MessengerChats.Count; i++)
        {
            var chat = college.MessengerChats[i];
            if (chat is null || chat.Platform is { Length: > ContractLimits.MaxStringLength })
            {
                var chatPath = JsonPath.Index(path + ".messengerChats", i);
                NotNull(chat, chatPath, string.Empty, id);
                Text(chat!.Platform, chatPath, ".platform", id);
            }
        }

        if (college.VacancyBank is { } bank)
        {
            Text(bank.Url, path, ".vacancyBank.url", id);
        }

        Extensions(college.Extensions, path, id);
    }

    private static void Employer(Employer employer, string path)
    {
        var id = Id(employer.Id, path, ".id", null);
        Text(employer.Name, path, ".name", id);
        Extensions(employer.Extensions, path, id);
    }

    private static void Event(CareerEvent careerEvent, string path)
    {
        var id = Id(careerEvent.Id, path, ".id", null);
        Id(careerEvent.CollegeId, path, ".collegeId", id);
        if (!Enum.IsDefined(careerEvent.Kind))
        {
            throw new InvalidInputException(path + ".kind", $"{(int)careerEvent.Kind} is not one of {ContractEnumConverter<EventKind>.AllowedValues}", id);
        }

        Ids(careerEvent.EmployerIds, path, ".employerIds", id);
        Ids(careerEvent.ParticipantIds, path, ".participantIds", id);
        Extensions(careerEvent.Extensions, path, id);
    }

    private static void Graduate(Graduate graduate, string path)
    {
        var id = Id(graduate.Id, path, ".id", null);
        Id(graduate.CollegeId, path, ".collegeId", id);
        Text(graduate.Specialty, path, ".specialty", id);
        if ((graduate.Health & ~AllHealth) != 0)
        {
            throw new InvalidInputException(path + ".health", $"{(int)graduate.Health} is not a set of disabled, disabledChild, limitedHealth", id);
        }

        for (var i = 0; i < graduate.Resumes.Count; i++)
        {
            if (graduate.Resumes[i] is null)
            {
                NotNull(graduate.Resumes[i], JsonPath.Index(path + ".resumes", i), string.Empty, id);
            }
        }

        if (graduate.Ais.CareerTrack?.Status is { } trackStatus)
        {
            Status(trackStatus, path, ".ais.careerTrack.status", id);
        }

        if (graduate.TargetedContract is { } contract)
        {
            Id(contract.EmployerId, path, ".targetedContract.employerId", id);
        }

        NotNull(graduate.Outcome, path, ".outcome", id);
        Status(graduate.Outcome.Status, path, ".outcome.status", id);
        if (graduate.Outcome.EmployerId is { } employer)
        {
            Id(employer, path, ".outcome.employerId", id);
        }

        Extensions(graduate.Extensions, path, id);
    }

    private static void Status(EmploymentStatus status, string path, string suffix, string recordId)
    {
        if (!Enum.IsDefined(status))
        {
            throw new InvalidInputException(path + suffix, $"{(int)status} is not one of {ContractEnumConverter<EmploymentStatus>.AllowedValues}", recordId);
        }
    }

    private static void Extensions(ExtensionData? extensions, string path, string recordId)
    {
        if (extensions is null || extensions.Count == 0)
        {
            return;
        }

        var extensionsPath = path + ".extensions";
        foreach (var (pluginId, value) in extensions)
        {
            var pluginPath = JsonPath.Property(extensionsPath, pluginId);
            Text(pluginId, pluginPath, string.Empty, recordId);
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                throw new InvalidInputException(pluginPath, "an extension needs a JSON value", recordId);
            }

            DatasetBinder.CheckStrings(value, pluginPath, recordId);
        }
    }

    private static void Ids(ValueArray<string> ids, string path, string suffix, string recordId)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.IsNullOrEmpty(ids[i]))
            {
                throw new InvalidInputException(JsonPath.Index(path + suffix, i), "an id cannot be empty or null", recordId);
            }

            if (ids[i].Length > ContractLimits.MaxStringLength)
            {
                Text(ids[i], JsonPath.Index(path + suffix, i), string.Empty, recordId);
            }
        }
    }

    private static string Id(string? id, string path, string suffix, string? recordId)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new InvalidInputException(path + suffix, "an id cannot be empty or null", recordId);
        }

        Text(id, path, suffix, recordId ?? (id.Length <= ContractLimits.MaxStringLength ? id : null));
        return id;
    }

    private static void Text(string? text, string path, string suffix, string? recordId)
    {
        if (text is { Length: > ContractLimits.MaxStringLength })
        {
            throw new InvalidInputException(path + suffix, $"the text is {text.Length} characters long; at most {ContractLimits.MaxStringLength} are allowed", recordId);
        }
    }

    private static void NotNull(object? value, string path, string suffix, string? recordId)
    {
        if (value is null)
        {
            throw new InvalidInputException(path + suffix, "a required value is missing (null)", recordId);
        }
    }
}
