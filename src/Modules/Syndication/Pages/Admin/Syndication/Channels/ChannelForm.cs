using System.ComponentModel.DataAnnotations;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Pages.Admin.Syndication.Channels;

/// <summary>The channel form. Secrets are write-only: left empty, the stored ones are kept.</summary>
public sealed class ChannelForm
{
    public SocialNetwork Network { get; set; }

    [Required(ErrorMessage = "Channel_NameRequired")]
    [StringLength(Channel.NameLength, ErrorMessage = "Channel_TooLong")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Channel_ApiBaseUrlRequired")]
    [Url(ErrorMessage = "Channel_ApiBaseUrlInvalid")]
    [StringLength(Channel.UrlLength, ErrorMessage = "Channel_TooLong")]
    public string ApiBaseUrl { get; set; } = "";

    [Required(ErrorMessage = "Channel_AccountRequired")]
    [StringLength(Channel.AccountLength, ErrorMessage = "Channel_TooLong")]
    public string Account { get; set; } = "";

    public string? AccessToken { get; set; }

    public string? AppPassword { get; set; }

    public DateTime? TokenExpires { get; set; }

    [Range(1, 100_000, ErrorMessage = "Channel_MaxCharactersRange")]
    public int? MaxCharacters { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Keyed by content type; empty means the network's default template.</summary>
    public Dictionary<string, string?> Templates { get; set; } = [];
}
