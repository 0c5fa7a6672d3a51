using Criteria.Catalog;
using Criteria.Facts;
using Criteria.Profiles;
using Criteria.Quality;

namespace Criteria.Evaluation.Live;

/// <summary>
/// What a live snapshot is made of, copied under the writer's lock: the data, the colleges' facts, the
/// tallies, the failed criteria and the rules' findings (already placed where their records are). The
/// report is made from it afterwards, while writers go on.
/// </summary>
internal sealed record LiveCapture(
    long Sequence,
    Dataset Dataset,
    IReadOnlyList<CollegeFact> Colleges,
    IReadOnlyDictionary<(string Code, string CollegeId), CriterionTally> Tallies,
    IReadOnlySet<string> Failed,
    IReadOnlyList<Finding> RuleFindings)
{
    /// <summary>The snapshot: the data's own findings (validation, unowned extensions) and the rules', and the report.</summary>
    public LiveSnapshot Build(string catalogId, IReadOnlyList<CriterionDescriptor> criteria, EvaluationProfile profile, IReadOnlySet<string> extensionOwners, IReadOnlyCollection<string> pluginIds)
    {
        var findings = DatasetValidator.Validate(Dataset)
            .Concat(UnownedExtensions.Find(Dataset, extensionOwners, pluginIds))
            .Concat(RuleFindings);
        return new LiveSnapshot(Sequence, Dataset, ReportBuilder.Build(catalogId, Dataset, Colleges, criteria, Tallies, Failed, profile, findings));
    }
}
