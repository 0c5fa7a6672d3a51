using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Criteria.Json;
using Criteria.Profiles;

namespace Criteria.Server.Tests;

/// <summary>The evaluation service through a real Kestrel on loopback, as a system that is not .NET calls it.</summary>
public sealed class ServiceTests
{
    private static readonly string Profile = """{"targets":{"2.1":0.5,"3.3":2,"1.1":0.5,"5.10":0.3}}""";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Evaluate_answers_the_report_the_command_line_writes()
    {
        await using var service = await RunningService.StartAsync(ProfileReader.Parse(Profile).Profile);
        using var response = await service.Client.PostAsync("/evaluate", Json(File.ReadAllText(RunningService.Sample("small-region.json"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(File.ReadAllText(RunningService.Golden("small-region.report.json")), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("csv", "text/csv", "small-region.report.csv")]
    [InlineData("html", "text/html", "small-region.report.html")]
    public async Task Evaluate_answers_every_format_with_its_media_type(string format, string mediaType, string golden)
    {
        await using var service = await RunningService.StartAsync(ProfileReader.Parse(Profile).Profile);
        using var response = await service.Client.PostAsync($"/evaluate?format={format}", Json(File.ReadAllText(RunningService.Sample("small-region.json"))));

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(RunningService.Golden(golden)), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_excel_workbook_and_a_rated_card_come_back_too()
    {
        await using var service = await RunningService.StartAsync();
        var data = File.ReadAllText(RunningService.Sample("small-region.json"));
        using var workbook = await service.Client.PostAsync("/evaluate?format=xlsx&rating=true", Json(data));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await workbook.Content.ReadAsByteArrayAsync())[..2]);

        using var card = await service.Client.PostAsync("/evaluate?format=html&rating=true&college=c1", Json(data));
        Assert.Contains("Карточка колледжа — Колледж 1", await card.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{", "$", "the JSON ends too early")]
    [InlineData("""{"schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"},"graduates":[{"id":"g1","collegeId":"c1","outcome":{"status":"bogus"}}]}""", "$.graduates[0].outcome.status", "'bogus' is not one of")]
    [InlineData("""{"schemaVersion":"1.0","period":{"start":"2022-09-01","end":"2023-08-31","cutoff":"2023-12-01"},"colleges":[{"id":"c1"}],"graduates":[{"id":"g1","collegeId":"c9","outcome":{"status":"employed"}}]}""", "$.graduates[0].collegeId", "c9")]
    [InlineData("""{"schemaVersion":"1.0","period":{"start":"2023-09-01","end":"2022-08-31","cutoff":"2023-12-01"}}""", "$.period", "")]
    [InlineData("[]", "$", "")]
    public async Task Bad_input_gets_400_problem_details_with_the_path_and_no_stack_trace(string body, string path, string message)
    {
        await using var service = await RunningService.StartAsync();
        using var response = await service.Client.PostAsync("/evaluate", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.StartsWith(path, problem.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Contains(message, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> BrokenFiles() => Criteria.Tests.Shared.BrokenFiles.Of(File.ReadAllBytes(RunningService.Sample("small-region.json")));

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task Every_broken_file_of_the_corpus_gets_the_message_the_command_line_prints(string name, byte[] content)
    {
        // What the command line says of the file: its InvalidInputException's message after "criteria: invalid input: ".
        string? expected = null;
        try
        {
            RunningService.Evaluator.Evaluate((await DatasetReader.ReadAsync(new MemoryStream(content))).Dataset);
        }
        catch (InvalidInputException error)
        {
            expected = error.Message;
        }
        catch (Evaluation.DatasetRejectedException error)
        {
            expected = error.Message;
        }

        await using var service = await RunningService.StartAsync();
        using var response = await service.Client.PostAsync("/evaluate", new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });

        if (expected is null)
        {
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {response.StatusCode}"); // a flip that left the data valid
            return;
        }

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {response.StatusCode}");
        var problem = await ProblemOf(response);
        Assert.Equal(expected, problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413()
    {
        await using var service = await RunningService.StartAsync(maxRequestBytes: 1000);
        using var response = await service.Client.PostAsync("/evaluate", Json(File.ReadAllText(RunningService.Sample("small-region.json"))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_catalog_the_schemas_the_openapi_document_health_and_metrics_are_served()
    {
        await using var service = await RunningService.StartAsync();
        await service.Client.PostAsync("/evaluate", Json(File.ReadAllText(RunningService.Sample("small-region.json"))));

        using var criteria = JsonDocument.Parse(await service.Client.GetStringAsync("/criteria"));
        Assert.Equal(24, criteria.RootElement.GetArrayLength());
        Assert.Contains("\"regionResults\"", await service.Client.GetStringAsync("/schema/report"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client.GetAsync("/schema/nothing")).StatusCode);
        var openApi = await service.Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/evaluate\"", openApi, StringComparison.Ordinal);
        Assert.Contains("\"/live/changes\"", openApi, StringComparison.Ordinal);
        Assert.Contains("\"ok\"", await service.Client.GetStringAsync("/health"), StringComparison.Ordinal);
        Assert.Contains("criteria_evaluations_total", await service.Client.GetStringAsync("/metrics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_token_every_endpoint_wants_it()
    {
        await using var service = await RunningService.StartAsync(token: "s3cret");
        using var without = await service.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client.PostAsync("/evaluate", Json("{}"))).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "s3cret") } };
        Assert.Equal(HttpStatusCode.OK, (await service.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public void Beyond_loopback_without_a_token_the_service_refuses_to_start() =>
        Assert.Contains(
            "beyond loopback, without a bearer token",
            Assert.Throws<ArgumentException>(() => CriteriaService.Create(new CriteriaServiceOptions { Evaluator = RunningService.Evaluator, Urls = "http://0.0.0.0:5099" })).Message,
            StringComparison.Ordinal);
}
