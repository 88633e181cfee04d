using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Core.Hosting;

/// <summary>
/// The status an exception stands for. Client errors surface as exceptions while a request is read (a body over
/// Kestrel's limit, a form over its limits, a malformed form): they are the sender's fault, so they answer 4xx and are
/// not logged as server failures. A full disk answers 507, so that people are told what happened.
/// </summary>
public static class RequestFailures
{
    /// <returns>The status the exception stands for, or 500 when it is another server failure.</returns>
    public static int StatusFor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        ValueProviderException { InnerException: { } inner } => StatusFor(inner),
        ValueProviderException or InvalidDataException => StatusCodes.Status400BadRequest,
        _ when DiskFull.Caused(exception) => StatusCodes.Status507InsufficientStorage,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static bool IsClientError(Exception exception) => StatusFor(exception) < StatusCodes.Status500InternalServerError;
}
