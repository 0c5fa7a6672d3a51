using System.Text.Json;
using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Profiles;
using Criteria.Rendering;
using Criteria.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Criteria.Server;

/// <summary>The service's endpoints (docs/service.md).</summary>
internal static class ServiceEndpoints
{
    public static void Map(WebApplication app, CriteriaServiceOptions options)
    {
        var evaluator = options.Evaluator;
        var live = app.Services.GetRequiredService<LiveRegion>();

        app.MapGet("/health", () => Results.Ok(new { status = "ok", criteria = evaluator.Criteria.Count, live = live.Sequence }))
            .WithSummary("Whether the service answers, how many criteria it evaluates and the live region's sequence.");

        app.MapGet("/criteria", () => Results.Text(
            JsonSerializer.Serialize(evaluator.Criteria.Select(c => new { code = c.Code, group = c.Group, kind = c.Kind.ToString().ToLowerInvariant(), title = c.Title, titleEn = c.TitleEn, lowerIsBetter = c.LowerIsBetter, source = c.Source, definition = c.Definition })),
            "application/json"))
            .WithSummary("The catalog: every criterion evaluated, in report order.");

        app.MapGet("/schema/{contract}", (string contract) => contract switch
        {
            "dataset" => Results.Text(ContractSchemas.Dataset(), "application/schema+json"),
            "profile" => Results.Text(ContractSchemas.Profile(), "application/schema+json"),
            "report" => Results.Text(ContractSchemas.Report(), "application/schema+json"),
            _ => Problems.Message(StatusCodes.Status404NotFound, "No such contract", $"'{contract}' is not one of dataset, profile, report."),
        }).WithSummary("The JSON Schema of a contract: dataset, profile or report.");

        app.MapPost("/evaluate", async (HttpContext context, string? format, string? lenient, string? rating, string? college, string? lang) =>
        {
            var cancellationToken = context.RequestAborted;
            try
            {
                var (reportFormat, render) = Rendering(format, lang, college);
                var (isLenient, rated) = (Flag(lenient, "lenient"), Flag(rating, "rating"));
                var loaded = await DatasetReader.ReadAsync(context.Request.Body, options.MaxRequestBytes, cancellationToken).ConfigureAwait(false);
                var profile = options.Profile;
                if (rated && (profile ?? EvaluationProfile.Default).Rating is null)
                {
                    profile = (profile ?? EvaluationProfile.Default) with { Rating = RatingSettings.Default };
                }

                if (college is not null && !loaded.Dataset.Colleges.Any(c => c.Id == college))
                {
                    return Problems.Message(StatusCodes.Status400BadRequest, "No such college", $"The dataset has no college '{college}'.");
                }

                var report = evaluator.Evaluate(
                    loaded.Dataset,
                    new EvaluationSettings { Profile = profile, Mode = isLenient ? EvaluationMode.Lenient : EvaluationMode.Strict, ReadingFindings = loaded.Findings },
                    cancellationToken);
                return new RenderedReport(report, reportFormat, render);
            }
            catch (Exception error) when (Problems.IsInput(error))
            {
                return Problems.Of(error);
            }
        })
        .Accepts<object>("application/json")
        .RequireRateLimiting("evaluations")
        .WithSummary("Evaluates a dataset (the body, streamed): ?format=json|csv|html|xlsx, ?lenient, ?rating, ?college=<id> for a card, ?lang=ru|en.");

        app.MapPost("/live", async (HttpContext context) =>
        {
            try
            {
                var loaded = await DatasetReader.ReadAsync(context.Request.Body, options.MaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
                var sequence = live.Open(evaluator, loaded.Dataset, options.Profile, context.RequestAborted);
                return Results.Ok(new { sequence });
            }
            catch (Exception error) when (Problems.IsInput(error))
            {
                return Problems.Of(error);
            }
        })
        .Accepts<object>("application/json")
        .RequireRateLimiting("evaluations")
        .WithSummary("Opens the live region from a dataset (the body); a region already open is replaced.");

        app.MapPost("/live/changes", async (HttpContext context) =>
        {
            if (live.Live is null)
            {
                return NotOpen();
            }

            try
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
                var (changes, findings) = ChangeBatch.Read(body.GetBuffer().AsMemory(0, (int)body.Length));
                var (sequence, moved) = live.Apply(changes);
                return Results.Text(Moved(sequence, moved, findings), "application/json");
            }
            catch (Exception error) when (Problems.IsInput(error))
            {
                return Problems.Of(error);
            }
        })
        .Accepts<object>("application/json")
        .RequireRateLimiting("evaluations")
        .WithSummary("Applies a batch of changes atomically (all or none): {\"changes\":[{\"action\":\"insert|update|retract\",\"section\":\"graduates\",\"record\":{…}}]}; answers the results it moved.");

        app.MapGet("/live/report", (HttpContext context, string? format, string? lang) =>
        {
            if (live.Live is not { } region)
            {
                return NotOpen();
            }

            try
            {
                var (reportFormat, render) = Rendering(format, lang, college: null);
                var snapshot = region.Latest();
                var sequence = live.SequenceOf(snapshot.Sequence);
                var etag = $"\"{sequence}\"";
                context.Response.Headers.ETag = etag;
                if (context.Request.Headers.IfNoneMatch.Contains(etag))
                {
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }

                context.Response.Headers["X-Criteria-Sequence"] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new RenderedReport(snapshot.Report, reportFormat, render);
            }
            catch (Exception error) when (Problems.IsInput(error))
            {
                return Problems.Of(error);
            }
        }).WithSummary("The live region's report as it is now, with its sequence as ETag (If-None-Match → 304).");

        app.MapGet("/live/changes", (string? since) =>
        {
            if (live.Live is null)
            {
                return NotOpen();
            }

            if (!long.TryParse(since, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var after))
            {
                return Problems.Message(StatusCodes.Status400BadRequest, "No sequence", since is null ? "Give ?since=N, the last sequence seen." : $"'{since}' is not a sequence number (a whole number, 0 or more).");
            }

            if (live.Sequence is { } now && after > now)
            {
                return Problems.Message(StatusCodes.Status400BadRequest, "A sequence not reached", $"The live region is at sequence {now}: nothing has a sequence of {after} yet.");
            }

            var (sequence, changes) = live.Since(after);
            return changes is null
                ? Problems.Message(StatusCodes.Status410Gone, "Too far back", $"The changes after {after} are no longer kept: take GET /live/report (sequence {sequence}).")
                : Results.Text(Moved(sequence, changes, []), "application/json");
        }).WithSummary("The results that moved after a sequence number, each once as it is now.");
    }

