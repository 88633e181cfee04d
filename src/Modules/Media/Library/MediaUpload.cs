namespace Portal.Media.Library;

/// <summary>What editors write about an asset.</summary>
public record MediaDetails
{
    public string? AltText { get; init; }

    public string? Credit { get; init; }

    public string? Licence { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>A file to add to the library, with the descriptions an editor gave it.</summary>
public sealed record MediaUpload(string FileName, Stream Content, string UploadedBy) : MediaDetails;
