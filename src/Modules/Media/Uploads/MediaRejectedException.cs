namespace Portal.Media.Uploads;

/// <summary>
/// Why a file cannot be stored: a key of MediaResources and its arguments. Thrown inside the upload checks and
/// turned into one Spanish message naming the file by the library.
/// </summary>
public sealed class MediaRejectedException : Exception
{
    public MediaRejectedException(string reasonKey, params object[] arguments)
        : base(reasonKey)
    {
        ReasonKey = reasonKey;
        Arguments = arguments;
    }

    public MediaRejectedException()
        : this("Upload_Invalid")
    {
    }

    public MediaRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ReasonKey = message;
        Arguments = [];
    }

    public string ReasonKey { get; }

    public IReadOnlyList<object> Arguments { get; }

    /// <summary>The 1-based line of a text file where the problem is, when there is one.</summary>
    public int? Line { get; init; }
}
