using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.PropertyTests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Criteria.PropertyTests;

/// <summary>
/// The reader binds graduates in the common case straight from their bytes; every document — valid,
/// edited without breaking the contract (reordered, nulls, unknown properties, BOM), or broken — must
/// read exactly as the contract's serializer alone reads it: the same records, the same reading
/// findings, the same findings' order in a report, and the same error (path, line, position, problem).
/// </summary>
public sealed class ReaderLaws
{
    [Law]
    public Property A_valid_or_harmlessly_edited_document_reads_as_the_serializer_reads_it(Dataset dataset, HarmlessEdit[] edits)
    {
        var bytes = DatasetWriter.ToUtf8Bytes(dataset);
        foreach (var edit in edits)
        {
            bytes = edit.Apply(bytes);
        }

        return Same(bytes).Label(string.Join(", ", edits.Select(e => e.ToString())));
    }

    [Law]
    public Property Records_without_extensions_read_from_their_bytes_as_the_serializer_reads_them(Dataset dataset, HarmlessEdit[] edits)
    {
        // Graduates, events and employers with extension data are read by the serializer: without it, most
        // take the path from the bytes.
        var bytes = DatasetWriter.ToUtf8Bytes(dataset with
        {
            Graduates = [.. dataset.Graduates.Select(g => g with { Extensions = ExtensionData.Empty })],
            Events = [.. dataset.Events.Select(e => e with { Extensions = ExtensionData.Empty })],
            Employers = [.. dataset.Employers.Select(e => e with { Extensions = ExtensionData.Empty })],
        });
        foreach (var edit in edits.Where(e => e is not HarmlessEdit.AddUnknown))
        {
            bytes = edit.Apply(bytes);
        }

        return Same(bytes).Label(string.Join(", ", edits.Select(e => e.ToString())));
    }

    [Property(Arbitrary = [typeof(DatasetArbitraries)], MaxTest = 3_000, QuietOnSuccess = true)]
    public Property A_broken_document_is_refused_as_the_serializer_refuses_it(Dataset dataset, Mutation[] mutations)
    {
        var bytes = DatasetWriter.ToUtf8Bytes(dataset);
        foreach (var mutation in mutations)
        {
            bytes = mutation.Apply(bytes.Length == 0 ? [(byte)'{'] : bytes);
        }

        return Same(bytes).Label(string.Join(", ", mutations.Select(m => m.ToString())));
    }

    [Fact]
    public void A_graduate_out_of_the_common_case_is_read_by_the_serializer_among_common_ones()
    {
        // The first and last graduates are common; the middle one has its properties out of order, an
        // unknown property and extension data: the reader hands it to the serializer and goes on.
        var json = """
            {"schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"},
             "colleges":[{"id":"c1"}],
             "graduates":[
              {"id":"g1","collegeId":"c1","resumes":[{"postedInAis":true}],"outcome":{"status":"employed"}},
              {"outcome":{"status":"unknown","note":1},"id":"g2","collegeId":"c1","extensions":{"p":{"x":[1,"y"]}}},
              {"id":"g3","collegeId":"c1","ais":{"registered":true,"careerTrack":{}},"outcome":{"status":"excluded"}}]}
            """u8.ToArray();
        var read = DatasetReader.Read(json);
        var reference = DatasetReader.ReadWithContractSerializer(json);
        Assert.Equal(reference.Dataset, read.Dataset);
        Assert.Equal(reference.Findings, read.Findings);
        Assert.Equal(3, read.Dataset.Graduates.Count);
        Assert.Equal("$.graduates[1].outcome.note", Assert.Single(read.Findings).Path);
        Assert.NotNull(read.Dataset.Graduates[2].Ais.CareerTrack); // an empty track object is a track
    }

    [Fact]
    public async Task An_error_inside_a_graduate_names_the_value_from_a_file_and_from_a_stream_that_cannot_seek()
    {
        var json = """
            {"schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"},
             "colleges":[{"id":"c1"}],
             "graduates":[{"id":"g1","collegeId":"c1","outcome":{"status":"employed"}},
              {"id":"g2","collegeId":"c1","resumes":[{"postedInAis":"yes"}],"outcome":{"status":"employed"}}]}
            """u8.ToArray();
        var expected = Assert.Throws<InvalidInputException>(() => DatasetReader.ReadWithContractSerializer(json));
        Assert.Equal("$.graduates[1].resumes[0].postedInAis", expected.Path);
        foreach (var stream in new Stream[] { new MemoryStream(json), new ForwardOnlyStream(json) })
        {
            var error = await Assert.ThrowsAsync<InvalidInputException>(() => DatasetReader.ReadAsync(stream));
            Assert.Equal((expected.Path, expected.Line, expected.BytePositionInLine, expected.Problem), (error.Path, error.Line, error.BytePositionInLine, error.Problem));
        }

        Assert.Equal(expected.Message, Assert.Throws<InvalidInputException>(() => DatasetReader.Read(json)).Message);
    }

