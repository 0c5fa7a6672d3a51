namespace Criteria.Quality;

/// <summary>
/// A data-quality finding: it stands beside the results and never changes a number silently.
/// </summary>
public sealed record Finding
{
    /// <summary>The code, for example <c>DQ2</c> (see <see cref="FindingCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required FindingSeverity Severity { get; init; }

    /// <summary>The college concerned; null when the finding concerns no college.</summary>
    public string? CollegeId { get; init; }

    /// <summary>The id of the record concerned; null when the record has none.</summary>
    public string? RecordId { get; init; }

    /// <summary>Where in the document, as a JSON path: <c>$.events[0].participantIds[2]</c>.</summary>
    public required string Path { get; init; }

    /// <summary>What is wrong, in words for the person who keeps the data.</summary>
    public required string Message { get; init; }

    /// <summary>The finding on one line: code, severity, path and message.</summary>
    public override string ToString() => $"{Code} {Severity.ToString().ToLowerInvariant()} {Path}: {Message}";
}
