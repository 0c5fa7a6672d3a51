using System.Globalization;
using System.Text;
using System.Text.Json;
using Criteria.DependencyInjection;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The regional system's host: the evaluator is registered once and shared.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddCriteria().AddStandardCriteria();
using var host = builder.Build();

var evaluator = host.Services.GetRequiredService<ICriteriaEvaluator>();
var baseDirectory = AppContext.BaseDirectory;
var loaded = await DatasetReader.ReadFileAsync(Path.Combine(baseDirectory, "data", "small-region.json"));
var live = evaluator.OpenLive(loaded.Dataset);
Console.OutputEncoding = Encoding.UTF8;
Console.WriteLine($"Live evaluation of «{loaded.Dataset.Region}»: {loaded.Dataset.Colleges.Count} colleges, {loaded.Dataset.Graduates.Count} graduates.");

using var changes = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(baseDirectory, "changes.json")));
foreach (var change in changes.RootElement.EnumerateArray())
{
    Console.WriteLine();
    Console.WriteLine($"> {change.GetProperty("description").GetString()}");
    try
    {
        ChangeFeed.Apply(live, change, loaded.Dataset.Period);
    }
    catch (DatasetRejectedException rejected)
    {
        Console.WriteLine($"  rejected: {rejected.Errors[0].Message}");
        continue;
    }

    foreach (var result in live.TakeChanges().Where(c => c.Result.Cohort == Criteria.Catalog.Cohort.All))
    {
        var scope = result.CollegeId ?? "region";
        var value = result.Result.HasRatio
            ? $"{result.Result.Numerator?.ToString(CultureInfo.InvariantCulture) ?? "—"} / {result.Result.Denominator?.ToString(CultureInfo.InvariantCulture) ?? "—"}"
            : result.Result.Value.ToString();
        Console.WriteLine($"  {scope,-7} {result.Result.Code,-5} {value,-9} {result.Result.Status}");
    }
}

var report = live.Snapshot();
Console.WriteLine();
Console.WriteLine($"Now: {report.Findings.Count} data-quality findings; the live report equals a fresh evaluation: {ReportWriter.ToJson(report) == ReportWriter.ToJson(evaluator.Evaluate(live.Dataset))}.");
return 0;
