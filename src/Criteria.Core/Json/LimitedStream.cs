namespace Criteria.Json;

/// <summary>A read-only view of a stream that refuses to read past a limit, with a clear error.</summary>
internal sealed class LimitedStream(Stream inner, long limit) : Stream
{
    private long _read;

    /// <summary>Opens a contract file for one sequential read, refusing it at once when it is larger than the limit.</summary>
    public static FileStream OpenFile(string path, long? maxBytes)
    {
        CheckLimit(maxBytes);
        FilePaths.RefuseFolder(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        if (maxBytes is { } limit && stream.CanSeek && stream.Length > limit) // a pipe has no length: the limit holds as it is read
        {
            var size = stream.Length;
            stream.Dispose();
            throw TooLarge(size, limit);
        }

        return stream;
    }

    /// <summary>The stream, limited when there is a limit.</summary>
    public static Stream Limit(Stream stream, long? maxBytes)
    {
        CheckLimit(maxBytes);
        return maxBytes is { } limit ? new LimitedStream(stream, limit) : stream;
    }

    /// <summary>Refuses a limit below zero: it would refuse every input with a message about its size.</summary>
    private static void CheckLimit(long? maxBytes)
    {
        if (maxBytes is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "The largest input accepted is 0 bytes or more; null for no limit.");
        }
    }

    public static InvalidInputException TooLarge(long size, long limit) =>
        new(JsonPath.Root, $"the input is {(size > limit ? size.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes" : "larger than the limit")}; at most {limit} bytes are accepted (an option of the reader)");

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        return _read > limit ? throw TooLarge(size: 0, limit) : read; // what was read so far is not the input's size: "larger than the limit"
    }
}
