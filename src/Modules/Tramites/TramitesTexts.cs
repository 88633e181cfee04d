using Portal.Core.Localization;
using Portal.Tramites.Display;
using Portal.Tramites.Model;

namespace Portal.Tramites;

/// <summary>The keys of the texts in <see cref="TramitesResources"/> that a value chooses, one set per kind of text.</summary>
public static class TramitesTexts
{
    /// <summary>A channel's name where it has none of its own.</summary>
    public static readonly ResourceKeys<ChannelKind, TramitesResources> ChannelName = new("Channel", Enum.GetValues<ChannelKind>());

    /// <summary>The heading of a channel's way of doing the trámite.</summary>
    public static readonly ResourceKeys<ChannelKind, TramitesResources> ChannelHeading = new("How", Enum.GetValues<ChannelKind>());

    /// <summary>What kind of help a related item is, before its title.</summary>
    public static readonly ResourceKeys<string, TramitesResources> RelatedKind = new("Related", [TramiteDisplay.VideoType, TramiteDisplay.InfographicType]);

    // The editor's choices: each option's text is "<enum>_<value>".
    public static readonly ResourceKeys<TramiteKind, TramitesResources> TramiteKindChoice = new("TramiteKind", Enum.GetValues<TramiteKind>());

    public static readonly ResourceKeys<TramiteInitiation, TramitesResources> TramiteInitiationChoice = new("TramiteInitiation", Enum.GetValues<TramiteInitiation>());

    public static readonly ResourceKeys<ProcedureStatus, TramitesResources> ProcedureStatusChoice = new("ProcedureStatus", Enum.GetValues<ProcedureStatus>());

    public static readonly ResourceKeys<SubmissionPeriodKind, TramitesResources> SubmissionPeriodKindChoice = new("SubmissionPeriodKind", Enum.GetValues<SubmissionPeriodKind>());

    public static readonly ResourceKeys<DayKind, TramitesResources> DayKindChoice = new("DayKind", Enum.GetValues<DayKind>());

    public static readonly ResourceKeys<ChannelKind, TramitesResources> ChannelKindChoice = new("ChannelKind", Enum.GetValues<ChannelKind>());

    public static readonly ResourceKeys<ResolutionUnit, TramitesResources> ResolutionUnitChoice = new("ResolutionUnit", Enum.GetValues<ResolutionUnit>());

    public static readonly ResourceKeys<SilenceEffect, TramitesResources> SilenceEffectChoice = new("SilenceEffect", Enum.GetValues<SilenceEffect>());
}
