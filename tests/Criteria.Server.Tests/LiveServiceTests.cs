using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Criteria.Server.Tests;

/// <summary>A live region through HTTP: change batches move it as a batch evaluation of the changed data says; ETags; what moved since; a bounded load loses nothing.</summary>
public sealed class LiveServiceTests
{
    private static readonly string Sample = File.ReadAllText(RunningService.Sample("small-region.json"));

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static JsonObject Graduate(int index) => (JsonObject)JsonNode.Parse(Sample)!["graduates"]![index]!.DeepClone();

    private static string Batch(params object[] changes) => JsonSerializer.Serialize(new { changes });

    [Fact]
    public async Task Change_batches_move_the_live_report_as_a_batch_evaluation_of_the_changed_data()
    {
        await using var service = await RunningService.StartAsync();
        var opened = JsonDocument.Parse(await (await service.Client.PostAsync("/live", Json(Sample))).Content.ReadAsStringAsync()).RootElement.GetProperty("sequence").GetInt64();

        var g2 = Graduate(1);
        g2["ais"]!["registered"] = true;
        g2["outcome"] = new JsonObject { ["status"] = "employed", ["employerId"] = "e1", ["byProfile"] = true };
        var g5 = Graduate(3);
        g5["id"] = "g5";
        using var first = await service.Client.PostAsync("/live/changes", Json(Batch(new { action = "update", section = "graduates", record = g2 }, new { action = "insert", section = "graduates", record = g5 })));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var moved = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(opened + 1, moved.GetProperty("sequence").GetInt64());
        Assert.Contains(moved.GetProperty("changes").EnumerateArray(), c => c.GetProperty("collegeId").GetString() == "c1" && c.GetProperty("result").GetProperty("code").GetString() == "2.1");
        using var second = await service.Client.PostAsync("/live/changes", Json(Batch(new { action = "retract", section = "graduates", id = "g3" })));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);

