using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Media.Assets;

namespace Portal.Media.Uploads;

/// <summary>
/// Runs every check on an upload before anything is stored: size, type from content, pixel count, and the
/// type's own rules (SVG sanitized, WebVTT validated). Throws <see cref="MediaRejectedException"/> on the first failure.
/// </summary>
public sealed class UploadInspector(AppDataPaths paths, IOptions<MediaOptions> options)
{
    private readonly string _temporary = paths.Folder("media-uploads");

    /// <summary>
    /// Empties the folder of uploads being inspected; called at start, when none can be (App_Data is the node's own),
    /// so the copies a killed process was inspecting do not pile up.
    /// </summary>
    public int RemoveLeftovers()
    {
        var files = Directory.GetFiles(_temporary);
        foreach (var file in files)
        {
            File.Delete(file);
        }

        return files.Length;
    }

    public async Task<InspectedFile> InspectAsync(Stream content, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var path = System.IO.Path.Combine(_temporary, Guid.NewGuid().ToString("N"));
        try
        {
            var length = await CopyWithLimitAsync(content, path, limits.MaxBytes, cancellationToken);
            if (length == 0)
            {
                throw new MediaRejectedException("Upload_Empty");
            }

            var kind = Sniff(path) ?? throw new MediaRejectedException("Upload_TypeNotAllowed");
            int? width = null, height = null;
            if (kind.IsRaster())
            {
                if (length > limits.MaxImageBytes)
                {
                    throw new MediaRejectedException("Upload_TooLarge", Megabytes(limits.MaxImageBytes));
                }

                (width, height) = ImageProbe.ReadSize(path, kind);
                if ((long)width * height > limits.MaxMegapixels * 1_000_000L)
                {
                    throw new MediaRejectedException("Upload_TooManyPixels", width, height, limits.MaxMegapixels);
                }
            }
            else if (kind == MediaKind.Svg)
            {
                if (length > limits.MaxImageBytes)
                {
                    throw new MediaRejectedException("Upload_TooLarge", Megabytes(limits.MaxImageBytes));
                }

                var sanitized = SvgSanitizer.Sanitize(await File.ReadAllBytesAsync(path, cancellationToken));
                await File.WriteAllBytesAsync(path, sanitized.Content, cancellationToken);
                (length, width, height) = (sanitized.Content.Length, sanitized.Width, sanitized.Height);
            }
            else if (kind == MediaKind.WebVtt)
            {
                WebVttValidator.Validate(await File.ReadAllBytesAsync(path, cancellationToken));
            }

            return new InspectedFile(path, kind, length, width, height, await HashAsync(path, cancellationToken));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<long> CopyWithLimitAsync(Stream content, string path, long maxBytes, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new MediaRejectedException("Upload_TooLarge", Megabytes(maxBytes));
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    private static MediaKind? Sniff(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> header = stackalloc byte[ContentSniffer.HeaderLength];
        var read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        return ContentSniffer.Sniff(header[..read]);
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
    }

    private static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
