using System.Globalization;
using Portal.Core.Localization;
using Portal.Inbox.People;
using Portal.Inbox.Requests;

namespace Portal.Inbox;

/// <summary>The keys of the texts in <see cref="InboxResources"/> that a value chooses: every page names states, channels and deliveries the same way.</summary>
public static class InboxTexts
{
    public static readonly ResourceKeys<RequestState, InboxResources> State = new("State", Enum.GetValues<RequestState>());

    public static readonly ResourceKeys<InboxChannel, InboxResources> Channel = new("Channel", Enum.GetValues<InboxChannel>());

    /// <summary>How far an outbound message got; inbound messages and notes show none.</summary>
    public static readonly ResourceKeys<MessageDelivery, InboxResources> Delivery = new("Delivery", Enum.GetValues<MessageDelivery>().Where(d => d != MessageDelivery.None));

    public static readonly ResourceKeys<HandleKind, InboxResources> HandleKind = new("HandleKind", Enum.GetValues<HandleKind>());

    public static readonly ResourceKeys<MessageDirection, InboxResources> Direction = new("Direction", Enum.GetValues<MessageDirection>());

    /// <summary>A moment as staff read it: day and time in Madrid.</summary>
    public static string Time(DateTime utc) => Madrid.ToLocal(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
