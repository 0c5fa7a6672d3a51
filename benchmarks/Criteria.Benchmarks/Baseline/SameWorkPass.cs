using Criteria.Profiles;
using Criteria.Rules;

namespace Criteria.Benchmarks.Baseline;

/// <summary>
/// The equal-work hand-written pass: what a careful AIS developer would write instead of the library to do
/// exactly the work of <c>criteria evaluate data.json --format json --out report.json</c> on a valid dataset
/// — read the file, compute all 24 criteria of the standard catalog for every cohort of each college and
/// the region under <see cref="EvaluationProfile.Default"/>, find every data-quality warning the library
/// finds (DQ3–DQ7, DQ9–DQ13, with the library's paths, messages and order), and write the same report,
/// byte for byte. The file is read whole into memory and walked once with a <c>Utf8JsonReader</c>; no
/// record of the library's model is made: a graduate becomes counters and, where a rule says so,
/// a finding of a few numbers (<see cref="DatasetScan"/>); the report is written with a
/// <c>Utf8JsonWriter</c> (<see cref="SameWorkReportWriter"/>). The file's sections and properties may come
/// in any order (a section that comes before one it needs is read once that one is known). It assumes
/// valid input — no duplicated ids, no references to ids that do not exist — and throws on what it does
/// not understand, without the library's messages. Tested byte for byte against the library's report
/// (<c>SameWorkLaws</c>).
/// </summary>
public static class SameWorkPass
{
    /// <summary>Evaluates a dataset file and writes its JSON report.</summary>
    /// <param name="datasetPath">The dataset (JSON, contract version 1, valid in strict mode).</param>
    /// <param name="reportPath">The report to write (replaced if it exists).</param>
    public static void Run(string datasetPath, string reportPath)
    {
        _ = Task.Run(() => StandardCatalog.Catalog); // the criteria's titles and definitions, made on the other core meanwhile
        var profile = EvaluationProfile.Default;
        var scan = DatasetScan.Read(File.ReadAllBytes(datasetPath), profile);
        using var output = new FileStream(reportPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
        SameWorkReportWriter.Write(scan, profile, output);
    }
}
