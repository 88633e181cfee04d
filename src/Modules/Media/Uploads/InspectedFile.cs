using Portal.Media.Assets;

namespace Portal.Media.Uploads;

/// <summary>An upload that passed every check: the bytes to store (sanitized when needed) in a temporary file, deleted on dispose.</summary>
public sealed class InspectedFile(string path, MediaKind kind, long length, int? width, int? height, string hash) : IDisposable
{
    public string Path { get; } = path;

    public MediaKind Kind { get; } = kind;

    public long Length { get; } = length;

    public int? Width { get; } = width;

    public int? Height { get; } = height;

    public string Hash { get; } = hash;

    public Stream OpenRead() => new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Dispose() => File.Delete(Path);
}
