using System.Globalization;

namespace Portal.Media.Admin;

/// <summary>File sizes as editors read them, in Spanish notation.</summary>
public static class MediaSizes
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    public static string Format(long bytes) => bytes switch
    {
        < 1024 => string.Create(Spanish, $"{bytes} B"),
        < 1024 * 1024 => string.Create(Spanish, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(Spanish, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
