using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Criteria.DependencyInjection;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The regional system's host: the evaluator is registered once and shared; one live evaluation of the
// region is opened at start; a writer consumes the AIS change feed in batches while a reader on another
// thread takes snapshots; the library's metrics are exported (here: summed to the console).
Console.OutputEncoding = Encoding.UTF8;
using var metrics = new MetricsConsole();
var baseDirectory = AppContext.BaseDirectory;
var loaded = await DatasetReader.ReadFileAsync(Path.Combine(baseDirectory, "data", "small-region.json"));

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddCriteria().AddStandardCriteria();
builder.Services.AddSingleton(provider => provider.GetRequiredService<ICriteriaEvaluator>().OpenLive(loaded.Dataset));
var feed = Channel.CreateUnbounded<JsonElement>();
builder.Services.AddSingleton(feed.Reader);
builder.Services.AddSingleton<Dashboard>();
builder.Services.AddHostedService(provider => provider.GetRequiredService<Dashboard>());
builder.Services.AddHostedService<LiveRegion>();
using var host = builder.Build();

var live = host.Services.GetRequiredService<LiveEvaluation>();
var evaluator = host.Services.GetRequiredService<ICriteriaEvaluator>();
var dashboard = host.Services.GetRequiredService<Dashboard>();
Console.WriteLine($"Live evaluation of «{loaded.Dataset.Region}»: {loaded.Dataset.Colleges.Count} colleges, {loaded.Dataset.Graduates.Count} graduates.");

// The feed: here a file of messages; in production a queue the AIS writes to.
using var messages = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(baseDirectory, "changes.json")));
foreach (var message in messages.RootElement.EnumerateArray())
{
    await feed.Writer.WriteAsync(message.Clone());
}

feed.Writer.Complete();
await host.RunAsync();

var latest = live.Latest();
var (reads, highest) = dashboard.Seen;
Console.WriteLine();
Console.WriteLine($"The dashboard read {reads} snapshots without waiting; the last it saw was batch {highest}.");
Console.WriteLine($"Now (batch {latest.Sequence}): {latest.Report.Findings.Count} data-quality findings; the live report equals a fresh evaluation: {ReportWriter.ToJson(latest.Report) == ReportWriter.ToJson(evaluator.Evaluate(latest.Dataset))}.");
Console.WriteLine("Metrics (meter 'Criteria'):");
metrics.Print();
return 0;
