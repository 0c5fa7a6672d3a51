using Criteria.Catalog;
using Criteria.Collections;
using Criteria.Facts;
using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Evaluation;

/// <summary>
/// The evaluator: the criteria of one or more catalogs compiled once into an NRules session factory;
/// each evaluation resolves the dataset's references into facts, runs them through a session of
/// its own and builds the report. Thread-safe.
/// </summary>
public sealed class CriteriaEvaluator : ICriteriaEvaluator
{
    private const int InsertBatch = 8192;

    private readonly CriteriaEngine _engine;
    private readonly CriteriaOptions _options;
    private readonly Dictionary<string, CriterionDescriptor> _byCode;
    private readonly string _catalogId;

    /// <summary>Compiles the catalogs' rules.</summary>
    /// <param name="catalogs">The catalogs, in report order; criterion codes must be unique across them.</param>
    /// <param name="options">The default profile and mode; null for the defaults.</param>
    /// <exception cref="ArgumentException">No catalog, or two criteria with one code.</exception>
    /// <exception cref="Json.InvalidInputException">The default profile does not fit the criteria.</exception>
    public CriteriaEvaluator(IEnumerable<CriteriaCatalog> catalogs, CriteriaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        var list = catalogs.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("An evaluator needs at least one catalog (for example the standard one).", nameof(catalogs));
        }

        _byCode = new Dictionary<string, CriterionDescriptor>(StringComparer.Ordinal);
        foreach (var catalog in list)
        {
            foreach (var criterion in catalog.Criteria)
            {
                if (!_byCode.TryAdd(criterion.Code, criterion))
                {
                    throw new ArgumentException(
                        $"The criterion code {criterion.Code} is defined twice: by '{_byCode[criterion.Code].Source}' and by '{criterion.Source}'.",
                        nameof(catalogs));
                }
            }
        }

        _catalogId = string.Join("+", list.Select(c => c.Id));
        _options = options ?? new CriteriaOptions();
        ProfileCheck.Check(_options.Profile, _byCode);
        _engine = new CriteriaEngine(list.SelectMany(c => c.Criteria).ToArray(), list.SelectMany(c => c.QualityRules).ToArray());
    }

    /// <inheritdoc />
    public IReadOnlyList<CriterionDescriptor> Criteria => _engine.Criteria;

    /// <inheritdoc />
    public Report Evaluate(Dataset dataset, EvaluationSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var profile = settings?.Profile ?? _options.Profile;
        var mode = settings?.Mode ?? _options.Mode;
        if (settings?.Profile is not null)
        {
            ProfileCheck.Check(profile, _byCode);
        }

        var structural = DatasetValidator.Validate(dataset);
        if (mode == EvaluationMode.Strict)
        {
            var errors = structural.Where(f => f.Severity == FindingSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                throw new DatasetRejectedException(errors);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var context = new EvaluationContext(dataset.Period, profile);
        var facts = FactResolver.Resolve(dataset, context);

        var session = _engine.Factory.CreateSession();
        var results = new SessionResults(session, _engine.RuleToCode);
        session.InsertAll(facts.Colleges);
        session.InsertAll(facts.Events);
        for (var i = 0; i < facts.Graduates.Count; i += InsertBatch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.InsertAll(Slice(facts.Graduates, i, InsertBatch));
        }

        session.Fire(cancellationToken);

        var findings = (settings?.ReadingFindings ?? [])
            .Concat(structural)
            .Concat(results.Findings.Values.SelectMany(f => f.Findings))
            .Concat(results.Failures.Values);
        return ReportBuilder.Build(
            _catalogId,
            dataset,
            facts.Colleges,
            _engine.Criteria,
            results.Tallies,
            results.Failures.Keys.ToHashSet(StringComparer.Ordinal),
            profile,
            findings);
    }

    private static IEnumerable<GraduateFact> Slice(IReadOnlyList<GraduateFact> graduates, int start, int count)
    {
        var end = Math.Min(graduates.Count, start + count);
        for (var i = start; i < end; i++)
        {
            yield return graduates[i];
        }
    }
}
