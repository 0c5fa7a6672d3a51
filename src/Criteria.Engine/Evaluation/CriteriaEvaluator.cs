using System.Diagnostics;
using System.Text.Json;
using Criteria.Catalog;
using Criteria.Diagnostics;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Quality;
using Criteria.Reporting;

namespace Criteria.Evaluation;

/// <summary>
/// The evaluator: the criteria of one or more catalogs compiled once into NRules session factories;
/// each evaluation resolves the dataset's references into facts, runs them through sessions of its
/// own and builds the report. The trusted catalogs share one session; each isolated catalog (a
/// plugin's) runs in a session of its own, in parallel, under a time budget, so that its failures
/// and delays change nothing else. Thread-safe.
/// </summary>
public sealed class CriteriaEvaluator : ICriteriaEvaluator
{
    private const int InsertBatch = 4096;

    private readonly CriteriaEngine _engine;
    private readonly IReadOnlyList<(CriteriaCatalog Catalog, CriteriaEngine Engine)> _isolated;
    private readonly IReadOnlyList<CriteriaCatalog> _catalogs;
    private readonly CriteriaOptions _options;
    private readonly Dictionary<string, CriterionDescriptor> _byCode;
    private readonly HashSet<string> _extensionOwners; // the ids whose extension data a loaded catalog may read
    private readonly string[] _pluginIds;
    private readonly string _catalogId;

    /// <summary>Compiles the catalogs' rules.</summary>
    /// <param name="catalogs">The catalogs, in report order; criterion codes must be unique across them.</param>
    /// <param name="options">The default profile, mode and plugin time budget; null for the defaults.</param>
    /// <exception cref="ArgumentException">No catalog, two criteria with one code, two catalogs with one id, or one finding code reported by two catalogs.</exception>
    /// <exception cref="InvalidInputException">The default profile does not fit the criteria or a plugin's options.</exception>
    public CriteriaEvaluator(IEnumerable<CriteriaCatalog> catalogs, CriteriaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        _catalogs = catalogs.ToArray();
        if (_catalogs.Count == 0)
        {
            throw new ArgumentException("An evaluator needs at least one catalog (for example the standard one).", nameof(catalogs));
        }

        if (_catalogs.Any(c => c is null))
        {
            throw new ArgumentException("A catalog given to the evaluator is null.", nameof(catalogs));
        }

        var duplicateCatalog = _catalogs.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicateCatalog is not null)
        {
            throw new ArgumentException($"The catalog '{duplicateCatalog.Key}' is added twice.", nameof(catalogs));
        }

