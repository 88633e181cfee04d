using Portal.Core.Content;

namespace Portal.Media.Assets;

/// <summary>
/// One uploaded file. Content refers to assets by <see cref="Id"/>, so renaming or replacing the file breaks no
/// link; the stored file's key changes on replace, which also changes every derived URL.
/// </summary>
public sealed class MediaAsset
{
    public const string TableName = "MediaAssets";
    public const int FileNameLength = 255;
    public const int StorageKeyLength = 200;
    public const int TextLength = 500;
    public const int HashLength = 64;

    public string Id { get; set; } = "";

    /// <summary>The name shown to editors; the uploaded name unless changed.</summary>
    public string FileName { get; set; } = "";

    public MediaKind Kind { get; set; }

    public string ContentType { get; set; } = "";

    /// <summary>Where the file lives in <see cref="Storage.IMediaStorage"/>.</summary>
    public string StorageKey { get; set; } = "";

    public long Length { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>SHA-256 of the stored bytes, in lowercase hex; also the file's ETag.</summary>
    public string Hash { get; set; } = "";

    public string? Credit { get; set; }

    public string? Licence { get; set; }

    /// <summary>The alt text offered when the asset is placed; content may say better in context.</summary>
    public string? AltText { get; set; }

    public string UploadedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public List<MediaTag> Tags { get; set; } = [];

    internal static int IdLength => ContentItem.IdLength;
}

/// <summary>A label on an asset (a folder is a tag too), in its own rows so the library filters without JSON.</summary>
public sealed class MediaTag
{
    public const string TableName = "MediaTags";
    public const int Length = 100;

    public string AssetId { get; set; } = "";

    public string Name { get; set; } = "";
}
