using System.Security.Cryptography;

namespace Portal.Syndication.Messages;

/// <summary>
/// One code per delivery for its link <c>/s/{code}</c>. Every code has the same length, so a message's length is
/// known before its delivery exists (the preview and the publish check count a placeholder).
/// </summary>
public static class TrackingCodes
{
    public const string Path = "/s/";
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Deliveries.Delivery.TrackingCodeLength);

    public static string Placeholder { get; } = new('x', Deliveries.Delivery.TrackingCodeLength);

    public static string Link(string baseUrl, string code) => baseUrl.TrimEnd('/') + Path + code;

    /// <summary>The site's base URL a tracking link was made with, for the other public addresses a delivery needs.</summary>
    public static string SiteOf(string link) => link[..link.LastIndexOf(Path, StringComparison.Ordinal)];
}
