namespace Portal.Syndication.Channels;

/// <summary>A channel's Liquid template for one content type; without one, the network's default is used.</summary>
public sealed class ChannelTemplate
{
    public const string TableName = "SyndicationTemplates";
    public const int ContentTypeLength = 50;
    public const int TemplateLength = 4000;

    public int Id { get; set; }

    public int ChannelId { get; set; }

    public string ContentType { get; set; } = "";

    public string Template { get; set; } = "";
}
