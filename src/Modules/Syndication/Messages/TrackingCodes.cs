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
}