        // The same changes made to the data, evaluated in one go.
        var data = JsonNode.Parse(Sample)!;
        var graduates = data["graduates"]!.AsArray();
        graduates[1] = g2.DeepClone();
        graduates.Add(g5.DeepClone());
        graduates.RemoveAt(2);
        var batch = await (await service.Client.PostAsync("/evaluate", Json(data.ToJsonString()))).Content.ReadAsStringAsync();
        var live = await (await service.Client.GetAsync("/live/report")).Content.ReadAsStringAsync();
        Assert.Equal(batch, live);
    }

    [Fact]
    public async Task A_refused_batch_changes_nothing_and_says_which_change_and_why()
    {
        await using var service = await RunningService.StartAsync();
        await service.Client.PostAsync("/live", Json(Sample));
        var before = await service.Client.GetStringAsync("/live/report");
        var broken = Graduate(0);
        broken["outcome"]!["status"] = "bogus";

        using var response = await service.Client.PostAsync("/live/changes", Json(Batch(new { action = "retract", section = "graduates", id = "g3" }, new { action = "update", section = "graduates", record = broken })));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("$.changes[1].record.outcome.status", problem.GetProperty("path").GetString());
        Assert.Equal(before, await service.Client.GetStringAsync("/live/report"));
    }

    [Fact]
    public async Task The_report_carries_its_sequence_as_an_etag_and_what_moved_since_a_sequence_is_served()
    {
        await using var service = await RunningService.StartAsync(history: 2);
        Assert.Equal(HttpStatusCode.Conflict, (await service.Client.GetAsync("/live/report")).StatusCode);
        var opened = JsonDocument.Parse(await (await service.Client.PostAsync("/live", Json(Sample))).Content.ReadAsStringAsync()).RootElement.GetProperty("sequence").GetInt64();

        using var report = await service.Client.GetAsync("/live/report");
        var etag = report.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/live/report") { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.NotModified, (await service.Client.SendAsync(again)).StatusCode);

        foreach (var registered in new[] { true, false, true })
        {
            var g3 = Graduate(2);
            g3["ais"] = new JsonObject { ["registered"] = registered };
            await service.Client.PostAsync("/live/changes", Json(Batch(new { action = "update", section = "graduates", record = g3 })));
        }

        using var changed = new HttpRequestMessage(HttpMethod.Get, "/live/report") { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(changed)).StatusCode);

        var since = JsonDocument.Parse(await service.Client.GetStringAsync($"/live/changes?since={opened + 1}")).RootElement;
        Assert.Equal(opened + 3, since.GetProperty("sequence").GetInt64());
        var registeredNow = since.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("collegeId").GetString() == "c1" && c.GetProperty("result").GetProperty("code").GetString() == "2.1" && c.GetProperty("result").GetProperty("cohort").GetString() == "all");
        Assert.Equal(2, registeredNow.GetProperty("result").GetProperty("numerator").GetInt32()); // g1 and g3, as it is now
        Assert.Equal(HttpStatusCode.Gone, (await service.Client.GetAsync($"/live/changes?since={opened}")).StatusCode); // two batches are kept
    }

    [Fact]
    public async Task A_bounded_load_from_several_clients_has_no_error_and_loses_no_change()
    {
        await using var service = await RunningService.StartAsync();
        var opened = JsonDocument.Parse(await (await service.Client.PostAsync("/live", Json(Sample))).Content.ReadAsStringAsync()).RootElement.GetProperty("sequence").GetInt64();
        const int Batches = 40;
        var statuses = new[] { "employed", "notEmployed", "selfEmployed", "registeredUnemployed" };
        var failures = 0;

        // Four clients, each moving one graduate through a sequence of statuses; two more reading; one evaluating.
        var writers = Enumerable.Range(0, 4).Select(client => Task.Run(async () =>
        {
            for (var i = 0; i < Batches; i++)
            {
                var graduate = Graduate(client);
                graduate["outcome"] = new JsonObject { ["status"] = statuses[(client + i) % statuses.Length] };
                using var response = await service.Client.PostAsync("/live/changes", Json(Batch(new { action = "update", section = "graduates", record = graduate })));
                failures += response.IsSuccessStatusCode ? 0 : 1;
            }
        }));
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < Batches; i++)
            {
                using var response = await service.Client.GetAsync("/live/report");
                failures += response.IsSuccessStatusCode ? 0 : 1;
            }
        }));
        var evaluations = Task.Run(async () =>
        {
            for (var i = 0; i < Batches; i++)
            {
                using var response = await service.Client.PostAsync("/evaluate", Json(Sample));
                failures += response.IsSuccessStatusCode ? 0 : 1;
            }
        });
        await Task.WhenAll([.. writers, .. readers, evaluations]);

        Assert.Equal(0, failures);
        var health = JsonDocument.Parse(await service.Client.GetStringAsync("/health")).RootElement;
        Assert.Equal(opened + (4 * Batches), health.GetProperty("live").GetInt64()); // every batch applied

        var data = JsonNode.Parse(Sample)!;
        for (var client = 0; client < 4; client++)
        {
            data["graduates"]![client]!["outcome"] = new JsonObject { ["status"] = statuses[(client + Batches - 1) % statuses.Length] };
        }

        var batch = await (await service.Client.PostAsync("/evaluate", Json(data.ToJsonString()))).Content.ReadAsStringAsync();
        Assert.Equal(batch, await service.Client.GetStringAsync("/live/report"));
    }

    [Fact]
    public async Task A_region_opened_again_never_answers_an_etag_or_a_since_of_the_one_before()
    {
        await using var service = await RunningService.StartAsync();
        await service.Client.PostAsync("/live", Json(Sample));
        var g3 = Graduate(2);
        g3["ais"] = new JsonObject { ["registered"] = true };
        await service.Client.PostAsync("/live/changes", Json(Batch(new { action = "update", section = "graduates", record = g3 })));
        using var first = await service.Client.GetAsync("/live/report");
        var etag = first.Headers.ETag!;
        var before = long.Parse(first.Headers.GetValues("X-Criteria-Sequence").Single(), System.Globalization.CultureInfo.InvariantCulture);

        var reopened = JsonDocument.Parse(await (await service.Client.PostAsync("/live", Json(Sample))).Content.ReadAsStringAsync()).RootElement.GetProperty("sequence").GetInt64();

        Assert.True(reopened > before);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/live/report") { Headers = { IfNoneMatch = { etag } } };
        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(again)).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await service.Client.GetAsync($"/live/changes?since={before}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"changes":[{"action":"insert","section":"alumni","record":{"id":"g9"}}]}""", "$.changes[0].section", "'alumni' is not one of graduates, colleges, employers, events")]
    [InlineData("""{"changes":[],"changes":[{"action":"retract","section":"graduates","id":"g3"}]}""", "$", "the batch is not JSON as the service takes it: Duplicate property 'changes' encountered")]
    [InlineData("""{"changes":[{"action":"retract","section":"graduates","id":"g3"}""", "$", "the batch is not JSON as the service takes it:")]
    public async Task A_batch_that_is_not_one_is_refused_with_its_path_and_changes_nothing(string body, string path, string message)
    {
        await using var service = await RunningService.StartAsync();
        await service.Client.PostAsync("/live", Json(Sample));
        var before = await service.Client.GetStringAsync("/live/report");

        using var response = await service.Client.PostAsync("/live/changes", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(path, problem.GetProperty("path").GetString());
        Assert.StartsWith(message, problem.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await service.Client.GetStringAsync("/live/report"));
    }

    [Fact]
    public async Task A_property_the_contract_does_not_have_is_answered_as_a_finding_not_dropped()
    {
        await using var service = await RunningService.StartAsync();
        await service.Client.PostAsync("/live", Json(Sample));
        var g2 = Graduate(1);
        g2["nickname"] = "Вася";

        using var response = await service.Client.PostAsync("/live/changes", Json(Batch(new { action = "update", section = "graduates", record = g2 })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var finding = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("DQ10", "warning", "$.changes[0].record.nickname", "g2"), (finding.GetProperty("code").GetString(), finding.GetProperty("severity").GetString(), finding.GetProperty("path").GetString(), finding.GetProperty("recordId").GetString()));
        using var clean = await service.Client.PostAsync("/live/changes", Json(Batch(new { action = "retract", section = "graduates", id = "g3" })));
        Assert.False(JsonDocument.Parse(await clean.Content.ReadAsStringAsync()).RootElement.TryGetProperty("findings", out _));
    }

    [Theory]
    [InlineData("/live/changes?since=abc", "'abc' is not a sequence number (a whole number, 0 or more).")]
    [InlineData("/live/changes", "Give ?since=N, the last sequence seen.")]
    [InlineData("/live/changes?since=999999", "nothing has a sequence of 999999 yet.")]
    public async Task A_sequence_that_is_not_one_or_not_reached_is_a_bad_request_with_problem_details(string query, string detail)
    {
        await using var service = await RunningService.StartAsync();
        await service.Client.PostAsync("/live", Json(Sample));

        using var response = await service.Client.GetAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.EndsWith(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lenient")]
    [InlineData("rating")]
    public async Task A_yes_or_no_parameter_that_is_neither_is_a_bad_request_naming_it(string name)
    {
        await using var service = await RunningService.StartAsync();

        using var response = await service.Client.PostAsync($"/evaluate?{name}=maybe", Json(Sample));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((name, "'maybe' is not true or false"), (problem.GetProperty("path").GetString(), problem.GetProperty("problem").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await service.Client.PostAsync($"/evaluate?{name}=True", Json(Sample))).StatusCode);
    }

    [Fact]
    public async Task A_retract_with_an_empty_id_is_bad_input()
    {
        await using var service = await RunningService.StartAsync();
        await service.Client.PostAsync("/live", Json(Sample));
        using var response = await service.Client.PostAsync("/live/changes", Json(Batch(new { action = "retract", section = "graduates", id = "" })));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("$.changes[0].id", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("path").GetString());
    }
}
