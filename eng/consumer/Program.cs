using Criteria.DependencyInjection;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Rules;
using Criteria.Samples.Mentoring;
using Criteria.Sdk.Plugins;
using Microsoft.Extensions.DependencyInjection;

// The library in a user's program: DI registration, the standard catalog, a plugin from a package,
// the bundled sample evaluated. Any missing assembly or file in a package fails here.
using var provider = new ServiceCollection()
    .AddCriteria()
    .AddStandardCriteria()
    .AddPlugin<MentoringPlugin>()
    .Services
    .BuildServiceProvider();

var evaluator = provider.GetRequiredService<ICriteriaEvaluator>();
var loaded = await DatasetReader.ReadFileAsync(args[0]);
var report = evaluator.Evaluate(loaded.Dataset, new EvaluationSettings { ReadingFindings = loaded.Findings });
var live = evaluator.OpenLive(loaded.Dataset);
var same = ReportWriter.ToJson(live.Snapshot()) == ReportWriter.ToJson(report);

var codes = report.Criteria.Select(c => c.Code).ToArray();
var region21 = report.RegionResults.First(r => r.Code == "2.1");
Console.WriteLine($"consumer: {codes.Length} criteria ({codes[0]} … {codes[^1]}), region 2.1 = {region21.Numerator}/{region21.Denominator}, live = batch: {same}");
return codes.Length == 26 && codes.Contains("M.1") && region21.Numerator == 1 && region21.Denominator == 4 && same ? 0 : 1;
