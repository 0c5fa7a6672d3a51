using System.Text.Json.Nodes;
using Criteria.Catalog;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Reporting;

namespace Criteria.Rules.Tests.Expectations;

/// <summary>
/// A hand-made series of three periods of the worked example (docs/trend.md): c2 appears in the second period;
/// resumes (3.7) go from no data to a value; 5.9 (lower is better) falls; 2.1 rises. Every figure below is
/// computed by hand from the edits.
/// </summary>
public sealed class TrendTests
{
    private static readonly string Sample = File.ReadAllText(Evaluation.SamplePath("small-region.json"));

    /// <summary>September: c1 only, g1 posted no resume (3.7 has no data), g2 registered unemployed (5.9: 1 of 3).</summary>
    private static Report September()
    {
        var data = Edit(Sample, "2023-09-01");
        data["colleges"]!.AsArray().RemoveAt(1);
        var graduates = data["graduates"]!.AsArray();
        graduates.RemoveAt(3); // g4, of c2
        graduates[0]!["resumes"] = new JsonArray();
        var events = data["events"]!.AsArray();
        events.RemoveAt(2);
        events.RemoveAt(1); // c2's events
        events[0]!["participantIds"] = new JsonArray("g1");
        return Evaluate(data);
    }

    /// <summary>October: both colleges, as the sample is (3.7: 1 of 2; 5.9: 1 of 4; 2.1: 1 of 4).</summary>
    private static Report October() => Evaluate(Edit(Sample, "2023-10-01"));

    /// <summary>December: g2 registered in the AIS and employed (2.1: 2 of 4; 5.9: 0 of 4).</summary>
    private static Report December()
    {
        var data = Edit(Sample, "2023-12-01");
        var g2 = data["graduates"]![1]!;
        g2["ais"]!["registered"] = true;
        g2["outcome"] = new JsonObject { ["status"] = "employed", ["employerId"] = "e1", ["byProfile"] = true };
        return Evaluate(data);
    }

    private static JsonObject Edit(string json, string cutoff)
    {
        var data = JsonNode.Parse(json)!.AsObject();
        data["period"]!["cutoff"] = cutoff;
        return data;
    }

    private static Report Evaluate(JsonObject data) => Evaluation.Evaluate(data.ToJsonString(), ProfileReader.Parse("""{"targets":{"2.1":0.5}}""").Profile);

    private static readonly Trend Series = Trend.Of([December(), September(), October()], ["dec.json", "sep.json", "oct.json"]);

    private static TrendSeries Region(string code) => Series.RegionSeries.Single(s => s.Code == code && s.Cohort == Cohort.All);

    private static TrendSeries College(string id, string code) => Series.Colleges.Single(c => c.Id == id).Series.Single(s => s.Code == code && s.Cohort == Cohort.All);

