using System.Text.Json;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Reporting;

namespace Criteria.Cli.Commands;

/// <summary>
/// An input of <c>trend</c> or <c>compare</c>: a report (kept as written, with the targets it was made with) or a
/// dataset (evaluated when its turn comes), told apart by content: a report names its <c>catalog</c> at the top.
/// </summary>
internal static class PeriodInput
{
    private const int Window = 64 * 1024; // a report says "catalog" in its first lines; a dataset says "graduates", "employers" or "events"

    private static bool IsReport(ReadOnlySpan<byte> start, bool isFinal)
    {
        var reader = new Utf8JsonReader(start.StartsWith("\uFEFF"u8) ? start[3..] : start, isFinal, default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("catalog"u8) || reader.ValueTextEquals("regionResults"u8))
                    {
                        return true;
                    }

                    if (reader.ValueTextEquals("graduates"u8) || reader.ValueTextEquals("employers"u8) || reader.ValueTextEquals("events"u8))
                    {
                        return false;
                    }
                }
            }
        }
        catch (JsonException)
        {
            // not JSON: the dataset reader says what is wrong, with the line
        }

        return false;
    }

    /// <summary>Reads a report as written, or reads and evaluates a dataset (and lets it go: one dataset at a time is held).</summary>
    /// <remarks>The file is opened once: a pipe (<c>&lt;(…)</c>) is read as a file is, what was read to tell one from the other read again.</remarks>
    public static async Task<Report> ReportOfAsync(FileInfo file, Lazy<CriteriaEvaluator> evaluator, EvaluationSettings settings, CancellationToken cancellationToken)
    {
        FileArgument.RefuseFolder(file);
        var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        DatasetLoadResult loaded;
        await using (stream.ConfigureAwait(false))
        {
            var start = new byte[Window];
            var length = await stream.ReadAtLeastAsync(start, start.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var isReport = IsReport(start.AsSpan(0, length), isFinal: length < Window);
            Stream input = stream;
            if (stream.CanSeek)
            {
                stream.Position = 0;
            }
            else
            {
                input = new PrefixedStream(start.AsMemory(0, length), stream);
            }

            if (isReport)
            {
                try
                {
                    return await ReportReader.ReadAsync(input, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidInputException error)
                {
                    throw new InvalidInputException(error.Path, $"report {file.Name}: {error.Problem}", error.RecordId, error.Line, error.BytePositionInLine, error);
                }
            }

            try
            {
                loaded = await DatasetReader.ReadAsync(input, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidInputException error)
            {
                throw new InvalidInputException(error.Path, $"{file.Name}: {error.Problem}", error.RecordId, error.Line, error.BytePositionInLine, error);
            }
        }

        try
        {
            return evaluator.Value.Evaluate(loaded.Dataset, settings with { ReadingFindings = loaded.Findings }, cancellationToken);
        }
        catch (DatasetRejectedException error) when (error.Errors.Count > 0)
        {
            var first = error.Errors[0];
            throw new InvalidInputException(
                first.Path,
                $"{file.Name}: the dataset has {error.Errors.Count} data error(s), the first: {first.Message} (--lenient leaves such records out)",
                first.RecordId,
                innerException: error);
        }
    }
}
