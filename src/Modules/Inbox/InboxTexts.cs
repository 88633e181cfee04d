using Portal.Core.Localization;
using Portal.Inbox.People;
using Portal.Inbox.Requests;

namespace Portal.Inbox;

/// <summary>The keys of the texts in <see cref="InboxResources"/> that a value chooses, one set per kind of text.</summary>
public static class InboxTexts
{
    public static readonly ResourceKeys<RequestState, InboxResources> RequestState = new("RequestState", Enum.GetValues<RequestState>());

    public static readonly ResourceKeys<HandleKind, InboxResources> HandleKind = new("HandleKind", Enum.GetValues<HandleKind>());

    public static readonly ResourceKeys<InboxChannel, InboxResources> Channel = new("InboxChannel", Enum.GetValues<InboxChannel>());
}
