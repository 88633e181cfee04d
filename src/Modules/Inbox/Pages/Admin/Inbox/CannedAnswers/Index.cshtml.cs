using Microsoft.AspNetCore.Mvc;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Desk;

namespace Portal.Inbox.Pages.Admin.Inbox.CannedAnswers;

/// <summary>The canned answers (<i>respuestas tipo</i>) staff pick from when answering.</summary>
public sealed class IndexModel(CannedAnswerAdministration answers, Microsoft.Extensions.Localization.IStringLocalizer<InboxResources> S) : ConfigurePageModel
{
    public IReadOnlyList<CannedAnswer> Answers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Answers = await answers.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        Back(await answers.DeleteAsync(id, cancellationToken) ? DeskOutcome.Ok(S["Canned_Deleted"]) : DeskOutcome.Refused(S["Canned_Unknown"]), InboxPaths.CannedAnswers);
}