    [Fact]
    public async Task A_document_in_the_common_case_is_read_from_its_bytes_wherever_the_data_ends()
    {
        // The path from the bytes must not give up on a common document (it would be right, but slow):
        // read a few bytes at a time, every place of the document is once the end of the data.
        var bytes = DatasetWriter.ToUtf8Bytes(Criteria.Samples.SampleDatasetGenerator.Generate(new Criteria.Samples.SampleDatasetOptions { Colleges = 3, Graduates = 300, Seed = 4 }));
        Assert.NotNull(Utf8DatasetReader.TryRead(bytes, new DatasetBinder()));
        Assert.NotNull(await Utf8DatasetReader.TryReadAsync(new MemoryStream(bytes), new DatasetBinder(), CancellationToken.None));
        Assert.NotNull(await Utf8DatasetReader.TryReadAsync(new TrickleStream(bytes, canSeek: true), new DatasetBinder(), CancellationToken.None));
    }

    [Fact]
    public async Task A_region_larger_than_the_reading_buffer_reads_as_the_serializer_reads_it()
    {
        // Several megabytes: sections and graduates cross the reader's buffer, which also grows for a large record.
        var dataset = Criteria.Samples.SampleDatasetGenerator.Generate(new Criteria.Samples.SampleDatasetOptions { Colleges = 30, Graduates = 20_000, Seed = 3 });
        var bytes = DatasetWriter.ToUtf8Bytes(dataset with
        {
            Colleges = [.. dataset.Colleges.Select((c, i) => i == 7 ? c with { Name = new string('я', 4000) } : c)],
        });
        var expected = Outcome(() => DatasetReader.ReadWithContractSerializer(bytes));
        Assert.True(bytes.Length > 4 << 20, $"{bytes.Length} bytes");
        Assert.Equal(expected, Outcome(() => DatasetReader.ReadAsync(new MemoryStream(bytes)).GetAwaiter().GetResult()));
        var file = Path.Combine(Path.GetTempPath(), $"criteria-reader-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllBytesAsync(file, bytes);
            Assert.Equal(expected, Outcome(() => DatasetReader.ReadFileAsync(file).GetAwaiter().GetResult()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Property Same(byte[] bytes)
    {
        var reference = Outcome(() => DatasetReader.ReadWithContractSerializer(bytes));
        var read = Outcome(() => DatasetReader.Read(bytes));
        // Streamed, the serializer may name a truncated document's error at another depth than in memory: a
        // stream is held to the serializer reading the same stream (one that cannot seek is read by it alone).
        var streamed = Outcome(() => DatasetReader.ReadAsync(new MemoryStream(bytes)).GetAwaiter().GetResult());
        var streamedReference = Outcome(() => DatasetReader.ReadAsync(new ForwardOnlyStream(bytes)).GetAwaiter().GetResult());
        // A stream that gives a few bytes at a time puts the end of the data at every place of the document.
        var trickled = Outcome(() => DatasetReader.ReadAsync(new TrickleStream(bytes, canSeek: true)).GetAwaiter().GetResult());
        var trickledReference = Outcome(() => DatasetReader.ReadAsync(new TrickleStream(bytes, canSeek: false)).GetAwaiter().GetResult());
        return (read == reference).Label($"read: {read}\nserializer: {reference}")
            .And((streamed == streamedReference).Label($"streamed: {streamed}\nserializer: {streamedReference}"))
            .And((trickled == trickledReference).Label($"trickled: {trickled}\nserializer: {trickledReference}"));
    }

    /// <summary>What a reading gives, as text: the dataset as written, the findings, the findings of its evaluation in report order; or the error.</summary>
    private static string Outcome(Func<DatasetLoadResult> read)
    {
        try
        {
            var loaded = read();
            var report = Laws.Evaluator.Evaluate(loaded.Dataset, new EvaluationSettings { Mode = EvaluationMode.Lenient, ReadingFindings = loaded.Findings });
            return System.Text.Encoding.UTF8.GetString(DatasetWriter.ToUtf8Bytes(loaded.Dataset)) + "\n"
                + string.Join("\n", loaded.Findings) + "\n"
                + string.Join("\n", report.Findings);
        }
        catch (InvalidInputException error)
        {
            return $"refused: {error.Path} line {error.Line} position {error.BytePositionInLine} record {error.RecordId}: {error.Problem}";
        }
    }

    /// <summary>A stream that gives 1 to 7 bytes a read (a slow network), seekable or not.</summary>
    private sealed class TrickleStream(byte[] bytes, bool canSeek) : MemoryStream(bytes)
    {
        private int _turn;

        public override bool CanSeek => canSeek;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1 + (_turn++ % 7)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1 + (_turn++ % 7))]);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));
    }

    /// <summary>A stream that can only be read forward (a network body): the reader cannot read it twice.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
