using BenchmarkDotNet.Running;
using Criteria.Benchmarks;

// dotnet run -c Release --project benchmarks/Criteria.Benchmarks -- --quick [region|federal]
// dotnet run -c Release --project benchmarks/Criteria.Benchmarks -- --live [region|federal]
// dotnet run -c Release --project benchmarks/Criteria.Benchmarks -- --rating [region|federal]
// dotnet run -c Release --project benchmarks/Criteria.Benchmarks -- --same-work <dataset.json> <report.json>
// dotnet run -c Release --project benchmarks/Criteria.Benchmarks -- [BenchmarkDotNet arguments]
if (args.Length == 3 && args[0] == "--same-work")
{
    return SameWorkRun.Run(args[1], args[2]);
}

if (args.Length > 0 && args[0] == "--quick")
{
    string[] scales = args.Length > 1 ? args[1..] : ["region", "federal"];
    return QuickRun.Run(scales);
}

if (args.Length > 0 && args[0] == "--live")
{
    string[] scales = args.Length > 1 ? args[1..] : ["federal"];
    return QuickRun.RunLive(scales);
}

if (args.Length > 0 && args[0] == "--rating")
{
    string[] scales = args.Length > 1 ? args[1..] : ["federal"];
    return QuickRun.RunRating(scales);
}

BenchmarkSwitcher.FromAssembly(typeof(CatalogBenchmarks).Assembly).Run(args);
return 0;
