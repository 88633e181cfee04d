using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Media.Sharing;
using Portal.Syndication.Channels;
using Portal.Syndication.Counting;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Publishing;

namespace Portal.Syndication.Messages;

/// <summary>One channel's message for one item, as the editor sees it and as it will be queued.</summary>
public sealed record ChannelPlan(Channel Channel, bool Enabled, bool Custom, string Template, string? Text, MessageCount? Count, string? TemplateError)
{
    /// <summary>The image attached to the message, with its alt text; null when the item shares none.</summary>
    public SharedImage? Image { get; init; }

    /// <summary>The size of the image file sent; null when the image could not be prepared.</summary>
    public long? ImageBytes { get; init; }

    public long ImageLimit => ImageLimits.MaxBytes(Channel.Network);

    public bool ImageFits => Image is null || ImageBytes <= ImageLimit;

    public bool Fits => Text is not null && Count is { Fits: true } && ImageFits;
}

/// <summary>
/// Renders every channel's message for an item and counts it with that network's rules. The "Difusión" page,
/// the publish check and the enqueue all call this, so what was previewed is what is sent.
/// </summary>
public sealed class MessagePlanner(IUnitOfWork unitOfWork, MessageSource source, SharedImages images, PublicUrls urls, SyndicatedTypes types)
{
    public async Task<IReadOnlyList<ChannelPlan>> PlanAsync(ContentItem item, object model, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var channels = await db.Set<Channel>().AsNoTracking().Where(c => c.State != ChannelState.Disabled).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        if (channels.Count == 0)
        {
            return [];
        }

        var templates = await db.Set<ChannelTemplate>().AsNoTracking().Where(t => t.ContentType == item.ContentType).ToDictionaryAsync(t => t.ChannelId, t => t.Template, cancellationToken);
        var typeOn = await types.IsOnAsync(item.ContentType, cancellationToken);
        var choices = await db.Set<SyndicationChoice>().AsNoTracking().Where(c => c.ItemId == item.ItemId).ToDictionaryAsync(c => c.ChannelId, cancellationToken);
        var message = await source.BuildAsync(item, model, cancellationToken);
        var link = TrackingCodes.Link(await urls.BaseAsync(cancellationToken), TrackingCodes.Placeholder);
        var imageBytes = message.Image is { } image ? await images.SizeAsync(image, cancellationToken) : null;

        return [.. channels.Select(channel =>
        {
            var choice = choices.GetValueOrDefault(channel.Id);
            var template = choice?.CustomText ?? templates.GetValueOrDefault(channel.Id) ?? NetworkDefaults.Template(channel.Network);
            var (text, error) = MessageRenderer.Render(template, message.For(channel.Network), link);
            var options = new CountingOptions(HasMedia: message.Image is not null, MaxCharacters: channel.MaxCharacters);
            var count = text is null ? null : NetworkCounters.For(channel.Network).Count(text, options);
            return new ChannelPlan(channel, choice?.Enabled ?? typeOn, choice?.CustomText is not null, template, text, count, error)
            {
                Image = message.Image,
                ImageBytes = imageBytes,
            };
        })];
    }

    /// <summary>The message with the delivery's own tracking code in place of the placeholder (same length, same count).</summary>
    public static string WithCode(ChannelPlan plan, string code) =>
        plan.Text!.Replace(TrackingCodes.Path + TrackingCodes.Placeholder, TrackingCodes.Path + code, StringComparison.Ordinal);
}
