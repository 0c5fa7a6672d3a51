using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json;

namespace Criteria.Quality;

/// <summary>
/// The structural data-quality checks that need no criterion: DQ1 (duplicate ids), DQ2 (references
/// to ids that do not exist) and DQ9 (СПО-1 counts above the total). DQ8 is checked when a dataset is
/// read (an impossible period is refused in every mode); DQ10 is reported by the reader. Thread-safe.
/// </summary>
public static class DatasetValidator
{
    private const int PartSize = 50_000; // below this many graduates, checking on several cores costs more than it saves

    /// <summary>Checks a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The findings in report order: by code, then in document order.</returns>
    public static ValueArray<Finding> Validate(Dataset dataset) => ValidateAndIndex(dataset).Findings;

    /// <summary>Checks a dataset and keeps the position of the first record of each id, for the evaluator to resolve references with.</summary>
    internal static (ValueArray<Finding> Findings, DatasetIndex Index) ValidateAndIndex(Dataset dataset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var findings = new List<Finding>();

        var colleges = FirstIndex(dataset.Colleges, c => c.Id, "colleges", "college", c => c.Id, findings);
        var employers = FirstIndex(dataset.Employers, e => e.Id, "employers", "employer", _ => null, findings);
        FirstIndex(dataset.Events, e => e.Id, "events", "event", e => e.CollegeId, findings);
        cancellationToken.ThrowIfCancellationRequested();

        // Paths are built only for the references that fail: a valid region has millions of references.
        // The positions found are kept: the evaluator resolves references with them, without a second lookup.
        // Work is spread over the cores, each part with findings of its own (they are sorted at the end):
        // the graduates' ids are indexed while their colleges and employers are checked, then the
        // events' participants are looked up in that index, in parts.
        Dictionary<string, int> graduates = null!;
        var participants = new int[dataset.Events.Count][];
        var graduateColleges = new int[dataset.Graduates.Count];
        var outcomeEmployers = new int[dataset.Graduates.Count];
        var contractEmployers = new int[dataset.Graduates.Count];
        var everyCollege = true;
        void CheckEvents(int from, int to, List<Finding> found)
        {
            for (var i = from; i < to; i++)
            {
                if ((i & 0x3FF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var careerEvent = dataset.Events[i];
                CheckReference(colleges, careerEvent.CollegeId, "events", i, ".collegeId", "college", careerEvent, found);
                for (var j = 0; j < careerEvent.EmployerIds.Count; j++)
                {
                    CheckReference(employers, careerEvent.EmployerIds[j], "events", i, $".employerIds[{j}]", "employer", careerEvent, found);
                }

                var positions = participants[i] = careerEvent.ParticipantIds.Count == 0 ? [] : new int[careerEvent.ParticipantIds.Count];
                for (var j = 0; j < positions.Length; j++)
                {
                    if (!graduates.TryGetValue(careerEvent.ParticipantIds[j], out positions[j]))
                    {
                        positions[j] = -1;
                        CheckReference(graduates, careerEvent.ParticipantIds[j], "events", i, $".participantIds[{j}]", "graduate", careerEvent, found);
                    }
                }
            }
        }

        void CheckGraduates(int from, int to, List<Finding> found)
        {
            for (var i = from; i < to; i++)
            {
                if ((i & 0x3FFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var graduate = dataset.Graduates[i];
                if (!colleges.TryGetValue(graduate.CollegeId, out graduateColleges[i]))
                {
                    graduateColleges[i] = -1;
                    everyCollege = false;
                    CheckReference(colleges, graduate.CollegeId, "graduates", i, ".collegeId", "college", graduate, found);
                }

                outcomeEmployers[i] = graduate.Outcome.EmployerId is { } employerId
                    ? Position(employers, employerId, "graduates", i, ".outcome.employerId", "employer", graduate, found)
                    : -1;
                contractEmployers[i] = graduate.TargetedContract is { } contract
                    ? Position(employers, contract.EmployerId, "graduates", i, ".targetedContract.employerId", "employer", graduate, found)
                    : -1;
            }
        }

        var events = dataset.Events.Count;
        var records = dataset.Graduates.Count;
        var parts = records < PartSize ? 1 : Environment.ProcessorCount;
        var graduateFindings = new List<Finding>[2];
        var partFindings = new List<Finding>[parts];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        void Graduates(int part)
        {
            var found = graduateFindings[part] = [];
            if (part == 0)
            {
                graduates = FirstIndex(dataset.Graduates, g => g.Id, "graduates", "graduate", g => g.CollegeId, found, cancellationToken);
            }
            else
            {
                CheckGraduates(0, records, found);
            }
        }

        void Events(int part) => CheckEvents(events * part / parts, events * (part + 1) / parts, partFindings[part] = []);

        if (parts == 1)
        {
            Graduates(0);
            Graduates(1);
            Events(0);
        }
        else
        {
            Parallel.For(0, 2, options, Graduates);
            Parallel.For(0, parts, options, Events);
        }


        foreach (var found in graduateFindings.Concat(partFindings))
        {
            findings.AddRange(found);
        }

        for (var i = 0; i < dataset.Colleges.Count; i++)
        {
            CheckSpo1(dataset.Colleges[i], JsonPath.Index("$.colleges", i), findings);
        }

        var uniqueGraduates = graduates.Count == dataset.Graduates.Count;
        return (FindingOrder.Sort(findings, DocumentLayout.Of(dataset)).ToValueArray(), new DatasetIndex(colleges, employers, graduates, everyCollege, uniqueGraduates, graduateColleges, outcomeEmployers, contractEmployers, participants));
    }

    private static Dictionary<string, int> FirstIndex<T>(
        ValueArray<T> records,
        Func<T, string> id,
        string arrayName,
        string kind,
        Func<T, string?> collegeId,
        List<Finding> findings,
        CancellationToken cancellationToken = default)
    {
        var first = new Dictionary<string, int>(records.Count, StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if ((i & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var record = records[i];
            var recordId = id(record);
            if (!first.TryAdd(recordId, i))
            {
                findings.Add(new Finding
                {
                    Code = FindingCodes.DuplicateId,
                    Severity = FindingSeverity.Error,
                    CollegeId = collegeId(record),
                    RecordId = recordId,
                    Path = JsonPath.Property(JsonPath.Index("$." + arrayName, i), "id"),
                    Message = $"the {kind} id '{recordId}' is already used by $.{arrayName}[{first[recordId]}]",
                });
            }
        }

        return first;
    }

    /// <summary>The position of the record a reference names; -1, with a finding, when there is none.</summary>
    private static int Position<T>(Dictionary<string, int> known, string id, string section, int index, string relativePath, string kind, T record, List<Finding> findings)
    {
        if (known.TryGetValue(id, out var position))
        {
            return position;
        }

        CheckReference(known, id, section, index, relativePath, kind, record, findings);
        return -1;
    }

    private static void CheckReference<T>(Dictionary<string, int> known, string id, string section, int index, string relativePath, string kind, T record, List<Finding> findings)
    {
        if (known.ContainsKey(id))
        {
            return;
        }

        var path = $"$.{section}[{index}]{relativePath}";

        var (collegeId, recordId, owner) = record switch
        {
            Graduate g => (g.CollegeId, g.Id, "graduate"),
            CareerEvent e => (e.CollegeId, e.Id, "event"),
            _ => (null, null, "record"),
        };

        findings.Add(new Finding
        {
            Code = FindingCodes.DanglingReference,
            Severity = FindingSeverity.Error,
            CollegeId = collegeId,
            RecordId = recordId,
            Path = path,
            Message = ReferenceFinding.Missing(owner, recordId, kind, id),
        });
    }

    /// <summary>
    /// The findings of one college record on its own (its СПО-1 counts), at a position: what a dataset
    /// whose ids and references are valid can still be told, record by record (the live evaluation's).
    /// </summary>
    internal static void CheckCollege(College college, int index, List<Finding> findings) =>
        CheckSpo1(college, JsonPath.Index("$.colleges", index), findings);

    private static void CheckSpo1(College college, string path, List<Finding> findings)
    {
        if (college.Spo1 is not { } spo1)
        {
            return;
        }

        Check(spo1.Disabled, "disabled", "disabled graduates");
        Check(spo1.DisabledChild, "disabledChild", "disabled-child graduates");
        Check(spo1.LimitedHealth, "limitedHealth", "graduates with limited health");

        void Check(int? count, string field, string what)
        {
            if (count > spo1.Total)
            {
                findings.Add(new Finding
                {
                    Code = FindingCodes.ImpossibleSpo1,
                    Severity = FindingSeverity.Warning,
                    CollegeId = college.Id,
                    RecordId = college.Id,
                    Path = JsonPath.Property(JsonPath.Property(path, "spo1"), field),
                    Message = $"СПО-1 gives {count} {what}, more than its total of {spo1.Total}",
                });
            }
        }
    }
}
