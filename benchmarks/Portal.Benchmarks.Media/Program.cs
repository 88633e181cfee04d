using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using NetVips;
using Portal.Benchmarks.Media;
using Portal.Core.Data;
using Portal.Media.Assets;
using Portal.Media.Images;

// benchmarks/media/run.sh drives this: "generate <folder> <count>" writes camera-size JPEGs, and
// "variants <folder> <cache>" turns each into the 800 px WebP through ImageVariants, the code that serves /medios.
return args switch
{
    ["generate", var folder, var count] => Generate(folder, int.Parse(count, CultureInfo.InvariantCulture)),
    ["variants", var folder, var cache] => await VariantsAsync(folder, cache),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate <folder> <count> | variants <folder> <cache-folder>");
    return 2;
}

static int Generate(string folder, int count)
{
    Directory.CreateDirectory(folder);
    for (var i = 0; i < count; i++)
    {
        // A smooth gradient with sensor-like noise compresses as a camera photo does (a few MB at q 92).
        using var x = Image.Xyz(4000, 3000);
        using var gradient = (x[0] * (255.0 / 4000) + x[1] * (128.0 / 3000) + (i * 5 % 255)) % 256;
        using var noise = Image.Gaussnoise(4000, 3000, sigma: 12, mean: 0);
        using var red = gradient + noise;
        using var green = (gradient * 0.7) + noise;
        using var blue = (255 - gradient) + noise;
        using var joined = red.Bandjoin(green, blue);
        using var pixels = joined.Cast(Enums.BandFormat.Uchar);
        pixels.Jpegsave(Path.Combine(folder, $"foto-{i:00}.jpg"), q: 92);
    }

    Console.WriteLine($"generated {count} JPEGs of 4000x3000 in {folder}");
    return 0;
}

static async Task<int> VariantsAsync(string folder, string cache)
{
    var files = Directory.GetFiles(folder, "*.jpg").Order(StringComparer.Ordinal).ToArray();
    var paths = new AppDataPaths(Options.Create(new DatabaseOptions { AppDataPath = Path.GetFullPath(cache) }), new BenchmarkEnvironment(cache));
    var variants = new ImageVariants(paths, new FolderStorage(folder));
    var width = new ImageVariant(800, VariantFormat.WebP);
    var assets = files.Select((file, i) => new MediaAsset
    {
        Id = $"bench{i:D21}",
        Kind = MediaKind.Jpeg,
        StorageKey = Path.GetFileName(file),
        Hash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
    }).ToList();

    var clock = Stopwatch.StartNew();
    // As many requests at once as files: ImageVariants itself lets two render at a time, as on the server.
    var made = await Task.WhenAll(assets.Select(asset => Task.Run(() => variants.GetAsync(asset, width, CancellationToken.None))));
    clock.Stop();

    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"portal: {made.Length} thumbnails in {seconds:0.00} s = {made.Length / seconds:0.00} thumbnails/s (libvips {NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)})"));
    return 0;
}
