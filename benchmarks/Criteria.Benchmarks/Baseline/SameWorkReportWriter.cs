using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Criteria.Catalog;
using Criteria.Profiles;
using Criteria.Reporting;
using Criteria.Rules;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// The writing half of <see cref="SameWorkPass"/>: the report of docs/report.md with one
/// <see cref="Utf8JsonWriter"/>, indented and with non-ASCII text as UTF-8 as the command line writes
/// it — every college's results in catalog order, the region's roll-up, the findings code by code.
/// Statuses and values are computed here from the counters; the criteria's titles, definitions, cohorts
/// and the profile's targets are the catalog's and the profile's metadata.
/// </summary>
internal static class SameWorkReportWriter
{
    private const int FlushAt = 1 << 16;

    private static readonly JsonEncodedText CodeName = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText CohortName = JsonEncodedText.Encode("cohort");
    private static readonly JsonEncodedText NumeratorName = JsonEncodedText.Encode("numerator");
    private static readonly JsonEncodedText DenominatorName = JsonEncodedText.Encode("denominator");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText StatusName = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText TargetName = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText ResultsName = JsonEncodedText.Encode("results");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText CollegeIdName = JsonEncodedText.Encode("collegeId");
    private static readonly JsonEncodedText RecordIdName = JsonEncodedText.Encode("recordId");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Warning = JsonEncodedText.Encode("warning");
    private static readonly JsonEncodedText[] CohortNames = [.. new[] { "all", "inclusive", "disabled", "disabledChild", "limitedHealth" }.Select(n => JsonEncodedText.Encode(n))];
    private static readonly JsonEncodedText[] StatusNames = [.. new[] { "met", "notMet", "noTarget", "noData" }.Select(n => JsonEncodedText.Encode(n))];
    private static readonly byte[][] OutcomeNames = [.. new[]
    {
        "employed", "entrepreneur", "selfEmployed", "militaryContract", "informal", "continuingEducation", "militaryConscription", "parentalLeave",
        "registeredUnemployed", "notEmployed", "excluded", "unknown",
    }.Select(Encoding.UTF8.GetBytes)];