    /// <summary>A yes/no query parameter: absent, <c>true</c> or <c>false</c> (any case); anything else is refused with its name.</summary>
    private static bool Flag(string? value, string name)
    {
        if (value is null)
        {
            return false;
        }

        return bool.TryParse(value, out var flag) ? flag : throw new InvalidInputException(name, $"'{value}' is not true or false");
    }

    private static IResult NotOpen() => Problems.Message(StatusCodes.Status409Conflict, "No live region", "No live region is open: POST /live with a dataset first.");

    private static (ReportFormat Format, RenderOptions Options) Rendering(string? format, string? lang, string? college)
    {
        var reportFormat = format switch
        {
            null or "json" => ReportFormat.Json,
            "csv" => ReportFormat.Csv,
            "html" => ReportFormat.Html,
            "xlsx" => ReportFormat.Xlsx,
            "table" => ReportFormat.Table,
            _ => throw new InvalidInputException("format", $"'{format}' is not one of json, csv, html, xlsx, table"),
        };
        var language = lang switch
        {
            null or "ru" => ReportLanguage.Ru,
            "en" => ReportLanguage.En,
            _ => throw new InvalidInputException("lang", $"'{lang}' is not one of ru, en"),
        };
        return (reportFormat, new RenderOptions { Language = language, College = college });
    }

    /// <summary>
    /// The results a batch moved: <c>{"sequence": N, "changes": [{"collegeId": "c1" | null, "result": {…}}]}</c>, and
    /// <c>"findings"</c> when reading its records found something (DQ10: a property the contract does not have).
    /// </summary>
    private static string Moved(long sequence, IReadOnlyList<ResultChange> changes, IReadOnlyList<Quality.Finding> findings)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("sequence", sequence);
            writer.WriteStartArray("changes");
            foreach (var change in changes)
            {
                writer.WriteStartObject();
                writer.WriteString("collegeId", change.CollegeId);
                writer.WritePropertyName("result");
                writer.WriteRawValue(ReportWriter.ToJson(change.Result), skipInputValidation: true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (findings.Count > 0)
            {
                writer.WriteStartArray("findings");
                foreach (var finding in findings)
                {
                    writer.WriteStartObject();
                    writer.WriteString("code", finding.Code);
                    writer.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                    writer.WriteString("path", finding.Path);
                    writer.WriteString("recordId", finding.RecordId);
                    writer.WriteString("message", finding.Message);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
