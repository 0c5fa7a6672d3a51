using Criteria.Evaluation;
using Microsoft.Extensions.Hosting;

/// <summary>
/// A reader on another thread, as a dashboard or an API handler would be: it takes the latest published
/// snapshot whenever it likes, while the writer works — it never waits and never sees a half-applied batch.
/// </summary>
internal sealed class Dashboard(LiveEvaluation live) : BackgroundService
{
    private long _reads;
    private long _highest;

    /// <summary>How many snapshots it read, and the highest batch it saw.</summary>
    public (long Reads, long Highest) Seen => (Interlocked.Read(ref _reads), Interlocked.Read(ref _highest));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var snapshot = live.Latest();
            Interlocked.Increment(ref _reads);
            Interlocked.Exchange(ref _highest, Math.Max(Interlocked.Read(ref _highest), snapshot.Sequence));
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
