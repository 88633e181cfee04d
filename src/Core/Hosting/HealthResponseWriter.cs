using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.Core.Hosting;

/// <summary>A small JSON report: overall status, each check, and the process's own figures.</summary>
internal static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        using var process = Process.GetCurrentProcess();
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            totalDurationMs = report.TotalDuration.TotalMilliseconds,
            process = new
            {
                uptimeSeconds = (int)(DateTime.Now - process.StartTime).TotalSeconds,
                workingSetMb = process.WorkingSet64 / (1024 * 1024),
                gcHeapMb = GC.GetTotalMemory(false) / (1024 * 1024),
            },
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, durationMs = e.Value.Duration.TotalMilliseconds }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
