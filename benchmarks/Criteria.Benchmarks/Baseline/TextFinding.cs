namespace Criteria.Benchmarks.Baseline;

/// <summary>A finding written out in full: its college, record, path and message.</summary>
/// <param name="CollegeId">The college concerned, if any.</param>
/// <param name="RecordId">The record's id, if any.</param>
/// <param name="Path">The JSON path.</param>
/// <param name="Message">The message.</param>
internal sealed record TextFinding(string? CollegeId, string? RecordId, string Path, string Message);
