using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NetVips;

namespace Portal.IntegrationTests.Media;

/// <summary>Images built in the test, so each test shows what it feeds the library.</summary>
internal static class TestImages
{
    public static byte[] Png(int width, int height) => Image.Black(width, height, bands: 3).PngsaveBuffer();

    public static byte[] Jpeg(int width, int height) => (Image.Black(width, height, bands: 3) + 128).Cast(Enums.BandFormat.Uchar).JpegsaveBuffer();

    /// <summary>A camera photo: EXIF with GPS position and orientation 6 (to be turned a quarter clockwise).</summary>
    public static byte[] PhotoWithGps(int width, int height)
    {
        using var pixels = (Image.Black(width, height, bands: 3) + new[] { 200.0, 40.0, 40.0 }).Cast(Enums.BandFormat.Uchar);
        using var photo = pixels.Mutate(m =>
        {
            m.Set(GValue.GIntType, "orientation", 6);
            m.Set(GValue.GStrType, "exif-ifd0-Make", "Camara de prueba");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "42/1 52/1 30/1");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "W");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "8/1 32/1 40/1");
        });
        return photo.JpegsaveBuffer(keep: Enums.ForeignKeep.All);
    }

    /// <summary>The EXIF GPS fields of an encoded image, as libvips reads them.</summary>
    public static IReadOnlyList<string> GpsFields(byte[] encoded)
    {
        using var image = Image.NewFromBuffer(encoded);
        return [.. image.GetFields().Where(f => f.StartsWith("exif-ifd3-GPS", StringComparison.Ordinal))];
    }

    /// <summary>
    /// A real decompression bomb: a 1-bit PNG of width × height whose zero rows compress to a few tens of KB,
    /// but would take width × height × 3 bytes once decoded.
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        using var idat = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionLevel.Fastest, leaveOpen: true))
        {
            var row = new byte[1 + ((width + 7) / 8)];
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1; // bit depth; colour type 0 (grey), default compression, filter and no interlace
        using var png = new MemoryStream();
        png.Write([0x89, .. "PNG\r\n\u001a\n"u8]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", idat.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
