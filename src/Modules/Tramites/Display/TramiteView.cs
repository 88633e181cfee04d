using Portal.Tramites.Model;

namespace Portal.Tramites.Display;

/// <summary>A trámite as citizens read it: the stored model plus what is computed for the page.</summary>
public sealed record TramiteView(
    TramiteContent Tramite,
    string Title,
    WindowStatus Window,
    string PeriodSentence,
    string? ResolutionSentence,
    string? SilenceSentence,
    string UpdatedText,
    string UpdatedIso,
    IReadOnlyList<RelatedLink> Related)
{
    /// <summary>Where the "Tramitar" button goes: the first online channel's sede address.</summary>
    public TramiteChannel? StartChannel => Tramite.Channels.FirstOrDefault(c => c.Kind == ChannelKind.Online && !string.IsNullOrWhiteSpace(c.Url));

    public IEnumerable<TramiteChannel> OtherChannels => Tramite.Channels.Where(c => c != StartChannel);

    public bool CanStart => StartChannel is not null && Window == WindowStatus.Open;
}

/// <param name="Kind">"video" or "infografia".</param>
public sealed record RelatedLink(string Kind, string Title, string Url);