    /// <summary>Writes the report.</summary>
    /// <param name="scan">What the reading found.</param>
    /// <param name="profile">The profile (its targets and checklist).</param>
    /// <param name="output">The stream; not closed.</param>
    public static void Write(DatasetScan scan, EvaluationProfile profile, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true, SkipValidation = true });
        var criteria = StandardCatalog.Catalog.Criteria;
        var rows = criteria.Select(c => ReportRow.Of(c, profile)).ToArray();
        var (start, end, cutoff) = scan.Period;
        writer.WriteStartObject();
        writer.WriteString("schemaVersion", "1.0");
        writer.WriteString("catalog", StandardCatalog.Id);
        if (scan.Region is { } region)
        {
            writer.WriteString("region", region);
        }

        writer.WriteStartObject("period");
        writer.WriteString("start", start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("end", end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteString("cutoff", cutoff.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndObject();

        // How it counted: the profile's status sets, windows and checklist.
        writer.WriteStartObject("settings");
        WriteNames(writer, "employedStatuses", profile.EmployedStatuses.Select(EmploymentStatusName));
        WriteNames(writer, "outsideLabourMarketStatuses", profile.OutsideLabourMarketStatuses.Select(EmploymentStatusName));
        WriteNames(writer, "atRiskStatuses", profile.AtRiskStatuses.Select(EmploymentStatusName));
        writer.WriteNumber("chatActivityDays", profile.ChatActivityDays);
        writer.WriteNumber("vacancyFreshnessDays", profile.VacancyFreshnessDays);
        writer.WriteNumber("trackFreshnessDays", profile.TrackFreshnessDays);
        WriteNames(writer, "websiteChecklist", profile.WebsiteChecklist);
        writer.WriteEndObject();

        writer.WriteStartArray("criteria");
        foreach (var criterion in criteria)
        {
            writer.WriteStartObject();
            writer.WriteString("code", criterion.Code);
            writer.WriteNumber("group", criterion.Group);
            writer.WriteString("kind", criterion.Kind switch
            {
                CriterionKind.Presence => "presence",
                CriterionKind.Checklist => "checklist",
                CriterionKind.Share => "share",
                CriterionKind.Count => "count",
                _ => "match",
            });
            writer.WriteString("title", criterion.Title);
            writer.WriteString("titleEn", criterion.TitleEn);
            writer.WriteBoolean("lowerIsBetter", criterion.LowerIsBetter);
            writer.WriteString("source", criterion.Source);
            writer.WriteString("definition", criterion.Definition);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteResults(writer, scan, profile, rows);
        WriteFindings(writer, scan);
        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteNames(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>A status as the contract names it: camelCase of its name.</summary>
    private static string EmploymentStatusName(Criteria.Facts.EmploymentStatus status)
    {
        var name = status.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static void WriteResults(Utf8JsonWriter writer, DatasetScan scan, EvaluationProfile profile, ReportRow[] rows)
    {
        var colleges = scan.Colleges;
        var counters = scan.Counters;
        var required = profile.WebsiteChecklist.Count;

        // The employers' ids in ordinal order, once: each college's list is then sorted by a number.
        var used = new bool[scan.EmployerCount];
        foreach (var college in colleges)
        {
            foreach (var employer in college.Employers)
            {
                used[employer] = true;
            }
        }

        var distinct = Enumerable.Range(0, used.Length).Where(e => used[e]).Select(e => (Employer: e, Id: scan.EmployerId(e))).ToArray();
        Array.Sort(distinct, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var rank = new int[used.Length];
        for (var i = 0; i < distinct.Length; i++)
        {
            rank[distinct[i].Employer] = i;
        }

        long plans = 0, checklists = 0, chats = 0, banks = 0;
        var spo1Actual = new long[5];
        var spo1Expected = new long[5];
        var spo1Missing = new bool[5];
        var spo1NotMet = new bool[5];
        var employerRanks = new List<int>();
        writer.WriteStartArray("colleges");
        for (var c = 0; c < colleges.Count; c++)
        {
            var college = colleges[c];
            var checklistMet = required > 0 && college.ChecklistItems == required;
            plans += college.Plan ? 1 : 0;
            checklists += checklistMet ? 1 : 0;
            chats += college.Chat ? 1 : 0;
            banks += college.Bank ? 1 : 0;
            writer.WriteStartObject();
            writer.WriteString(IdName, college.Id);
            if (college.Name is { } name)
            {
                writer.WriteString(NameName, name);
            }

            writer.WriteStartArray(ResultsName);
            foreach (var row in rows)
            {
                foreach (var cohort in row.Cohorts)
                {
                    switch (row.Source)
                    {
                        case ResultSource.Plan:
                            Presence(writer, row, cohort, college.Plan);
                            break;
                        case ResultSource.Chat:
                            Presence(writer, row, cohort, college.Chat);
                            break;
                        case ResultSource.Bank:
                            Presence(writer, row, cohort, college.Bank);
                            break;
                        case ResultSource.Checklist:
                            Ratio(writer, row, cohort, college.ChecklistItems, required, checklistMet ? ResultStatus.Met : ResultStatus.NotMet, null);
                            break;
                        case ResultSource.Employers:
                            employerRanks.Clear();
                            foreach (var employer in college.Employers)
                            {
                                employerRanks.Add(rank[employer]);
                            }

                            employerRanks.Sort();
                            Count(writer, row, cohort, employerRanks.Count, row.CollegeTarget(cohort), employerRanks.Select(r => distinct[r].Id));
                            break;
                        case ResultSource.Contingent:
                            var actual = counters.Contingent(c, cohort);
                            long? expected = college.Spo1 is { } spo1 ? spo1[cohort == Cohort.All ? 0 : (int)cohort - 1] : null;
                            var status = expected is null ? ResultStatus.NoData : actual == expected ? ResultStatus.Met : ResultStatus.NotMet;
                            Ratio(writer, row, cohort, actual, expected, status, null);
                            spo1Actual[(int)cohort] += actual;
                            spo1Expected[(int)cohort] += expected ?? 0;
                            spo1Missing[(int)cohort] |= expected is null;
                            spo1NotMet[(int)cohort] |= status == ResultStatus.NotMet;
                            break;
                        case ResultSource.GraduateCount:
                            Count(writer, row, cohort, counters.Numerator(c, row.Graduate, cohort), row.CollegeTarget(cohort), null);
                            break;
                        default:
                            Share(writer, row, cohort, counters.Numerator(c, row.Graduate, cohort), counters.Denominator(c, row.Graduate, cohort), row.CollegeTarget(cohort));
                            break;
                    }
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            if (writer.BytesPending >= FlushAt)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();

        // The region: colleges met for presence and checklist, Σ numerators ÷ Σ denominators, distinct employers, the match rule.
        long all = colleges.Count;
        writer.WriteStartArray("regionResults");
        foreach (var row in rows)
        {
            foreach (var cohort in row.Cohorts)
            {
                switch (row.Source)
                {
                    case ResultSource.Plan or ResultSource.Chat or ResultSource.Bank or ResultSource.Checklist:
                        var met = row.Source switch { ResultSource.Plan => plans, ResultSource.Chat => chats, ResultSource.Bank => banks, _ => checklists };
                        var target = row.RegionTarget(cohort);
                        Ratio(writer, row, cohort, met, all, all == 0 ? ResultStatus.NoData : Judge(met, all, target?.Value, row.LowerIsBetter), target);
                        break;
                    case ResultSource.Employers:
                        Count(writer, row, cohort, distinct.Length, row.RegionTarget(cohort), distinct.Select(d => d.Id));
                        break;
                    case ResultSource.Contingent:
                        var i = (int)cohort;
                        var status = spo1NotMet[i] ? ResultStatus.NotMet : spo1Missing[i] ? ResultStatus.NoData : ResultStatus.Met;
                        Ratio(writer, row, cohort, spo1Actual[i], spo1Missing[i] ? null : spo1Expected[i], status, null);
                        break;
                    default:
                        long n = 0, d = 0;
                        for (var c = 0; c < colleges.Count; c++)
                        {
                            n += counters.Numerator(c, row.Graduate, cohort);
                            d += counters.Denominator(c, row.Graduate, cohort);
                        }

                        if (row.Source == ResultSource.GraduateCount)
                        {
                            Count(writer, row, cohort, n, row.RegionTarget(cohort), null);
                        }
                        else
                        {
                            Share(writer, row, cohort, n, d, row.RegionTarget(cohort));
                        }

                        break;
                }
            }
        }

        writer.WriteEndArray();
    }

    private static ResultStatus Judge(long numerator, long denominator, ExactDecimal? target, bool lowerIsBetter) =>
        target is { } t ? TargetJudgement.Meets(numerator, denominator, t, lowerIsBetter) ? ResultStatus.Met : ResultStatus.NotMet : ResultStatus.NoTarget;

    private static void Presence(Utf8JsonWriter writer, ReportRow row, Cohort cohort, bool present)
    {
        writer.WriteStartObject();
        writer.WriteString(CodeName, row.Code);
        writer.WriteString(CohortName, CohortNames[(int)cohort]);
        writer.WriteBoolean(ValueName, present);
        writer.WriteString(StatusName, StatusNames[(int)(present ? ResultStatus.Met : ResultStatus.NotMet)]);
        writer.WriteEndObject();
    }

    private static void Share(Utf8JsonWriter writer, ReportRow row, Cohort cohort, long numerator, long denominator, (ExactDecimal Value, string Text)? target) =>
        Ratio(writer, row, cohort, numerator, denominator, denominator == 0 ? ResultStatus.NoData : Judge(numerator, denominator, target?.Value, row.LowerIsBetter), target);

    private static void Ratio(Utf8JsonWriter writer, ReportRow row, Cohort cohort, long numerator, long? denominator, ResultStatus status, (ExactDecimal Value, string Text)? target)
    {
        writer.WriteStartObject();
        writer.WriteString(CodeName, row.Code);
        writer.WriteString(CohortName, CohortNames[(int)cohort]);
        writer.WriteNumber(NumeratorName, numerator);
        if (denominator is { } d)
        {
            writer.WriteNumber(DenominatorName, d);
        }
        else
        {
            writer.WriteNull(DenominatorName);
        }

        if (denominator is > 0)
        {
            writer.WriteNumber(ValueName, (double)numerator / denominator.Value);
        }
        else
        {
            writer.WriteNull(ValueName);
        }

        writer.WriteString(StatusName, StatusNames[(int)status]);
        WriteTarget(writer, target);
        writer.WriteEndObject();
    }

    private static void Count(Utf8JsonWriter writer, ReportRow row, Cohort cohort, long value, (ExactDecimal Value, string Text)? target, IEnumerable<string>? ids)
    {
        writer.WriteStartObject();
        writer.WriteString(CodeName, row.Code);
        writer.WriteString(CohortName, CohortNames[(int)cohort]);
        writer.WriteNumber(ValueName, value);
        if (ids is not null)
        {
            writer.WriteStartArray(row.IdsName);
            foreach (var id in ids)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        writer.WriteString(StatusName, StatusNames[(int)Judge(value, 1, target?.Value, row.LowerIsBetter)]);
        WriteTarget(writer, target);
        writer.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter writer, (ExactDecimal Value, string Text)? target)
    {
        if (target is { } t)
        {
            writer.WritePropertyName(TargetName);
            writer.WriteRawValue(t.Text, skipInputValidation: true);
        }
    }

    private static void WriteFindings(Utf8JsonWriter writer, DatasetScan scan)
    {
        var buffer = new byte[1 << 16];
        writer.WriteStartArray("findings");
        foreach (var (code, findings) in scan.Findings())
        {
            var codeText = JsonEncodedText.Encode(code);
            foreach (var finding in findings)
            {
                writer.WriteStartObject();
                writer.WriteString(CodeName, codeText);
                writer.WriteString(SeverityName, Warning);
                if (finding.Text is { } text)
                {
                    if (text.CollegeId is { } collegeId)
                    {
                        writer.WriteString(CollegeIdName, collegeId);
                    }

                    if (text.RecordId is { } recordId)
                    {
                        writer.WriteString(RecordIdName, recordId);
                    }

                    writer.WriteString(PathName, text.Path);
                    writer.WriteString(MessageName, text.Message);
                }
                else
                {
                    var id = scan.Bytes(finding.Id);
                    if (buffer.Length < (id.Length * 2) + 512)
                    {
                        buffer = new byte[(id.Length * 2) + 512];
                    }

                    writer.WriteString(CollegeIdName, scan.Colleges[finding.College].Id);
                    writer.WriteString(RecordIdName, id);
                    var half = buffer.Length / 2;
                    var path = new Utf8Line(buffer.AsSpan(0, half));
                    var message = new Utf8Line(buffer.AsSpan(half));
                    Compose(ref path, ref message, finding, id, scan.Period.Cutoff);
                    writer.WriteString(PathName, path.Text);
                    writer.WriteString(MessageName, message.Text);
                }

                writer.WriteEndObject();
                if (writer.BytesPending >= FlushAt)
                {
                    writer.Flush();
                }
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>The path and message of a graduate's finding, worded as the library's rule words it.</summary>
    private static void Compose(ref Utf8Line path, ref Utf8Line message, in FindingEntry finding, ReadOnlySpan<byte> id, DateOnly cutoff)
    {
        path.Append("$.graduates["u8);
        path.Append(finding.Record);
        path.Append("]"u8);
        switch (finding.Template)
        {
            case FindingTemplate.TrackWithoutRegistration:
                path.Append(".ais.registered"u8);
                message.Append("graduate '"u8);
                message.Append(id);
                message.Append("' has a formed career track but is not registered in the AIS"u8);
                break;
            case FindingTemplate.TrackStatusContradiction:
                path.Append(".ais.careerTrack.status"u8);
                message.Append("the career track says "u8);
                message.Append(OutcomeNames[finding.Value >> 8]);
                message.Append(", the outcome on the cut-off says "u8);
                message.Append(OutcomeNames[finding.Value & 0xFF]);
                break;
            case FindingTemplate.EmployedWithoutEmployer:
                path.Append(".outcome.employerId"u8);
                message.Append("graduate '"u8);
                message.Append(id);
                message.Append("' is employed, but no employer is named"u8);
                break;
            case FindingTemplate.TrackUpdatedAfterCutoff:
                path.Append(".ais.careerTrack.updatedOn"u8);
                message.Append("the career track was updated on "u8);
                message.Append(DateOnly.FromDayNumber(finding.Value));
                message.Append(", after the cut-off "u8);
                message.Append(cutoff);
                break;
            case FindingTemplate.ExclusiveHealthCategories:
                path.Append(".health"u8);
                message.Append("graduate '"u8);
                message.Append(id);
                message.Append("' is both disabled and a disabled child; the categories exclude each other (counted in both cohorts as given)"u8);
                break;
            case FindingTemplate.UnknownOutcomeStatus:
                path.Append(".outcome.status"u8);
                message.Append("the status of graduate '"u8);
                message.Append(id);
                message.Append("' on the cut-off date is unknown"u8);
                break;
            default:
                path.Append(".atRisk"u8);
                message.Append("graduate '"u8);
                message.Append(id);
                message.Append("' is "u8);
                message.Append(OutcomeNames[finding.Value]);
                message.Append(" on the cut-off date, a status at risk of not being employed, but is not flagged atRisk"u8);
                break;
        }
    }
}
