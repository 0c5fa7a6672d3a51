using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Criteria.Diagnostics;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Rendering;
using Criteria.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Criteria.Server;

/// <summary>
/// The evaluation service (docs/service.md): an ASP.NET Core minimal API over one compiled evaluator, for systems
/// that are not .NET. Loopback only unless a bearer token is set; request size and concurrency bounded; a client
/// that goes away cancels its evaluation.
/// </summary>
public static class CriteriaService
{
    /// <summary>Builds the service (not started: <c>await app.RunAsync()</c>, or <c>StartAsync</c> in a host of your own).</summary>
    /// <param name="options">How it runs.</param>
    /// <returns>The application.</returns>
    /// <exception cref="ArgumentException">The service would listen beyond loopback without a bearer token, or an address is not a URL.</exception>
    public static WebApplication Create(CriteriaServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var urls = options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (string.IsNullOrEmpty(options.Token) && urls.Any(url => !IsLoopback(url)))
        {
            throw new ArgumentException(
                $"The service would listen on {string.Join(", ", urls.Where(u => !IsLoopback(u)))}, beyond loopback, without a bearer token: set one (CRITERIA_SERVE_TOKEN or --token-file), or listen on 127.0.0.1.",
                nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.AddConcurrencyLimiter("evaluations", o =>
            {
                o.PermitLimit = Math.Max(1, options.MaxConcurrentRequests);
                o.QueueLimit = Math.Max(0, options.MaxQueuedRequests);
                o.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
        });
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(CriteriaTelemetry.Name).AddPrometheusExporter());
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new LiveRegion(options.ChangeHistory));

        var app = builder.Build();
        if (!string.IsNullOrEmpty(options.Token))
        {
            app.Use(BearerToken(options.Token));
        }

        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapPrometheusScrapingEndpoint();
        ServiceEndpoints.Map(app, options);
        return app;
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"'{url}' is not an address to listen on (http://127.0.0.1:5080).", nameof(url));
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>Every request carries <c>Authorization: Bearer &lt;token&gt;</c>, compared in constant time; else 401 with problem details.</summary>
    private static Func<HttpContext, RequestDelegate, Task> BearerToken(string token)
    {
        var expected = System.Text.Encoding.UTF8.GetBytes("Bearer " + token);
        return async (context, next) =>
        {
            var given = System.Text.Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
            if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(given, expected))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await Problems.Message(StatusCodes.Status401Unauthorized, "A bearer token is required", "Send Authorization: Bearer <token> (the token the service was started with).")
                    .ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        };
    }
}