    [Fact]
    public void Periods_are_ordered_by_cutoff_whatever_the_order_given() =>
        Assert.Equal(["2023-09-01", "2023-10-01", "2023-12-01"], Series.Periods.Select(p => p.Cutoff.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_share_that_rose_changes_by_the_exact_difference_for_the_better()
    {
        var registered = Region("2.1");
        Assert.Equal([(1L, 3L), (1L, 4L), (2L, 4L)], registered.Points.Select(p => (p!.Numerator!.Value, p.Denominator!.Value)));
        Assert.Equal(1.0 / 6, registered.Change); // 2/4 − 1/3
        Assert.Equal(TrendDirection.Better, registered.Direction);
        Assert.Equal(ResultStatus.Met, registered.Points[2]!.Status); // the target of each period's report stays with its point
    }

    [Fact]
    public void A_lower_is_better_share_that_fell_is_better()
    {
        var atRisk = Region("5.9");
        Assert.Equal([(1L, 3L), (1L, 4L), (0L, 4L)], atRisk.Points.Select(p => (p!.Numerator!.Value, p.Denominator!.Value)));
        Assert.Equal(-1.0 / 3, atRisk.Change);
        Assert.Equal(TrendDirection.Better, atRisk.Direction);
    }

    [Fact]
    public void A_criterion_from_no_data_to_a_value_has_points_but_no_change()
    {
        var resumes = Region("3.7");
        Assert.Equal([ResultStatus.NoData, ResultStatus.NoTarget, ResultStatus.NoTarget], resumes.Points.Select(p => p!.Status));
        Assert.Equal((1L, 2L), (resumes.Points[2]!.Numerator!.Value, resumes.Points[2]!.Denominator!.Value));
        Assert.Null(resumes.Change);
        Assert.Null(resumes.Direction);
    }

    [Fact]
    public void A_college_that_appears_late_has_no_point_before_it_and_no_change()
    {
        Assert.Equal(["c1", "c2"], Series.Colleges.Select(c => c.Id));
        var c2 = College("c2", "2.1");
        Assert.Null(c2.Points[0]);
        Assert.Equal((0L, 1L), (c2.Points[1]!.Numerator!.Value, c2.Points[1]!.Denominator!.Value));
        Assert.Null(c2.Change);
        Assert.Equal("Колледж 2", Series.Colleges[1].Name);
        Assert.Equal(1.0 / 3, College("c1", "2.1").Change); // 2/3 − 1/3
    }

    [Fact]
    public void A_match_as_far_from_one_is_the_same_and_a_presence_of_a_college_has_no_change()
    {
        var match = College("c1", "5.1");
        Assert.Equal((0.0, TrendDirection.Same), (match.Change!.Value, match.Direction!.Value));
        Assert.Null(College("c1", "1.1").Change); // a flag is not a number
        var plans = Region("1.1"); // the region's presence is a share of colleges: c1 alone has a plan, 1 of 1 → 1 of 2
        Assert.Equal((-0.5, TrendDirection.Worse), (plans.Change!.Value, plans.Direction!.Value));
    }

    [Fact]
    public void The_json_of_a_series_is_the_hand_written_one()
    {
        var json = JsonNode.Parse(TrendWriter.ToJson(Series))!;
        var atRisk = json["regionSeries"]!.AsArray().Single(s => (string?)s!["code"] == "5.9" && (string?)s["cohort"] == "all")!;
        var expected = JsonNode.Parse("""
            { "code": "5.9", "cohort": "all",
              "points": [ { "numerator": 1, "denominator": 3, "value": 0.3333333333333333, "status": "noTarget" },
                          { "numerator": 1, "denominator": 4, "value": 0.25, "status": "noTarget" },
                          { "numerator": 0, "denominator": 4, "value": 0, "status": "noTarget" } ],
              "change": -0.3333333333333333, "direction": "better" }
            """);
        Assert.True(JsonNode.DeepEquals(expected, atRisk), atRisk.ToJsonString());
        Assert.Equal(["schemaVersion", "catalog", "region", "periods", "criteria", "regionSeries", "colleges"], json.AsObject().Select(p => p.Key));
        Assert.Null(json["colleges"]![1]!["series"]![0]!["points"]![0]); // c2 in September
    }

    [Fact]
    public void A_change_is_the_nearest_double_of_the_exact_difference()
    {
        static Report Period(string cutoff, long numerator) => October() with
        {
            Period = new Facts.Period(new DateOnly(2022, 9, 1), new DateOnly(2023, 8, 31), DateOnly.Parse(cutoff, System.Globalization.CultureInfo.InvariantCulture)),
            RegionResults = [.. October().RegionResults.Select(r => r.Code == "2.1" && r.Cohort == Cohort.All ? r with { Numerator = numerator, Denominator = 1000, Value = ResultValue.Fraction(numerator, 1000) } : r)],
        };

        var trend = Trend.Of([Period("2022-12-01", 610), Period("2023-12-01", 702)]);
        Assert.Equal(0.092, trend.RegionSeries.Single(s => s.Code == "2.1" && s.Cohort == Cohort.All).Change); // not 0.09199999999999997
        Assert.Contains("\"change\": 0.092,", TrendWriter.ToJson(trend), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("one", "A trend needs at least two periods; only sep.json was given.")]
    [InlineData("same cutoff", "sep.json and again.json have the same cut-off date 2023-09-01")]
    [InlineData("region", "oct.json has another region than sep.json (region 'Другой регион' against region 'Hand region')")]
    [InlineData("catalog", "oct.json has another catalog than sep.json (catalog 'other' against catalog 'samara-2023')")]
    [InlineData("status sets", "oct.json and sep.json were counted with other status sets")]
    [InlineData("twice", "oct.json lists the college 'c1' twice")]
    [InlineData("unknown code", "oct.json has a result of criterion 9.9, which its criteria do not list")]
    [InlineData("no region results", "oct.json has no result of the region for criterion 1.1")]
    [InlineData("region twice", "oct.json lists the region's result of 1.1 (all) twice")]
    [InlineData("college lacks one", "oct.json has no result of 2.1 (all) for the college 'c1'")]
    [InlineData("college has one twice", "oct.json has a result of 1.1 (all) for the college 'c1' twice")]
    public void Reports_that_are_not_one_series_are_refused_naming_the_inputs(string problem, string message)
    {
        var september = September();
        var october = October();
        IReadOnlyList<(Report, string)> inputs = problem switch
        {
            "one" => [(september, "sep.json")],
            "same cutoff" => [(september, "sep.json"), (september, "again.json")],
            "region" => [(september, "sep.json"), (october with { Region = "Другой регион" }, "oct.json")],
            "catalog" => [(september, "sep.json"), (october with { Catalog = "other" }, "oct.json")],
            "twice" => [(september, "sep.json"), (october with { Colleges = [october.Colleges[0], october.Colleges[0]] }, "oct.json")],
            "unknown code" => [(september, "sep.json"), (october with { RegionResults = [october.RegionResults[0] with { Code = "9.9" }, .. october.RegionResults.Skip(1)] }, "oct.json")],
            "no region results" => [(september, "sep.json"), (october with { RegionResults = [] }, "oct.json")],
            "region twice" => [(september, "sep.json"), (october with { RegionResults = [october.RegionResults[0], .. october.RegionResults] }, "oct.json")],
            "college lacks one" => [(september, "sep.json"), (october with { Colleges = [october.Colleges[0] with { Results = [.. october.Colleges[0].Results.Where(r => !(r.Code == "2.1" && r.Cohort == Cohort.All))] }, .. october.Colleges.Skip(1)] }, "oct.json")],
            "college has one twice" => [(september, "sep.json"), (october with { Colleges = [october.Colleges[0] with { Results = [october.Colleges[0].Results[0], .. october.Colleges[0].Results] }, .. october.Colleges.Skip(1)] }, "oct.json")],
            _ => [(september, "sep.json"), (october with { Settings = october.Settings! with { EmployedStatuses = [Facts.EmploymentStatus.Employed] } }, "oct.json")],
        };

        var error = Assert.Throws<IncompatibleReportsException>(() => Trend.Of([.. inputs.Select(i => i.Item1)], [.. inputs.Select(i => i.Item2)]));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains(inputs[^1].Item2, error.Inputs);
    }

    [Fact]
    public void A_report_written_before_reports_had_settings_counts_as_made_with_the_defaults()
    {
        var old = October() with { Settings = null };
        Assert.Equal(3, Trend.Of([September(), old, December()]).Periods.Count);
        Assert.Throws<IncompatibleReportsException>(() => Trend.Of([September() with { Settings = ReportSettings.Default with { AtRiskStatuses = [] } }, old]));
    }
}
