using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Deliveries;

/// <summary>
/// The maximum age of a post (<see cref="SyndicationOptions.MaxAge"/>), counted from its queueing. Past it, a
/// post that was never sent fails without a call; one that may be out already is looked for first, adopted when
/// found, and failed only when it is absent; none is ever sent. Updates and deletions correct what is already
/// public, so they never go stale.
/// </summary>
internal sealed class DeliveryExpiry(IOptions<SyndicationOptions> options, IStringLocalizer<SyndicationResources> S)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    public bool IsExpired(Delivery delivery, DateTime now) =>
        delivery.Kind == DeliveryKind.Post && (delivery.QueuedUtc ?? delivery.CreatedUtc) + options.Value.MaxAge <= now;

    /// <summary>The failure as the item, the attempt log and the channel's health show it: in Spanish, with what to do.</summary>
    public SendOutcome Outcome(Delivery delivery, SocialNetwork network) =>
        new($"{delivery.Kind} {network}", null, null, 0) { Error = ErrorKind.Expired, Message = S["Delivery_Expired", Describe(options.Value.MaxAge)].Value };

    private string Describe(TimeSpan age) =>
        age.TotalDays >= 2 ? S["Duration_Days", Number(age.TotalDays)].Value
        : age.TotalHours >= 2 ? S["Duration_Hours", Number(age.TotalHours)].Value
        : S["Duration_Minutes", Number(age.TotalMinutes)].Value;

    private static string Number(double value) => value.ToString("0.#", Spanish);
}
