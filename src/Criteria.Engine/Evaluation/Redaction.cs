using System.Text.RegularExpressions;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Evaluation;

/// <summary>
/// Takes graduates' ids out of a report (personal data): a finding about a graduate loses its record id,
/// and any graduate id quoted in a message becomes <c>'[redacted]'</c> — the ids of the graduates' records
/// and those that events name as participants, whether a graduate has them or not (a dangling reference
/// is still somebody's id). Results carry no graduate ids.
/// </summary>
internal static partial class Redaction
{
    public const string Mark = "[redacted]";

    public static Report Apply(Report report, Dataset dataset) => report with { Findings = Apply(report.Findings, dataset) };

    /// <summary>Findings without graduates' ids (those a dataset's refusal lists, too).</summary>
    public static ValueArray<Finding> Apply(IEnumerable<Finding> findings, Dataset dataset)
    {
        var graduates = new HashSet<string>(dataset.Graduates.Select(g => g.Id), StringComparer.Ordinal);
        graduates.UnionWith(dataset.Events.SelectMany(e => e.ParticipantIds));
        return findings.Select(f => Redact(f, graduates)).ToValueArray();
    }

    private static Finding Redact(Finding finding, HashSet<string> graduates) => finding with
    {
        RecordId = finding.RecordId is { } id && graduates.Contains(id) ? null : finding.RecordId,
        Message = Quoted().Replace(finding.Message, m => graduates.Contains(m.Groups[1].Value) ? $"'{Mark}'" : m.Value),
    };

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();
}
