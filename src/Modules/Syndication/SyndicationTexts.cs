using Portal.Core.Localization;
using Portal.Syndication.Channels;
using Portal.Syndication.Counting;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;

namespace Portal.Syndication;

/// <summary>The keys of the texts in <see cref="SyndicationResources"/> that a value chooses, one set per kind of text.</summary>
public static class SyndicationTexts
{
    /// <summary>A channel's warning, formatted with the channel's name and the moment it concerns.</summary>
    public static readonly ResourceKeys<ChannelWarningKind, SyndicationResources> ChannelWarning = new("ChannelWarning", Enum.GetValues<ChannelWarningKind>());

    public static readonly ResourceKeys<ChannelState, SyndicationResources> ChannelState = new("ChannelState", Enum.GetValues<ChannelState>());

    public static readonly ResourceKeys<DeliveryKind, SyndicationResources> DeliveryKind = new("DeliveryKind", Enum.GetValues<DeliveryKind>());

    public static readonly ResourceKeys<DeliveryState, SyndicationResources> DeliveryState = new("DeliveryState", Enum.GetValues<DeliveryState>());

    /// <summary>Which of Meta's usage figures is the highest.</summary>
    public static readonly ResourceKeys<string, SyndicationResources> MetaFigure = new("MetaFigure", MetaUsage.Figures);

    public static readonly ResourceKeys<Replies.InteractionState, SyndicationResources> InteractionState = new("InteractionState", Enum.GetValues<Replies.InteractionState>());

    /// <summary>What staff are told after setting a reaction's state.</summary>
    public static readonly ResourceKeys<Replies.InteractionState, SyndicationResources> InteractionStateChanged = new("InteractionStateChanged", Enum.GetValues<Replies.InteractionState>());

    public static readonly ResourceKeys<Replies.InteractionKind, SyndicationResources> InteractionKind = new("InteractionKind", Enum.GetValues<Replies.InteractionKind>());

    public static readonly ResourceKeys<LengthUnit, SyndicationResources> Unit = new("Unit", Enum.GetValues<LengthUnit>());

    /// <summary>What an error of each kind means; an expiry explains itself instead (see DeliveryErrorText).</summary>
    public static readonly ResourceKeys<ErrorKind, SyndicationResources> ErrorKind = new("ErrorKind", Enum.GetValues<ErrorKind>().Where(k => k != Deliveries.ErrorKind.Expired));
}
