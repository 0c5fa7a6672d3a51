using System.Text;
using System.Text.Json;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Json.Contract;
using Criteria.Profiles;
using Criteria.Quality;

namespace Criteria.Json;

/// <summary>
/// Reads evaluation profiles (docs/profile.md) strictly, like <see cref="DatasetReader"/>:
/// every field is optional and takes the default of docs/criteria.md when absent. Whether a target's
/// code and range fit the catalog is checked when the evaluator is built. Thread-safe.
/// </summary>
public static class ProfileReader
{
    /// <summary>Reads a profile from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The profile and the findings of reading.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static async Task<ProfileLoadResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        try
        {
            var document = await JsonSerializer.DeserializeAsync(utf8Json, ProfileJsonContext.Reading.ProfileDocument, cancellationToken)
                .ConfigureAwait(false);
            return Bind(document);
        }
        catch (JsonException exception)
        {
            throw ContractErrors.From(exception);
        }
    }

    /// <summary>Reads a profile from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The profile and the findings of reading.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<ProfileLoadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var read = await ReadAsync(stream, cancellationToken).ConfigureAwait(false);
            var file = Path.GetFileName(path);
            return read with { Findings = read.Findings.Select(f => f with { Message = $"profile {file}: {f.Message}" }).ToValueArray() };
        }
    }

    /// <summary>Reads a profile from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The profile and the findings of reading.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static ProfileLoadResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return Bind(JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), ProfileJsonContext.Reading.ProfileDocument));
        }
        catch (JsonException exception)
        {
            throw ContractErrors.From(exception);
        }
    }

    private static ProfileLoadResult Bind(ProfileDocument? document)
    {
        if (document is null)
        {
            throw new InvalidInputException(JsonPath.Root, "expected a JSON object, found null");
        }

        var findings = new List<Finding>();
        if (document.Unknown is { } unknown)
        {
            foreach (var name in unknown.Keys)
            {
                findings.Add(new Finding
                {
                    Code = FindingCodes.UnknownProperty,
                    Severity = FindingSeverity.Warning,
                    Path = JsonPath.Property(JsonPath.Root, name),
                    Message = $"the property '{name}' is not part of the profile contract; it is ignored",
                });
            }
        }

        foreach (var (pluginId, options) in document.Plugins ?? [])
        {
            // Plugin options are kept verbatim; they obey the same bounds as every other string of the contract.
            DatasetBinder.CheckStrings(options, JsonPath.Property(JsonPath.Property(JsonPath.Root, "plugins"), pluginId), recordId: null);
        }

        var defaults = EvaluationProfile.Default;
        var profile = new EvaluationProfile
        {
            Targets = Targets(document.Targets, "targets"),
            RegionTargets = Targets(document.RegionTargets, "regionTargets"),
            ChatActivityDays = document.ChatActivityDays ?? defaults.ChatActivityDays,
            VacancyFreshnessDays = document.VacancyFreshnessDays ?? defaults.VacancyFreshnessDays,
            TrackFreshnessDays = document.TrackFreshnessDays ?? defaults.TrackFreshnessDays,
            WebsiteChecklist = document.WebsiteChecklist is { } checklist ? Checklist(checklist) : defaults.WebsiteChecklist,
            EmployedStatuses = Statuses(document.EmployedStatuses, defaults.EmployedStatuses),
            OutsideLabourMarketStatuses = Statuses(document.OutsideLabourMarketStatuses, defaults.OutsideLabourMarketStatuses),
            AtRiskStatuses = Statuses(document.AtRiskStatuses, defaults.AtRiskStatuses),
            PluginOptions = document.Plugins ?? [],
        };
        return new ProfileLoadResult(profile, findings.ToValueArray());
    }

    private static Dictionary<string, ExactDecimal> Targets(Dictionary<string, ExactDecimal?>? targets, string name)
    {
        var result = new Dictionary<string, ExactDecimal>(StringComparer.Ordinal);
        foreach (var (code, value) in targets ?? [])
        {
            if (code.Length == 0)
            {
                throw new InvalidInputException(JsonPath.Property(JsonPath.Root, name), "a criterion code cannot be empty");
            }

            if (value is { } target)
            {
                result[code] = target;
            }
        }

        return result;
    }

    private static ValueArray<string> Checklist(List<string?> items)
    {
        var result = new string[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = string.IsNullOrEmpty(items[i])
                ? throw new InvalidInputException(JsonPath.Index("$.websiteChecklist", i), "expected the name of a checklist item")
                : items[i]!;
        }

        return result.Distinct(StringComparer.Ordinal).ToValueArray();
    }

    private static ValueArray<EmploymentStatus> Statuses(List<EmploymentStatus>? statuses, ValueArray<EmploymentStatus> defaults) =>
        statuses is null ? defaults : statuses.Distinct().ToValueArray();
}
