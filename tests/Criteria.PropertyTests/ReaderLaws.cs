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

    private static Property Same(byte[] bytes)
    {
        var reference = Outcome(() => DatasetReader.ReadWithContractSerializer(bytes));
        var read = Outcome(() => DatasetReader.Read(bytes));
        // Streamed, the serializer may name a truncated document's error at another depth than in memory: a
        // stream is held to the serializer reading the same stream (one that cannot seek is read by it alone).
        var streamed = Outcome(() => DatasetReader.ReadAsync(new MemoryStream(bytes)).GetAwaiter().GetResult());
        var streamedReference = Outcome(() => DatasetReader.ReadAsync(new ForwardOnlyStream(bytes)).GetAwaiter().GetResult());
        return (read == reference).Label($"read: {read}\nserializer: {reference}")
            .And((streamed == streamedReference).Label($"streamed: {streamed}\nserializer: {streamedReference}"));
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

    /// <summary>A stream that can only be read forward (a network body): the reader cannot read it twice.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
