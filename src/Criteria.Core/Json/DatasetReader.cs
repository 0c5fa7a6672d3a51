using System.Text;
using System.Text.Json;
using Criteria.Collections;
using Criteria.Json.Contract;

namespace Criteria.Json;

/// <summary>
/// Reads datasets of contract version 1 (docs/dataset.md) strictly: a document that breaks the
/// contract throws <see cref="InvalidInputException"/> naming the JSON path, the line where known,
/// and the problem; there is never a partial result. Unknown properties are reported as DQ10
/// warnings in the result. Thread-safe.
/// </summary>
public static class DatasetReader
{
    /// <summary>Reads a dataset from a UTF-8 JSON stream, streaming.</summary>
    /// <param name="utf8Json">The stream; it is read to its end and not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The dataset and the findings of reading.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static Task<DatasetLoadResult> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadAsync(utf8Json, maxBytes: null, cancellationToken);

    /// <summary>Reads a dataset from a UTF-8 JSON stream, streaming, refusing more than <paramref name="maxBytes"/>.</summary>
    /// <param name="utf8Json">The stream; it is read to its end (or to the limit) and not closed.</param>
    /// <param name="maxBytes">The largest input accepted; null for no limit.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The dataset and the findings of reading.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract or is larger than the limit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is below zero.</exception>
    public static async Task<DatasetLoadResult> ReadAsync(Stream utf8Json, long? maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        if (utf8Json.CanSeek)
        {
            // The common case is read straight from the bytes; a document it does not expect, or one that
            // breaks the contract, is read again by the contract's serializer, whose findings and errors count.
            var start = utf8Json.Position;
            var binder = new DatasetBinder(cancellationToken);
            try
            {
                if (await Utf8DatasetReader.TryReadAsync(LimitedStream.Limit(utf8Json, maxBytes), binder, cancellationToken).ConfigureAwait(false) is { } document)
                {
                    return Bind(document, binder);
                }
            }
            catch (Exception error) when (BreaksTheContract(error) && !cancellationToken.IsCancellationRequested)
            {
                // read again below
            }

            utf8Json.Position = start;
        }

        return await ReadAsync(utf8Json, maxBytes, ContractJsonContext.Reading, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DatasetLoadResult> ReadAsync(Stream utf8Json, long? maxBytes, ContractJsonContext context, CancellationToken cancellationToken)
    {
        DatasetDocument? document;
        var input = LimitedStream.Limit(utf8Json, maxBytes);
        var binder = new DatasetBinder(cancellationToken);
        try
        {
            using (binder.Enter()) // graduates are bound as they are read: their documents never all exist at once
            {
                document = await JsonSerializer.DeserializeAsync(input, context.DatasetDocument, cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (JsonException exception)
        {
            throw ContractErrors.From(exception);
        }

        return Bind(document, binder);
    }

    /// <summary>Reads a dataset from a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The dataset and the findings of reading.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Task<DatasetLoadResult> ReadFileAsync(string path, CancellationToken cancellationToken = default) =>
        ReadFileAsync(path, maxBytes: null, cancellationToken);

    /// <summary>Reads a dataset from a file, refusing a file larger than <paramref name="maxBytes"/> before reading it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="maxBytes">The largest input accepted; null for no limit.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The dataset and the findings of reading.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract or is larger than the limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is below zero.</exception>
    public static async Task<DatasetLoadResult> ReadFileAsync(string path, long? maxBytes, CancellationToken cancellationToken = default)
    {
        var stream = LimitedStream.OpenFile(path, maxBytes);
        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, maxBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a dataset from UTF-8 JSON in memory.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The dataset and the findings of reading.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static DatasetLoadResult Read(ReadOnlySpan<byte> utf8Json)
    {
        utf8Json = WithoutPreamble(utf8Json);
        var binder = new DatasetBinder();
        try
        {
            if (Utf8DatasetReader.TryRead(utf8Json, binder) is { } document)
            {
                return Bind(document, binder);
            }
        }
        catch (Exception error) when (BreaksTheContract(error))
        {
            // read again below (see ReadAsync)
        }

        return Read(utf8Json, ContractJsonContext.Reading);
    }

    /// <summary>Reads as <see cref="Read(ReadOnlySpan{byte})"/> with the contract's serializer alone (no graduate bound from its bytes): the reference the laws hold the reader to.</summary>
    internal static DatasetLoadResult ReadWithContractSerializer(ReadOnlySpan<byte> utf8Json) =>
        Read(WithoutPreamble(utf8Json), ContractJsonContext.Reading);

    /// <summary>The document without a UTF-8 byte order mark, as the stream reader skips it.</summary>
    private static ReadOnlySpan<byte> WithoutPreamble(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.StartsWith(Encoding.UTF8.Preamble) ? utf8Json[Encoding.UTF8.Preamble.Length..] : utf8Json;

    /// <summary>What reading from the bytes throws on a document that breaks the contract (invalid UTF-8 included): read it again to report it exactly.</summary>
    private static bool BreaksTheContract(Exception error) => error is JsonException or InvalidInputException or InvalidOperationException;

    private static DatasetLoadResult Read(ReadOnlySpan<byte> utf8Json, ContractJsonContext context)
    {
        DatasetDocument? document;
        var binder = new DatasetBinder();
        try
        {
            using (binder.Enter())
            {
                document = JsonSerializer.Deserialize(utf8Json, context.DatasetDocument);
            }
        }
        catch (JsonException exception)
        {
            throw ContractErrors.From(exception);
        }

        return Bind(document, binder);
    }

    /// <summary>Reads a dataset from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The dataset and the findings of reading.</returns>
    /// <exception cref="InvalidInputException">The document breaks the contract.</exception>
    public static DatasetLoadResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    private static DatasetLoadResult Bind(DatasetDocument? document, DatasetBinder binder)
    {
        if (document is null)
        {
            throw new InvalidInputException(JsonPath.Root, "expected a JSON object, found null");
        }

        var dataset = binder.Bind(document);
        DatasetContract.MarkRead(dataset);
        binder.Layout.AttachTo(dataset);
        return new DatasetLoadResult(dataset, binder.Findings.ToValueArray());
    }
}