        var findingCodes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var catalog in _catalogs)
        {
            foreach (var code in catalog.FindingCodes)
            {
                if (!findingCodes.TryAdd(code, catalog.Id))
                {
                    throw new ArgumentException(
                        $"The finding code {code} is reported by the catalogs '{findingCodes[code]}' and '{catalog.Id}'. A code may mean one thing only in a report.",
                        nameof(catalogs));
                }
            }
        }

        _extensionOwners = _catalogs.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        _pluginIds = [.. _catalogs.Where(c => c.Isolated).Select(c => c.Id)];
        _byCode = new Dictionary<string, CriterionDescriptor>(StringComparer.Ordinal);
        foreach (var criterion in _catalogs.SelectMany(c => c.Criteria))
        {
            if (!_byCode.TryAdd(criterion.Code, criterion))
            {
                throw new ArgumentException(
                    $"The criterion code {criterion.Code} is defined twice: by '{_byCode[criterion.Code].Source}' and by '{criterion.Source}'. Each code may be defined once.",
                    nameof(catalogs));
            }
        }

        _catalogId = string.Join("+", _catalogs.Select(c => c.Id));
        _options = options ?? new CriteriaOptions();
        if (_options.Profile is null)
        {
            throw new ArgumentException("CriteriaOptions.Profile is null: leave it unset for the default profile.", nameof(options));
        }

        CheckMode(_options.Mode, nameof(options));
        CheckProfile(_options.Profile);
        var trusted = _catalogs.Where(c => !c.Isolated).ToArray();
        _engine = new CriteriaEngine(trusted.SelectMany(c => c.Criteria).ToArray(), trusted.SelectMany(c => c.QualityRules).ToArray());
        _isolated = _catalogs.Where(c => c.Isolated).Select(c => (c, new CriteriaEngine(c.Criteria, c.QualityRules))).ToArray();
        Criteria = _catalogs.SelectMany(c => c.Criteria).ToArray();
    }

    /// <inheritdoc />
    public IReadOnlyList<CriterionDescriptor> Criteria { get; }

    /// <inheritdoc />
    public Report Evaluate(Dataset dataset, EvaluationSettings? settings = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var activity = Telemetry.Source.StartActivity("criteria.evaluate");
        activity?.SetTag("criteria.graduates", dataset.Graduates.Count);
        var evaluationStarted = Stopwatch.GetTimestamp();
        DatasetContract.Check(dataset); // a dataset built in code obeys the contract a file does
        var profile = settings?.Profile ?? _options.Profile;
        var mode = settings?.Mode ?? _options.Mode;
        CheckMode(mode, nameof(settings));
        if (settings?.ReadingFindings is { } reading && reading.Any(f => f is null))
        {
            throw new ArgumentException("EvaluationSettings.ReadingFindings holds a null finding.", nameof(settings));
        }

        if (settings?.Profile is not null)
        {
            CheckProfile(profile);
        }

        var (structural, index) = DatasetValidator.ValidateAndIndex(dataset, cancellationToken);
        if (mode == EvaluationMode.Strict)
        {
            var errors = structural.Where(f => f.Severity == FindingSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                throw new DatasetRejectedException(settings?.Redact == true ? Redaction.Apply(errors, dataset) : errors); // its message names records too
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var context = new EvaluationContext(dataset.Period, profile, EffectiveOptions(profile));
        var facts = FactResolver.Resolve(dataset, context, index, cancellationToken);

        // Plugins run beside the standard catalog, each under the time budget. The budget bounds the
        // caller's wait: a plugin still running when it passes is abandoned (a .NET thread cannot be
        // stopped; its token is cancelled, and it runs on until its rule returns, its results discarded).
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var bounded = _isolated.Count > 0 && HasBudget(_options.PluginTimeBudget);
        if (bounded)
        {
            budget.CancelAfter(_options.PluginTimeBudget);
        }

        var started = Stopwatch.GetTimestamp();
        var plugins = _isolated
            .Select(p =>
            {
                var progress = new RunProgress();
                return (p.Catalog, Progress: progress, Run: Task.Run(() => Run(p.Engine, facts, budget.Token, progress), CancellationToken.None));
            })
            .ToArray();

        var results = new List<SessionResults> { Run(_engine, facts, cancellationToken) };
        var timedOut = new List<(string Code, Finding? Finding)>();
        foreach (var (catalog, progress, run) in plugins)
        {
            var finished = !bounded || Finish(run, _options.PluginTimeBudget - Stopwatch.GetElapsedTime(started), cancellationToken);
            try
            {
                if (finished)
                {
                    results.Add(run.GetAwaiter().GetResult());
                    continue;
                }
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // the run saw its token in time
            }

            _ = run.ContinueWith(static t => t.Exception, TaskScheduler.Default); // observed, whenever it ends
            var finding = BudgetExceeded(catalog, progress.Stuck(facts));
            Telemetry.PluginBudgetExceeded.Add(1, new KeyValuePair<string, object?>("criteria.plugin", catalog.Id));
            timedOut.AddRange(catalog.Criteria.Select((c, i) => (c.Code, i == 0 ? finding : null)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var failures = results.SelectMany(r => r.Failures.Values).Concat(timedOut.Where(t => t.Finding is not null).Select(t => t.Finding!));
        var failed = results.SelectMany(r => r.Failures.Keys).Concat(timedOut.Select(t => t.Code)).ToHashSet(StringComparer.Ordinal);
        var tallies = new Dictionary<(string Code, string CollegeId), CriterionTally>();
        foreach (var (key, tally) in results.SelectMany(r => r.Tallies))
        {
            tallies[key] = tally;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var findings = (settings?.ReadingFindings ?? [])
            .Concat(structural)
            .Concat(UnownedExtensions.Find(dataset, _extensionOwners, _pluginIds))
            .Concat(results.SelectMany(r => r.AllFindings))
            .Concat(failures);
        var report = ReportBuilder.Build(_catalogId, dataset, facts.Colleges, Criteria, tallies, failed, profile, findings, cancellationToken);
        Telemetry.Evaluated("batch", evaluationStarted, failed);
        return settings?.Redact == true ? Redaction.Apply(report, dataset) : report;
    }

    /// <summary>
    /// Opens a live evaluation of a dataset that follows changes incrementally (see <see cref="LiveEvaluation"/>).
    /// The dataset must be free of data errors: live evaluations keep data valid as strict mode does.
    /// </summary>
    /// <param name="dataset">The starting data.</param>
    /// <param name="profile">The profile; null for the evaluator's.</param>
    /// <param name="cancellationToken">Stops the opening (a region of a million graduates takes seconds).</param>
    /// <returns>The live evaluation.</returns>
    /// <exception cref="DatasetRejectedException">The dataset has data errors (DQ1, DQ2).</exception>
    /// <exception cref="InvalidInputException">The dataset (built in code) breaks the contract, or the profile does not fit the criteria.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public LiveEvaluation OpenLive(Dataset dataset, EvaluationProfile? profile = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        DatasetContract.Check(dataset);
        if (profile is not null)
        {
            CheckProfile(profile);
        }

        profile ??= _options.Profile;
        var (findings, index) = DatasetValidator.ValidateAndIndex(dataset, cancellationToken);
        var errors = findings.Where(f => f.Severity == FindingSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new DatasetRejectedException(errors);
        }

        using var activity = Telemetry.Source.StartActivity("criteria.live.open");
        activity?.SetTag("criteria.graduates", dataset.Graduates.Count);
        var started = Stopwatch.GetTimestamp();
        var context = new EvaluationContext(dataset.Period, profile, EffectiveOptions(profile));
        var facts = FactResolver.Resolve(dataset, context, index, cancellationToken);
        var live = new LiveEvaluation(_catalogId, Criteria, [_engine, .. _isolated.Select(i => i.Engine)], dataset, facts, profile, context, _extensionOwners, _pluginIds, _options.BatchExecution, cancellationToken);
        Telemetry.Evaluated("live.open", started, live.Latest().Report.RegionResults.Where(r => r.Status == ResultStatus.Error).Select(r => r.Code).Distinct(StringComparer.Ordinal));
        return live;
    }

    private SessionResults Run(CriteriaEngine engine, DatasetFacts facts, CancellationToken cancellationToken, RunProgress? progress = null) =>
        _options.BatchExecution == BatchExecution.Compiled
            ? engine.Plan.Run(facts, engine.RuleToCode, cancellationToken, progress)
            : RunRete(engine, facts, cancellationToken, progress);

    private static SessionResults RunRete(CriteriaEngine engine, DatasetFacts facts, CancellationToken cancellationToken, RunProgress? progress)
    {
        var session = engine.Factory.CreateSession();
        var results = new SessionResults(session, engine.RuleToCode);
        if (progress is not null)
        {
            progress.Insert(session, facts.Colleges);
            progress.Insert(session, facts.Events);
        }
        else
        {
            session.InsertAll(facts.Colleges);
            session.InsertAll(facts.Events);
        }

        for (var i = 0; i < facts.Graduates.Count; i += InsertBatch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (progress is not null)
            {
                progress.Insert(session, Slice(facts.Graduates, i, InsertBatch));
            }
            else
            {
                session.InsertAll(Slice(facts.Graduates, i, InsertBatch));
            }
        }

        session.Fire(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return results;
    }

    /// <summary>A budget of <see cref="Timeout.InfiniteTimeSpan"/>, zero or less, or 24 days and more is no budget.</summary>
    private static bool HasBudget(TimeSpan budget) => budget > TimeSpan.Zero && budget < TimeSpan.FromDays(24);

    /// <summary>Waits for a plugin's run until its budget is spent (or the caller cancels); true when it finished.</summary>
    private static bool Finish(Task run, TimeSpan remaining, CancellationToken cancellationToken)
    {
        try
        {
            return run.Wait(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, cancellationToken);
        }
        catch (AggregateException)
        {
            return true; // it ended (with a failure or seeing its token): the caller reads the outcome
        }
    }

    /// <summary>The one RULE finding of a plugin cut off by its budget: names the plugin, the budget and, where known, the record it was on.</summary>
    private Finding BudgetExceeded(CriteriaCatalog catalog, (string Path, string? CollegeId, string? RecordId)? stuck)
    {
        var codes = string.Join(", ", catalog.Criteria.Select(c => c.Code));
        var where = stuck is { } record ? $" It was evaluating {record.Path}{(record.RecordId is { } id ? $" (record '{id}')" : "")} when the budget ran out." : "";
        return new Finding
        {
            Code = FindingCodes.RuleFailed,
            Severity = FindingSeverity.Error,
            CollegeId = stuck?.CollegeId,
            RecordId = stuck?.RecordId,
            Path = stuck?.Path ?? "$",
            Message = $"plugin '{catalog.Id}' did not finish within its time budget of {Describe(_options.PluginTimeBudget)}: its criteria ({codes}) have status error, every other criterion is intact.{where} Its work was abandoned: it runs on in the background until its rule returns, and its results are discarded.",
        };
    }

    private static string Describe(TimeSpan budget) =>
        budget.TotalSeconds >= 1 && budget.Milliseconds == 0 ? $"{budget.TotalSeconds:0} s" : $"{budget.TotalMilliseconds:0} ms";

    private Dictionary<string, JsonElement> EffectiveOptions(EvaluationProfile profile)
    {
        var options = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var catalog in _catalogs)
        {
            if (profile.PluginOptions.TryGetValue(catalog.Id, out var given))
            {
                options[catalog.Id] = given;
            }
            else if (catalog.DefaultOptions is { } defaults)
            {
                options[catalog.Id] = defaults;
            }
        }

        return options;
    }

    private void CheckProfile(EvaluationProfile profile)
    {
        ProfileCheck.Check(profile, _byCode);
        foreach (var id in profile.PluginOptions.Keys)
        {
            if (!_catalogs.Any(c => c.Id == id))
            {
                throw new InvalidInputException(JsonPath.Property("$.plugins", id), $"no plugin with the id '{id}' is loaded");
            }
        }

        foreach (var catalog in _catalogs)
        {
            if (catalog.ValidateOptions is not { } validate)
            {
                continue;
            }

            JsonElement? options = profile.PluginOptions.TryGetValue(catalog.Id, out var given) ? given : catalog.DefaultOptions;
            var problems = validate(options);
            if (problems.Count > 0)
            {
                // Every problem of the options at once, the first one's path in the profile.
                var path = JsonPath.Property("$.plugins", catalog.Id);
                string PathOf(OptionProblem p) => p.Option.Length == 0 ? path : JsonPath.Property(path, p.Option);
                var said = problems.Select(p => p.Option.Length == 0 ? p.Message : $"option '{p.Option}' ({PathOf(p)}) {p.Message}");
                var origin = given.ValueKind == JsonValueKind.Undefined ? " (its default options: the profile has no section for it)" : "";
                throw new InvalidInputException(
                    PathOf(problems[0]),
                    $"plugin '{catalog.Id}'{origin}: {(problems.Count == 1 ? "" : $"{problems.Count} problems: ")}{string.Join("; ", said)}");
            }
        }
    }

    private static IEnumerable<GraduateFact> Slice(IReadOnlyList<GraduateFact> graduates, int start, int count)
    {
        var end = Math.Min(graduates.Count, start + count);
        for (var i = start; i < end; i++)
        {
            yield return graduates[i];
        }
    }

    /// <summary>Refuses a mode that is not one (a cast number would otherwise read as lenient and let data errors through).</summary>
    private static void CheckMode(EvaluationMode mode, string parameter)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(parameter, mode, "The evaluation mode is Strict or Lenient.");
        }
    }
}
