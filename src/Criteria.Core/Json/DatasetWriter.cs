using System.Text.Json;
using Criteria.Facts;
using Criteria.Json.Contract;

namespace Criteria.Json;

/// <summary>
/// Writes datasets in contract version 1: what <see cref="DatasetReader"/> reads back equal.
/// Absent and false values are left out, as the contract gives them the same meaning; Cyrillic is
/// written as UTF-8. Thread-safe.
/// </summary>
public static class DatasetWriter
{
    /// <summary>Writes a dataset to a stream as UTF-8 JSON.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="indented">True for indented output, for people; false for compact output.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the dataset is written and flushed.</returns>
    public static Task WriteAsync(Dataset dataset, Stream utf8Json, bool indented = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var context = indented ? ContractJsonContext.Indented : ContractJsonContext.Compact;
        return JsonSerializer.SerializeAsync(utf8Json, DatasetDocuments.From(dataset), context.DatasetDocument, cancellationToken);
    }

    /// <summary>Writes a dataset to a file, replacing it.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="indented">True for indented output.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static async Task WriteFileAsync(Dataset dataset, string path, bool indented = false, CancellationToken cancellationToken = default)
    {
        FilePaths.RefuseFolder(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(dataset, stream, indented, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes a dataset as UTF-8 JSON bytes.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">True for indented output.</param>
    /// <returns>The document.</returns>
    public static byte[] ToUtf8Bytes(Dataset dataset, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var context = indented ? ContractJsonContext.Indented : ContractJsonContext.Compact;
        return JsonSerializer.SerializeToUtf8Bytes(DatasetDocuments.From(dataset), context.DatasetDocument);
    }

    /// <summary>Writes a dataset as JSON text.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">True for indented output.</param>
    /// <returns>The document.</returns>
    public static string ToJson(Dataset dataset, bool indented = false) =>
        System.Text.Encoding.UTF8.GetString(ToUtf8Bytes(dataset, indented));
}
