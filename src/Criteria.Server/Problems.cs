using Criteria.Evaluation;
using Criteria.Json;
using Criteria.Reporting;
using Microsoft.AspNetCore.Http;

namespace Criteria.Server;

/// <summary>Bad input as RFC 9457 problem details: the message, the JSON path, the line and the record the command line would print; never a stack trace.</summary>
internal static class Problems
{
    public static IResult Of(Exception error) => error switch
    {
        InvalidInputException invalid => Results.Problem(
            title: "The input breaks the contract",
            detail: invalid.Message,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["path"] = invalid.Path,
                ["problem"] = invalid.Problem,
                ["line"] = invalid.Line,
                ["bytePositionInLine"] = invalid.BytePositionInLine,
                ["recordId"] = invalid.RecordId,
            }),
        DatasetRejectedException rejected => Results.Problem(
            title: "The data has errors",
            detail: rejected.Message,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?>
            {
                ["path"] = rejected.Errors.Count > 0 ? rejected.Errors[0].Path : null,
                ["errors"] = rejected.Errors.Take(100).Select(f => new { code = f.Code, path = f.Path, recordId = f.RecordId, message = f.Message }).ToArray(),
                ["errorCount"] = rejected.Errors.Count,
            }),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Results.Problem(
            title: "The request is too large",
            detail: error.Message,
            statusCode: StatusCodes.Status413PayloadTooLarge),
        IncompatibleReportsException incompatible => Results.Problem(title: "Not one series", detail: incompatible.Message, statusCode: StatusCodes.Status400BadRequest),
        _ => Results.Problem(title: "The request cannot be answered", detail: error.Message, statusCode: StatusCodes.Status400BadRequest),
    };

    public static IResult Message(int status, string title, string detail) => Results.Problem(title: title, detail: detail, statusCode: status);

    /// <summary>Whether an error is the caller's input (a 4xx), not the service's fault.</summary>
    public static bool IsInput(Exception error) =>
        error is InvalidInputException or DatasetRejectedException or IncompatibleReportsException or BadHttpRequestException or System.Text.Json.JsonException;
}
