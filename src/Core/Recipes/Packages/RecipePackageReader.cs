using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Core.Recipes.Packages;

/// <summary>
/// Unpacks an uploaded package (a zip with <c>recipe.json</c> and the files its steps name) into a folder of its own
/// under App_Data, refusing it whole before anything is unpacked when an entry would land outside that folder or the
/// package is too big, and stopping as soon as the bytes actually unpacked pass the limit (a zip bomb declares less).
/// </summary>
public sealed class RecipePackageReader(AppDataPaths paths, IOptions<RecipePackageOptions> options, IStringLocalizer<CoreResources> S)
{
    public const string RecipeEntry = "recipe.json";
    public const string FolderName = "recipe-packages";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<UnpackedPackage> UnpackAsync(Stream package, CancellationToken cancellationToken)
    {
        var work = Path.Combine(paths.Folder(FolderName), Guid.NewGuid().ToString("N"));
        var unpacked = new UnpackedPackage(work);
        try
        {
            var files = Directory.CreateDirectory(Path.Combine(work, "files")).FullName;
            var copy = Path.Combine(work, "package.zip");
            await using (var file = new FileStream(copy, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await package.CopyToAsync(file, cancellationToken);
            }

            await using var zipFile = new FileStream(copy, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            await UnpackAsync(zipFile, files, unpacked, cancellationToken);
            if (unpacked.Errors.Count == 0)
            {
                unpacked.Folder = files;
                unpacked.Recipe = ReadRecipe(Path.Combine(files, RecipeEntry), unpacked);
            }

            return unpacked;
        }
        catch
        {
            unpacked.Dispose();
            throw;
        }
    }

    private async Task UnpackAsync(Stream zipFile, string root, UnpackedPackage unpacked, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var maxBytes = limits.MaxMegabytes * 1024L * 1024L;
        try
        {
            using var zip = new ZipArchive(zipFile, ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                unpacked.Error("$", S["Package_TooManyEntries", zip.Entries.Count, limits.MaxEntries]);
                return;
            }

            var entries = Check(zip, root, maxBytes, unpacked);
            if (unpacked.Errors.Count > 0)
            {
                return;
            }

            var written = 0L;
            var buffer = new byte[81920];
            foreach (var (entry, target) in entries)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await using var source = entry.Open();
                await using var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    written += read;
                    if (written > maxBytes)
                    {
                        unpacked.Error("$", S["Package_TooLarge", limits.MaxMegabytes]);
                        return;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
        }
        catch (InvalidDataException)
        {
            unpacked.Error("$", S["Package_NotZip"]);
        }
    }

    /// <returns>Each file entry with where it goes, after reporting every entry that may not be unpacked.</returns>
    private List<(ZipArchiveEntry Entry, string Target)> Check(ZipArchive zip, string root, long maxBytes, UnpackedPackage unpacked)
    {
        var entries = new List<(ZipArchiveEntry, string)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var declared = 0L;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            var target = IsRelative(name) ? Path.GetFullPath(Path.Combine(root, name)) : null;
            if (target is null || !target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                unpacked.Error(name, S["Package_UnsafeEntry", name]);
                continue;
            }

            if (name.EndsWith('/'))
            {
                continue;
            }

            if (!seen.Add(name))
            {
                unpacked.Error(name, S["Package_DuplicateEntry", name]);
                continue;
            }

            declared += entry.Length;
            entries.Add((entry, target));
        }

        if (declared > maxBytes)
        {
            unpacked.Error("$", S["Package_TooLarge", options.Value.MaxMegabytes]);
        }

        if (!seen.Contains(RecipeEntry))
        {
            unpacked.Error("$", S["Package_NoRecipe", RecipeEntry]);
        }

        return entries;
    }

    /// <summary>A relative path with '/' between parts and no part that climbs, hides a drive or names nothing.</summary>
    private static bool IsRelative(string name)
    {
        if (name.Length == 0 || name[0] == '/' || name.Contains('\\') || name.Contains(':') || name.Any(char.IsControl))
        {
            return false;
        }

        var parts = name.TrimEnd('/').Split('/');
        return parts.All(part => part.Length > 0 && part is not ("." or ".."));
    }

    private string? ReadRecipe(string path, UnpackedPackage unpacked)
    {
        try
        {
            return File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            unpacked.Error(RecipeEntry, S["Package_RecipeNotUtf8", RecipeEntry]);
            return null;
        }
    }
}
