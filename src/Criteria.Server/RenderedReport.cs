using Criteria.Rendering;
using Criteria.Reporting;
using Microsoft.AspNetCore.Http;

namespace Criteria.Server;

/// <summary>A report written to the response in a format, with its media type, streamed as it is rendered.</summary>
internal sealed class RenderedReport(Report report, ReportFormat format, RenderOptions options) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = ReportRenderer.MediaTypeOf(format);
        if (format == ReportFormat.Xlsx)
        {
            httpContext.Response.Headers.ContentDisposition = "attachment; filename=\"report.xlsx\"";

            // The workbook is a zip archive, which closes its entries with synchronous writes: allowed for this
            // response only, so that the workbook still streams instead of being buffered whole.
            if (httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body)
            {
                body.AllowSynchronousIO = true;
            }
        }

        await ReportRenderer.WriteAsync(report, format, httpContext.Response.Body, options, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
