using Microsoft.Extensions.Localization;
using Portal.Core.Theming;

namespace Portal.Inbox.Reports;

/// <summary>Every public page links to how fast the administration answers, as it links to its legal notice.</summary>
internal sealed class TransparencyFooterLink(IStringLocalizer<InboxResources> S) : IFooterLinkProvider
{
    public string Feature => Manifest.Feature;

    public FooterLink Link => new(InboxPaths.Transparency, S["Transparency_Title"]);
}
