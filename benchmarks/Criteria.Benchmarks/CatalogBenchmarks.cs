using BenchmarkDotNet.Attributes;

namespace Criteria.Benchmarks;

/// <summary>Batch evaluation of the whole catalog against the hand-written baseline, at region and federal scale.</summary>
[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private Workload _workload = null!;

    [Params("region", "federal")]
    public string ScaleName { get; set; } = "region";

    [GlobalSetup]
    public void Setup() => _workload = new Workload(Scale.Of(ScaleName));

    [GlobalSetup(Target = nameof(LiveUpdate))]
    public void SetupLive()
    {
        Setup();
        _workload.OpenLive();
    }

    [Benchmark(Baseline = true, Description = "hand-written single pass")]
    public int Baseline() => _workload.Baseline().Count;

    [Benchmark(Description = "batch: compiled plan")]
    public int Compiled() => _workload.Compiled().Colleges.Count;

    [Benchmark(Description = "batch: Rete, one session")]
    public int Rete() => _workload.Rete().Colleges.Count;

    [Benchmark(Description = "batch: Rete, a session per college in parallel")]
    public int RetePerCollege() => _workload.RetePerCollegeInParallel();

    [Benchmark(Description = "load the dataset JSON")]
    public int Load() => _workload.Load().Graduates.Count;

    [Benchmark(Description = "evaluate end to end (read, evaluate, write JSON)")]
    public long EndToEnd() => _workload.EvaluateEndToEnd();

    [Benchmark(Description = "live: update one graduate")]
    public void LiveUpdate() => _workload.UpdateOneGraduate();
}
