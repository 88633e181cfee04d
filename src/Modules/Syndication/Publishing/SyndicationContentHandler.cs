using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Media.Admin;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Messages;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Publishing;

/// <summary>
/// A first publication refuses to go ahead when a ticked channel's message does not fit, and otherwise writes one
/// delivery per ticked channel in the publish transaction. Later publications of the same item post nothing by
/// themselves: the "Difusión" page offers to update the remote posts.
/// Nothing is queued while the portal's public address is unknown (the links would point nowhere) nor for what a
/// recipe imports (a new site's sample pages). Such an item is not sent later by itself, which would post a burst of
/// old or sample news the day the address is set; its next publication by an editor sends it as a first one.
/// </summary>
internal sealed class SyndicationContentHandler(
    MessagePlanner planner,
    PublicUrls urls,
    IUnitOfWork unitOfWork,
    RecipeRun recipe,
    TimeProvider clock,
    ILogger<SyndicationContentHandler> logger,
    IStringLocalizer<SyndicationResources> S) : IContentHandler
{
    public const string ErrorField = "Syndication";

    public async Task ValidatingAsync(ValidatingContentContext context)
    {
        if (!context.Publishing || recipe.Running || await urls.KnownBaseAsync(CancellationToken.None) is null || await AlreadySyndicatedAsync(context.Item.ItemId))
        {
            return;
        }

        var plans = (await planner.PlanAsync(context.Item, context.Model, CancellationToken.None)).Where(p => p.Enabled).ToList();
        if (plans.Any(p => p.Image is not null && p.ImageBytes is null))
        {
            context.AddError(ErrorField, S["Validation_ImageUnavailable"]);
        }

        foreach (var plan in plans)
        {

            if (plan.TemplateError is not null)
            {
                context.AddError(ErrorField, S["Validation_Template", plan.Channel.Name, plan.TemplateError]);
            }
            else if (plan.Count?.FirstExceeded is { } exceeded)
            {
                context.AddError(ErrorField, S["Validation_TooLong", plan.Channel.Name, exceeded.Used, exceeded.Limit, S[SyndicationTexts.Unit[exceeded.Unit]]]);
            }

            if (plan.ImageBytes is not null && !plan.ImageFits)
            {
                context.AddError(ErrorField, S["Validation_ImageTooLarge", plan.Channel.Name, MediaSizes.Format(plan.ImageBytes!.Value), MediaSizes.Format(plan.ImageLimit)]);
            }
        }
    }

    public async Task PublishedAsync(ContentContext context)
    {
        if (recipe.Running || await AlreadySyndicatedAsync(context.Item.ItemId))
        {
            return;
        }

        var baseUrl = await urls.KnownBaseAsync(CancellationToken.None);
        if (baseUrl is null)
        {
            if (await unitOfWork.Db.Set<Channel>().AnyAsync(c => c.State != ChannelState.Disabled))
            {
                logger.LogInformation("Published {ItemId} ({ContentType}) without sending it to the social networks: the portal's public address is not set (Portal:Site:BaseUrl or the setup page)", context.Item.ItemId, context.Item.ContentType);
            }

            return;
        }

        var plans = (await planner.PlanAsync(context.Item, context.Model, CancellationToken.None)).Where(p => p.Enabled && p.Fits).ToList();
        if (plans.Count == 0)
        {
            return;
        }

        var path = urls.PathOf(context.Item);
        var now = clock.GetUtcNow();
        foreach (var plan in plans)
        {
            var code = TrackingCodes.New();
            unitOfWork.Db.Add(new Delivery
            {
                ItemId = context.Item.ItemId,
                VersionId = context.Item.VersionId,
                ContentType = context.Item.ContentType,
                ChannelId = plan.Channel.Id,
                Kind = DeliveryKind.Post,
                Text = MessagePlanner.WithCode(plan, code),
                Link = TrackingCodes.Link(baseUrl, code),
                TargetUrl = path is null ? baseUrl + "/" : baseUrl + path,
                IdempotencyKey = plan.Channel.Network == SocialNetwork.Bluesky ? Tid.New(now) : Guid.NewGuid().ToString("N"),
                TrackingCode = code,
                ImageAssetId = plan.Image?.Asset.Id,
                ImageAlt = plan.Image?.Alt,
                State = DeliveryState.Queued,
                NotBeforeUtc = now.UtcDateTime,
                CreatedUtc = now.UtcDateTime,
            });
        }

        await unitOfWork.Db.SaveChangesAsync();
        DeliveryWake.AfterCommit(unitOfWork);
    }

    private Task<bool> AlreadySyndicatedAsync(string itemId) =>
        unitOfWork.Db.Set<Delivery>().AnyAsync(d => d.ItemId == itemId && d.Kind == DeliveryKind.Post);
}
