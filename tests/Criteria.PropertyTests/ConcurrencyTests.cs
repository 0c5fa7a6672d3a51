using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Samples;

namespace Criteria.PropertyTests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Eight_threads_of_a_hundred_evaluations_each_get_exactly_their_sequential_results()
    {
        var datasets = Enumerable.Range(1, 8).Select(seed => SampleDatasetGenerator.Generate(new SampleDatasetOptions { Colleges = 3 + seed, Graduates = 100 * seed, Seed = seed })).ToArray();
        var expected = datasets.Select(d => ReportWriter.ToJson(Laws.Evaluate(d))).ToArray();

        var mismatches = 0;
        var evaluations = 0;
        var threads = Enumerable.Range(0, 8).Select(t => Task.Factory.StartNew(
            () =>
            {
                for (var i = 0; i < 100; i++)
                {
                    var which = (t + i) % datasets.Length;
                    if (ReportWriter.ToJson(Laws.Evaluate(datasets[which])) != expected[which])
                    {
                        Interlocked.Increment(ref mismatches);
                    }

                    Interlocked.Increment(ref evaluations);
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(threads);

        Assert.Equal(800, evaluations);
        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void A_cancelled_evaluation_stops_with_OperationCanceledException()
    {
        var dataset = SampleDatasetGenerator.Generate(new SampleDatasetOptions { Colleges = 20, Graduates = 200_000, Seed = 5 });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Laws.Evaluator.Evaluate(dataset, cancellationToken: cancelled.Token));

        // Cancelled while it runs, from a thread of its own (a busy thread pool must not delay the cancellation).
        using var soon = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            Thread.Sleep(30);
            soon.Cancel();
        });
        canceller.Start();
        Assert.ThrowsAny<OperationCanceledException>(() => Laws.Evaluator.Evaluate(dataset, cancellationToken: soon.Token));
        canceller.Join();
    }

    [Fact]
    public void Opening_a_live_evaluation_can_be_cancelled()
    {
        var dataset = SampleDatasetGenerator.Generate(new SampleDatasetOptions { Colleges = 5, Graduates = 20_000, Seed = 9 });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Laws.Evaluator.OpenLive(dataset, cancellationToken: cancelled.Token));
    }

    [Fact]
    public async Task An_input_over_the_size_limit_is_refused_with_a_clear_error()
    {
        var json = DatasetWriter.ToUtf8Bytes(SampleDatasetGenerator.Generate(new SampleDatasetOptions { Colleges = 2, Graduates = 50 }));
        using var stream = new MemoryStream(json);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => DatasetReader.ReadAsync(stream, maxBytes: 1000));
        Assert.Contains("at most 1000 bytes", error.Problem, StringComparison.Ordinal);

        var file = Path.Combine(Path.GetTempPath(), $"criteria-limit-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(file, json);
        var fromFile = await Assert.ThrowsAsync<InvalidInputException>(() => DatasetReader.ReadFileAsync(file, maxBytes: 1000));
        Assert.Contains($"the input is {json.Length} bytes", fromFile.Problem, StringComparison.Ordinal);
        Assert.Equal(50, (await DatasetReader.ReadFileAsync(file, maxBytes: json.Length)).Dataset.Graduates.Count);
    }

    [Fact]
    public void Redaction_takes_out_the_ids_events_name_as_participants_and_those_a_refusal_lists()
    {
        // A participant no graduate has (DQ2) and a repeated graduate id (DQ1): both are somebody's id.
        var sample = SampleDatasetGenerator.Generate(new SampleDatasetOptions { Colleges = 2, Graduates = 40, Seed = 5 });
        var first = sample.Events[0];
        var dataset = sample with
        {
            Events = [first with { ParticipantIds = [.. first.ParticipantIds, "gSecret7"] }, .. sample.Events.Skip(1)],
            Graduates = [.. sample.Graduates, sample.Graduates[3]],
        };

        var lenient = Laws.Evaluator.Evaluate(dataset, new EvaluationSettings { Redact = true, Mode = EvaluationMode.Lenient });
        var json = ReportWriter.ToJson(lenient);
        Assert.Contains(lenient.Findings, f => f.Code == "DQ2" && f.Message.Contains("'[redacted]'", StringComparison.Ordinal));
        Assert.DoesNotContain("gSecret7", json, StringComparison.Ordinal);
        Assert.DoesNotContain($"'{sample.Graduates[3].Id}'", json, StringComparison.Ordinal);

        var refused = Assert.Throws<DatasetRejectedException>(() => Laws.Evaluator.Evaluate(dataset, new EvaluationSettings { Redact = true }));
        Assert.Equal(["DQ1", "DQ2"], refused.Errors.Select(e => e.Code).Distinct());
        Assert.DoesNotContain("gSecret7", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(sample.Graduates[3].Id, refused.Message + string.Join("\n", refused.Errors), StringComparison.Ordinal);
        Assert.Contains("gSecret7", Assert.Throws<DatasetRejectedException>(() => Laws.Evaluator.Evaluate(dataset)).Errors.Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_redacted_report_names_no_graduate()
    {
        var dataset = SampleDatasetGenerator.Generate(new SampleDatasetOptions { Colleges = 3, Graduates = 300, Seed = 3 });
        var report = Laws.Evaluator.Evaluate(dataset, new EvaluationSettings { Redact = true });
        var json = ReportWriter.ToJson(report);

        Assert.NotEmpty(report.Findings);
        Assert.Equal(300, dataset.Graduates.Count);
        Assert.All(dataset.Graduates, g => Assert.DoesNotContain($"'{g.Id}'", json, StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.RecordId is { } id && id.StartsWith('g'));
        Assert.Contains(report.Findings, f => f.Message.Contains("'[redacted]'", StringComparison.Ordinal));
        Assert.True(Laws.SameResults(Laws.Evaluate(dataset), report));
    }
}
