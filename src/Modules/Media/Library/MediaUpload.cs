namespace Portal.Media.Library;

/// <summary>A file to add to the library, with the descriptions an editor gave it.</summary>
public sealed record MediaUpload(string FileName, Stream Content, string UploadedBy)
{
    public string? AltText { get; init; }

    public string? Credit { get; init; }

    public string? Licence { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
