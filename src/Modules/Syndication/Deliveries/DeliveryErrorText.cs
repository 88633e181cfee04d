using Microsoft.Extensions.Localization;

namespace Portal.Syndication.Deliveries;

/// <summary>
/// What an editor reads about a delivery's last error, wherever it is shown: an expiry explains itself; any other
/// error is its kind explained in Spanish, followed by the network's own words.
/// </summary>
internal static class DeliveryErrorText
{
    public static string? Of(Delivery delivery, IStringLocalizer<SyndicationResources> S) => delivery.LastErrorKind switch
    {
        null => null,
        ErrorKind.Expired => delivery.LastError,
        ErrorKind kind => $"{S[SyndicationTexts.ErrorKind[kind]]} {S["Item_NetworkSaid", delivery.LastError ?? ""]}",
    };
}
