using Criteria.Facts;
using Criteria.Json;

namespace Criteria.Quality;

/// <summary>
/// Extension data that no loaded plugin reads: the value under <c>extensions.acmee</c> when no plugin
/// has the id <c>acmee</c> (a typo, or a plugin the host forgot to load). It is kept and written back,
/// but nothing counts it: one DQ10 warning each, with its path, instead of silence.
/// </summary>
internal static class UnownedExtensions
{
    /// <param name="dataset">The dataset.</param>
    /// <param name="owners">The ids of the loaded catalogs (any may read extension data).</param>
    /// <param name="plugins">The ids of the loaded plugins, for the message.</param>
    public static List<Finding> Find(Dataset dataset, IReadOnlySet<string> owners, IReadOnlyCollection<string> plugins)
    {
        var findings = new List<Finding>();
        void Check(ExtensionData extensions, string section, int index, string? collegeId, string recordId) =>
            Of(extensions, section, index, collegeId, recordId, owners, plugins, findings);

        for (var i = 0; i < dataset.Colleges.Count; i++)
        {
            Check(dataset.Colleges[i].Extensions, "colleges", i, dataset.Colleges[i].Id, dataset.Colleges[i].Id);
        }

        for (var i = 0; i < dataset.Employers.Count; i++)
        {
            Check(dataset.Employers[i].Extensions, "employers", i, null, dataset.Employers[i].Id);
        }

        for (var i = 0; i < dataset.Events.Count; i++)
        {
            Check(dataset.Events[i].Extensions, "events", i, dataset.Events[i].CollegeId, dataset.Events[i].Id);
        }

        for (var i = 0; i < dataset.Graduates.Count; i++)
        {
            if (dataset.Graduates[i].Extensions.Count > 0)
            {
                Check(dataset.Graduates[i].Extensions, "graduates", i, dataset.Graduates[i].CollegeId, dataset.Graduates[i].Id);
            }
        }

        return findings;
    }

    /// <summary>The extensions of one record that no loaded plugin owns, at a position (the live evaluation's, record by record).</summary>
    internal static void Of(ExtensionData extensions, string section, int index, string? collegeId, string recordId, IReadOnlySet<string> owners, IReadOnlyCollection<string> plugins, List<Finding> findings)
    {
        foreach (var key in extensions.Keys)
        {
            if (!owners.Contains(key))
            {
                findings.Add(new Finding
                {
                    Code = FindingCodes.UnknownProperty,
                    Severity = FindingSeverity.Warning,
                    CollegeId = collegeId,
                    RecordId = recordId,
                    Path = JsonPath.Property(JsonPath.Property(JsonPath.Index(JsonPath.Property(JsonPath.Root, section), index), "extensions"), key),
                    Message = plugins.Count == 0
                        ? $"the extension '{key}' is kept, but no plugin is loaded to read it"
                        : $"the extension '{key}' is kept, but no loaded plugin has that id (loaded plugins: {string.Join(", ", plugins.Order(StringComparer.Ordinal))})",
                });
            }
        }
    }
}
