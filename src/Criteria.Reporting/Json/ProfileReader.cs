using System.Text;
using System.Text.Json;
using Criteria.Catalog;
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
        var stream = LimitedStream.OpenFile(path, maxBytes: null);
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
        Unknown(document, JsonPath.Root, findings);
        if (document.Rating is { } rating)
        {
            Unknown(rating, JsonPath.Property(JsonPath.Root, "rating"), findings);
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
            CollegeTargets = CollegeTargets(document.CollegeTargets),
            Rating = document.Rating is { } settings ? Rating(settings) : null,
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

    private static void Unknown(ContractObject document, string path, List<Finding> findings)
    {
        foreach (var name in document.Unknown?.Keys ?? Enumerable.Empty<string>())
        {
            findings.Add(new Finding
            {
                Code = FindingCodes.UnknownProperty,
                Severity = FindingSeverity.Warning,
                Path = JsonPath.Property(path, name),
                Message = $"the property '{name}' is not part of the profile contract; it is ignored",
            });
        }
    }

    private static Dictionary<string, IReadOnlyDictionary<string, ExactDecimal>> CollegeTargets(Dictionary<string, Dictionary<string, ExactDecimal?>?>? colleges)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, ExactDecimal>>(StringComparer.Ordinal);
        var root = JsonPath.Property(JsonPath.Root, "collegeTargets");
        foreach (var (collegeId, targets) in colleges ?? [])
        {
            var path = JsonPath.Property(root, collegeId);
            if (collegeId.Length == 0)
            {
                throw new InvalidInputException(root, "a college id cannot be empty");
            }

            if (targets is null)
            {
                throw new InvalidInputException(path, $"expected the targets of college '{collegeId}' (an object of criterion codes and targets), found null");
            }

            var own = new Dictionary<string, ExactDecimal>(StringComparer.Ordinal);
            foreach (var (code, target) in targets)
            {
                if (code.Length == 0)
                {
                    throw new InvalidInputException(path, "a criterion code cannot be empty");
                }

                own[code] = target ?? throw new InvalidInputException(
                    JsonPath.Property(path, code), $"the target of criterion {code} for college '{collegeId}' is null: give a number, or leave the code out");
            }

            result[collegeId] = own;
        }

        return result;
    }

    private static RatingSettings Rating(RatingDocument document)
    {
        var path = JsonPath.Property(JsonPath.Root, "rating");
        Dictionary<string, ExactDecimal>? weights = null;
        if (document.Weights is { } given)
        {
            weights = new Dictionary<string, ExactDecimal>(StringComparer.Ordinal);
            foreach (var (code, weight) in given)
            {
                var at = JsonPath.Property(JsonPath.Property(path, "weights"), code);
                weights[code] = weight is { IsNegative: false } w
                    ? w
                    : throw new InvalidInputException(at, weight is null ? $"the weight of criterion {code} is null: give a number ≥ 0, or leave the code out" : $"the weight of criterion {code} must be ≥ 0, not {weight}");
            }
        }

        var minCoverage = document.MinCoverage ?? RatingSettings.Default.MinCoverage;
        if (minCoverage.IsNegative || minCoverage > ExactDecimal.One)
        {
            throw new InvalidInputException(JsonPath.Property(path, "minCoverage"), $"the minimum coverage is a fraction from 0 to 1, not {minCoverage}");
        }

        return new RatingSettings { Weights = weights, Cohort = document.Cohort ?? Cohort.All, MinCoverage = minCoverage };
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
