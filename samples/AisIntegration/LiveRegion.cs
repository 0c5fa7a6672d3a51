using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Criteria.Catalog;
using Criteria.Evaluation;
using Microsoft.Extensions.Hosting;

/// <summary>
/// The writer: consumes the AIS change feed in batches (one message, one atomic batch), applies each to the
/// live evaluation, and hands the results that moved to whoever publishes them (here, the console). When
/// the feed ends, it stops the host.
/// </summary>
internal sealed class LiveRegion(LiveEvaluation live, ChannelReader<JsonElement> feed, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in feed.ReadAllAsync(stoppingToken))
        {
            Console.WriteLine();
            Console.WriteLine($"> {message.GetProperty("description").GetString()}");
            try
            {
                var sequence = await live.ApplyAsync(ChangeFeed.ToBatch(message), stoppingToken);
                Console.WriteLine($"  applied as batch {sequence}");
            }
            catch (DatasetRejectedException rejected)
            {
                Console.WriteLine($"  rejected: {rejected.Errors[0].Message}");
                continue;
            }

            foreach (var result in live.TakeChanges().Where(c => c.Result.Cohort == Cohort.All))
            {
                var scope = result.CollegeId ?? "region";
                var value = result.Result.HasRatio
                    ? $"{result.Result.Numerator?.ToString(CultureInfo.InvariantCulture) ?? "—"} / {result.Result.Denominator?.ToString(CultureInfo.InvariantCulture) ?? "—"}"
                    : result.Result.Value.ToString();
                Console.WriteLine($"  {scope,-7} {result.Result.Code,-5} {value,-9} {result.Result.Status}");
            }
        }

        lifetime.StopApplication();
    }
}
