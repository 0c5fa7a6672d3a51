using Criteria.Benchmarks.Baseline;
using Criteria.Collections;
using Criteria.Evaluation;
using Criteria.Facts;
using Criteria.Json;
using Criteria.Reporting;
using Criteria.Rules;
using Criteria.Samples;

namespace Criteria.Benchmarks;

/// <summary>The measured operations, shared by the BenchmarkDotNet benchmarks and the quick mode.</summary>
public sealed class Workload
{
    private readonly CriteriaEvaluator _compiled = new([StandardCatalog.Catalog]);
    private readonly CriteriaEvaluator _rete = new([StandardCatalog.Catalog], new CriteriaOptions { BatchExecution = BatchExecution.Rete });
    private readonly Lazy<Dataset[]> _byCollege;
    private LiveEvaluation? _live;
    private int _update;
    private int _mixed;
    private readonly Queue<string> _inserted = new();

    public Workload(SampleDatasetOptions options)
    {
        Dataset = SampleDatasetGenerator.Generate(options);
        File = Path.Combine(Path.GetTempPath(), $"criteria-bench-{options.Colleges}-{options.Graduates}-{options.Seed}.json");
        if (!System.IO.File.Exists(File))
        {
            DatasetWriter.WriteFileAsync(Dataset, File).GetAwaiter().GetResult();
        }

        _byCollege = new Lazy<Dataset[]>(() => SplitByCollege(Dataset));
    }

    public Dataset Dataset { get; }

    /// <summary>
    /// One part per college, as a developer splitting the work would make it: the college's graduates,
    /// the events it held, the events its graduates attended (their participant lists cut to its
    /// graduates), and the colleges that held those events.
    /// </summary>
    private static Dataset[] SplitByCollege(Dataset dataset)
    {
        var collegeOf = dataset.Graduates.ToDictionary(g => g.Id, g => g.CollegeId, StringComparer.Ordinal);
        var colleges = dataset.Colleges.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var graduates = dataset.Graduates.ToLookup(g => g.CollegeId, StringComparer.Ordinal);
        var events = dataset.Colleges.ToDictionary(c => c.Id, _ => new Dictionary<CareerEvent, List<string>>(), StringComparer.Ordinal);
        foreach (var careerEvent in dataset.Events)
        {
            events[careerEvent.CollegeId].TryAdd(careerEvent, []);
            foreach (var participant in careerEvent.ParticipantIds)
            {
                var part = events[collegeOf[participant]];
                if (!part.TryGetValue(careerEvent, out var list))
                {
                    part[careerEvent] = list = [];
                }

                list.Add(participant);
            }
        }

        return dataset.Colleges.Select(c =>
        {
            var own = events[c.Id].Select(e => e.Key with { ParticipantIds = e.Value.ToValueArray() }).ToArray();
            return dataset with
            {
                Colleges = own.Select(e => e.CollegeId).Append(c.Id).Distinct(StringComparer.Ordinal).Select(id => colleges[id]).ToValueArray(),
                Events = own.ToValueArray(),
                Graduates = graduates[c.Id].ToValueArray(),
            };
        }).ToArray();
    }

    public string File { get; }

    public List<BaselineResult> Baseline() => HandWrittenEvaluator.Evaluate(Dataset);

    public Report Compiled() => _compiled.Evaluate(Dataset);

    public Report Rete() => _rete.Evaluate(Dataset);

    /// <summary>The compiled batch evaluation with a rating of every college (the default settings: every criterion weighs 1).</summary>
    public Report CompiledRated() => _compiled.Evaluate(Dataset, new EvaluationSettings { Profile = Rated });

    /// <summary>The profile of <c>--rating</c>: the defaults, and a rating with the default settings.</summary>
    public static Criteria.Profiles.EvaluationProfile Rated { get; } = Criteria.Profiles.EvaluationProfile.Default with { Rating = Criteria.Profiles.RatingSettings.Default };

    /// <summary>One Rete session per college, in parallel (events and employers shared by every part).</summary>
    public int RetePerCollegeInParallel()
    {
        var parts = _byCollege.Value;
        var results = 0;
        Parallel.For(0, parts.Length, i =>
            Interlocked.Add(ref results, _rete.Evaluate(parts[i], new EvaluationSettings { Mode = EvaluationMode.Lenient }).Colleges.Count));
        return results;
    }

    public Dataset Load() => DatasetReader.ReadFileAsync(File).GetAwaiter().GetResult().Dataset;

    /// <summary>What <c>criteria evaluate --format json --out</c> does: read, evaluate, write.</summary>
    public long EvaluateEndToEnd()
    {
        var loaded = DatasetReader.ReadFileAsync(File).GetAwaiter().GetResult();
        var report = _compiled.Evaluate(loaded.Dataset, new EvaluationSettings { ReadingFindings = loaded.Findings });
        using var output = new CountingStream();
        ReportWriter.WriteAsync(report, output).GetAwaiter().GetResult();
        return output.Length;
    }

    public void OpenLive(Criteria.Profiles.EvaluationProfile? profile = null)
    {
        _inserted.Clear(); // graduates inserted into an earlier live evaluation are not in this one
        _live = _compiled.OpenLive(Dataset, profile);
    }

    /// <summary>Lets the live evaluation go (before another is opened, so that two are not held at once).</summary>
    public void CloseLive() => _live = null;

    /// <summary>Updates one graduate (a new outcome and registration) in the live evaluation.</summary>
    public void UpdateOneGraduate()
    {
        var live = _live ?? throw new InvalidOperationException("Open the live evaluation first.");
        var graduate = Dataset.Graduates[(_update * 7919) % Dataset.Graduates.Count];
        var status = (_update & 1) == 0 ? EmploymentStatus.Employed : EmploymentStatus.NotEmployed;
        _update++;
        live.UpdateGraduate(graduate with { Outcome = graduate.Outcome with { Status = status }, Ais = graduate.Ais with { Registered = !graduate.Ais.Registered } });
    }

    /// <summary>
    /// One change of a mixed stream, as an AIS sends them — six in ten update a graduate's outcome, two
    /// insert a graduate, one retracts a graduate inserted earlier, one changes an event (its participants
    /// follow) — and then the results that moved, as the README's loop takes them.
    /// </summary>
    /// <returns>How many results moved.</returns>
    public int ChangeAndTake()
    {
        var live = _live ?? throw new InvalidOperationException("Open the live evaluation first.");
        var k = _mixed++;
        var graduates = Dataset.Graduates;
        switch (k % 10)
        {
            case 6 or 7:
                var template = graduates[(int)((k * 31L) % graduates.Count)];
                var id = $"live-{k}";
                live.InsertGraduate(template with { Id = id });
                _inserted.Enqueue(id);
                break;
            case 8 when _inserted.Count > 0:
                live.RetractGraduate(_inserted.Dequeue());
                break;
            case 9 when Dataset.Events.Count > 0:
                var careerEvent = Dataset.Events[k % Dataset.Events.Count];
                live.UpdateEvent(careerEvent with { Kind = (EventKind)((int)(careerEvent.Kind + (k / 10 % 2) + 1) % 7) });
                break;
            default:
                UpdateOneGraduate();
                break;
        }

        return live.TakeChanges().Count;
    }

    /// <summary>The live evaluation's report as it is now (made once after a change, the same object until the next).</summary>
    public Report Snapshot() => (_live ?? throw new InvalidOperationException("Open the live evaluation first.")).Snapshot();

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
