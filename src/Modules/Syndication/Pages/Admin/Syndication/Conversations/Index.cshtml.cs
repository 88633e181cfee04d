using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Cluster;
using Portal.Core.Localization;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Replies;

namespace Portal.Syndication.Pages.Admin.Syndication.Conversations;

/// <summary>
/// Every reaction across networks, newest first, filtered by network, content item and state; the list refreshes
/// itself when a reaction arrives (server-sent events), and works as a plain page without script. The answer,
/// state and block forms of the item's Difusión page post here too, and come back to where they were sent from.
/// </summary>
[AuthorizePermission(Permissions.AnswerRepliesName)]
public sealed class IndexModel(
    ConversationQuery query,
    AnswerCommands answers,
    BlockList blocks,
    AnswerCheck check,
    ReplyFeed feed,
    IUnitOfWork unitOfWork,
    IStringLocalizer<SyndicationResources> S) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SocialNetwork? Network { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ItemId { get; set; }

    [BindProperty(SupportsGet = true)]
    public InteractionState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public ConversationPage Results { get; private set; } = new([], 0, ConversationQuery.PageSize);

    public long Version => feed.Version;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The list alone, for the script that refreshes it.</summary>
    public async Task<IActionResult> OnGetListAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Partial("_ConversationList", this);
    }

    /// <summary>Server-sent events: one message each time reactions change.</summary>
    public Task<IActionResult> OnGetChangesAsync(long seen, CancellationToken cancellationToken) => feed.StreamAsync(Response, seen, cancellationToken);

    public async Task<IActionResult> OnPostAnswerAsync(long interactionId, string answerId, string? text, string? returnUrl, CancellationToken cancellationToken)
    {
        var result = await answers.QueueAsync(interactionId, answerId, text ?? "", notice: false, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Message"] = S["Answer_Queued"].Value;
        }
        else
        {
            // The answer comes back to its box with the reason, so nothing typed is lost.
            TempData[AnswerForm.ErrorKey(interactionId)] = string.Join(" ", result.Errors);
            TempData[AnswerForm.TextKey(interactionId)] = text;
        }

        return Back(returnUrl, interactionId);
    }

    /// <summary>The answer's count with the network's rules and its plain-language score, for the composer as the person types.</summary>
    public async Task<IActionResult> OnPostCheckAsync(long interactionId, string? text, CancellationToken cancellationToken)
    {
        var interaction = await unitOfWork.Db.Set<Interaction>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == interactionId, cancellationToken);
        return interaction is null ? NotFound() : Partial("_AnswerCheck", await check.CheckAsync(interaction, text ?? "", cancellationToken));
    }

    public async Task<IActionResult> OnPostStateAsync(long interactionId, InteractionState state, string? returnUrl, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var changed = await unitOfWork.Db.Set<Interaction>().Where(i => i.Id == interactionId && !i.Mine)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.State, state), cancellationToken);
        if (changed == 0)
        {
            return NotFound();
        }

        ReplyWake.AfterImport(unitOfWork);
        TempData["Message"] = S[SyndicationTexts.InteractionStateChanged[state]].Value;
        return Back(returnUrl, interactionId);
    }

    public async Task<IActionResult> OnPostBlockAsync(long interactionId, BlockScope scope, string? returnUrl, CancellationToken cancellationToken)
    {
        var removed = await blocks.BlockAsync(interactionId, scope, User.Identity?.Name ?? "", cancellationToken);
        if (removed is null)
        {
            return NotFound();
        }

        TempData["Message"] = S.Plural(scope == BlockScope.Account ? "Block_Account_Done" : "Block_Domain_Done", removed.Value).Value;
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : AdminMenu.ConversationsPath);
    }

    /// <summary>The page's query string with the filters kept, for page <paramref name="page"/> (and a handler, for the script).</summary>
    public string Query(int page, string? handler = null) =>
        Microsoft.AspNetCore.Http.QueryString.Create(new Dictionary<string, string?>
        {
            ["network"] = Network?.ToString(),
            ["itemId"] = string.IsNullOrEmpty(ItemId) ? null : ItemId,
            ["state"] = State?.ToString(),
            ["pagina"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["handler"] = handler,
        }.Where(p => p.Value is not null)).ToUriComponent();

    private LocalRedirectResult Back(string? returnUrl, long interactionId) =>
        LocalRedirect((Url.IsLocalUrl(returnUrl) ? returnUrl : AdminMenu.ConversationsPath) + "#" + AnswerForm.Anchor(interactionId));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Results = await query.ListAsync(new ConversationFilter(Network, ItemId, State, PageNumber), cancellationToken);
    }
}
