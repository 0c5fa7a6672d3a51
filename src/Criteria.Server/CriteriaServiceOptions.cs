using Criteria.Evaluation;
using Criteria.Profiles;

namespace Criteria.Server;

/// <summary>How the evaluation service runs: where it listens, what it evaluates with, who may call it and how much it takes. Immutable.</summary>
public sealed record CriteriaServiceOptions
{
    /// <summary>The address the service listens on when none is given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The evaluator (the standard catalog and any plugins), compiled once.</summary>
    public required CriteriaEvaluator Evaluator { get; init; }

    /// <summary>The profile every evaluation and the live region use; null for the evaluator's.</summary>
    public EvaluationProfile? Profile { get; init; }

    /// <summary>Where to listen (<c>;</c>-separated). Default <see cref="DefaultUrls"/>.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>
    /// The bearer token every request must carry (<c>Authorization: Bearer …</c>); required when the service
    /// listens anywhere but loopback. Take it from an environment variable or a file, never the command line.
    /// </summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted, in bytes (a dataset). Default 1 GiB.</summary>
    public long MaxRequestBytes { get; init; } = 1L << 30;

    /// <summary>Requests evaluated at once; more wait in a queue of <see cref="MaxQueuedRequests"/>, then get 503. Default 4.</summary>
    public int MaxConcurrentRequests { get; init; } = 4;

    /// <summary>Requests that may wait for their turn. Default 64.</summary>
    public int MaxQueuedRequests { get; init; } = 64;

    /// <summary>How many change batches <c>GET /live/changes?since=N</c> can look back over. Default 10,000.</summary>
    public int ChangeHistory { get; init; } = 10_000;
}
