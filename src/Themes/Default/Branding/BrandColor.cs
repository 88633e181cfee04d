using System.Globalization;

namespace Portal.Themes.Default.Branding;

/// <summary>An sRGB colour written "#rrggbb", with the WCAG 2.1 contrast maths the theme needs.</summary>
public readonly record struct BrandColor(byte R, byte G, byte B)
{
    /// <summary>WCAG 2.1 AA for normal text (1.4.3): white header text and brand-coloured links on white need it.</summary>
    public const double MinimumContrast = 4.5;

    public static readonly BrandColor White = new(255, 255, 255);

    public static bool TryParse(string? value, out BrandColor color)
    {
        color = default;
        var hex = value?.Trim();
        if (hex is not { Length: 7 } || hex[0] != '#'
            || !int.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            return false;
        }

        color = new BrandColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
        return true;
    }

    /// <summary>The contrast ratio with <paramref name="other"/>, from 1 to 21.</summary>
    public double ContrastWith(BrandColor other)
    {
        var (lighter, darker) = (Math.Max(Luminance, other.Luminance), Math.Min(Luminance, other.Luminance));
        return (lighter + 0.05) / (darker + 0.05);
    }

    /// <summary>The same hue with each channel scaled down, for borders and hover states.</summary>
    public BrandColor Darker(double factor) =>
        new((byte)Math.Round(R * factor), (byte)Math.Round(G * factor), (byte)Math.Round(B * factor));

    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    private double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
