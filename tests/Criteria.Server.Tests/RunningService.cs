using Criteria.Evaluation;
using Criteria.Profiles;
using Criteria.Rules;
using Microsoft.AspNetCore.Builder;

namespace Criteria.Server.Tests;

/// <summary>The service started on a real Kestrel on loopback (a port the system chooses), and a client for it.</summary>
internal sealed class RunningService : IAsyncDisposable
{
    public static readonly CriteriaEvaluator Evaluator = new([StandardCatalog.Catalog]);

    private readonly WebApplication _app;

    private RunningService(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<RunningService> StartAsync(EvaluationProfile? profile = null, string? token = null, int history = 10_000, long maxRequestBytes = 1L << 30)
    {
        var app = CriteriaService.Create(new CriteriaServiceOptions
        {
            Evaluator = Evaluator,
            Profile = profile,
            Urls = "http://127.0.0.1:0",
            Token = token,
            ChangeHistory = history,
            MaxRequestBytes = maxRequestBytes,
        });
        await app.StartAsync();
        return new RunningService(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(2) });
    }

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string Golden(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
