namespace Criteria.Json;

/// <summary>
/// A dataset or profile breaks its contract (docs/dataset.md, "Bad input"). Nothing of the
/// document is used: there is no partial result. The exception names where the problem is (the JSON
/// path, and the line and byte position where the reader knew them), the record when it has an id,
/// and the problem in words a data clerk understands.
/// </summary>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path of the offending value, for example <c>$.graduates[17].outcome.status</c>.</param>
    /// <param name="problem">What is wrong, without the path.</param>
    /// <param name="recordId">The id of the record that holds the value, when known.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="bytePositionInLine">The 1-based byte position in the line, when known.</param>
    /// <param name="innerException">The reader's exception, when there was one.</param>
    public InvalidInputException(
        string path,
        string problem,
        string? recordId = null,
        long? line = null,
        long? bytePositionInLine = null,
        Exception? innerException = null)
        : base(Format(path, problem, recordId, line, bytePositionInLine), innerException)
    {
        Path = path;
        Problem = problem;
        RecordId = recordId;
        Line = line;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>The JSON path of the offending value; <c>$</c> for the document as a whole.</summary>
    public string Path { get; }

    /// <summary>What is wrong, in words, without the path.</summary>
    public string Problem { get; }

    /// <summary>The id of the record that holds the value; null when unknown or when the record has none.</summary>
    public string? RecordId { get; }

    /// <summary>The 1-based line of the problem; null when the reader did not know it.</summary>
    public long? Line { get; }

    /// <summary>The 1-based byte position in <see cref="Line"/>; null when unknown.</summary>
    public long? BytePositionInLine { get; }

    private static string Format(string path, string problem, string? recordId, long? line, long? position)
    {
        var record = recordId is null ? "" : $" (record '{recordId}')";
        var where = line is null ? "" : position is null ? $" [line {line}]" : $" [line {line}, byte {position}]";
        return $"{path}{record}: {problem}{where}";
    }
}
