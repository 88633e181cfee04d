using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Messages;
using Portal.Syndication.Replies;

namespace Portal.Syndication.Pages.Admin.Syndication.Items;

/// <summary>
/// The item's "Difusión" page: before publishing, each channel's message with that network's count, a box to
/// untick it and its editable text; after, each delivery's state, its error in Spanish, and "Reintentar", and the
/// conversation under each of the item's posts with an answer box for whoever may answer.
/// </summary>
[AuthorizePermission(Permissions.SyndicateName)]
public sealed class ItemModel(
    IUnitOfWork unitOfWork,
    IContentManager contents,
    MessagePlanner planner,
    DeliveryCommands commands,
    ConversationQuery conversations,
    IAuthorizationService authorization,
    IStringLocalizer<SyndicationResources> S) : PageModel
{
    public sealed class ChoiceInput
    {
        public int ChannelId { get; set; }

        public bool Enabled { get; set; }

        public string Text { get; set; } = "";
    }

    public sealed record DeliveryRow(Delivery Delivery, string ChannelName, DeliveryAttempt? LastAttempt);

    [BindProperty]
    public List<ChoiceInput> Choices { get; set; } = [];

    public ContentItem Item { get; private set; } = null!;

    public IReadOnlyList<ChannelPlan> Plans { get; private set; } = [];

    public IReadOnlyList<DeliveryRow> Deliveries { get; private set; } = [];

    /// <summary>The conversations under the item's posts; empty for someone who may not answer.</summary>
    public IReadOnlyList<ThreadView> Threads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(itemId, cancellationToken))
        {
            return NotFound();
        }

        if (await authorization.HasPermissionAsync(User, Permissions.AnswerReplies))
        {
            Threads = await conversations.ThreadsAsync(itemId, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string itemId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(itemId, cancellationToken))
        {
            return NotFound();
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        var stored = await db.Set<SyndicationChoice>().Where(c => c.ItemId == itemId).ToListAsync(cancellationToken);
        foreach (var plan in Plans)
        {
            var input = Choices.FirstOrDefault(c => c.ChannelId == plan.Channel.Id);
            if (input is null)
            {
                continue;
            }

            var choice = stored.FirstOrDefault(c => c.ChannelId == plan.Channel.Id) ?? db.Add(new SyndicationChoice { ItemId = itemId, ChannelId = plan.Channel.Id }).Entity;
            choice.Enabled = input.Enabled;
            var text = input.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
            choice.CustomText = text.Length == 0 || text == DefaultTemplate(plan) ? null : text;
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = S["Item_Saved"].Value;
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostRetryAsync(string itemId, long deliveryId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(itemId, cancellationToken) || Deliveries.All(d => d.Delivery.Id != deliveryId))
        {
            return NotFound();
        }

        TempData["Message"] = await commands.RetryAsync(deliveryId, cancellationToken) ? S["Item_Retried"].Value : S["Item_NotRetried"].Value;
        return Redirect(Request.Path);
    }

    public async Task<IActionResult> OnPostFollowUpAsync(string itemId, DeliveryKind kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(itemId, cancellationToken) || kind == DeliveryKind.Post)
        {
            return NotFound();
        }

        var queued = await commands.FollowUpAsync(itemId, kind, cancellationToken);
        TempData["Message"] = S[kind == DeliveryKind.Update ? "Item_UpdatesQueued" : "Item_DeletionsQueued", queued].Value;
        return Redirect(Request.Path);
    }

    private async Task<bool> LoadAsync(string itemId, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(itemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Plans = await planner.PlanAsync(item, contents.GetModel(item), cancellationToken);
        var db = unitOfWork.Db;
        // Answers show in their conversation, under the reaction they answer.
        var deliveries = await db.Set<Delivery>().AsNoTracking().Where(d => d.ItemId == itemId && d.Kind != DeliveryKind.Reply).OrderByDescending(d => d.Id).ToListAsync(cancellationToken);
        var ids = deliveries.Select(d => d.Id).ToList();
        var attempts = await db.Set<DeliveryAttempt>().AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(cancellationToken);
        var channels = await db.Set<Channel>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        Deliveries = [.. deliveries.Select(d => new DeliveryRow(d, channels.GetValueOrDefault(d.ChannelId, ""), attempts.Where(a => a.DeliveryId == d.Id).MaxBy(a => a.Id)))];
        return true;
    }

    /// <summary>The template a channel uses when the editor has not written their own.</summary>
    private static string DefaultTemplate(ChannelPlan plan) =>
        plan.Custom ? "" : plan.Template.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
