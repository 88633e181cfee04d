namespace Portal.Core.Theming;

/// <summary>A link in the public site's footer.</summary>
public sealed record FooterLink(string Href, string Text);

/// <summary>
/// A module's link in the public site's footer (the inbox's transparency figures), so the theme needs to know no
/// module; it is shown while the module's feature is enabled.
/// </summary>
public interface IFooterLinkProvider
{
    string Feature { get; }

    FooterLink Link { get; }
}
