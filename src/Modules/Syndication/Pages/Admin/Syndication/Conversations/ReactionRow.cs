using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Portal.Syndication.Replies;

namespace Portal.Syndication.Pages.Admin.Syndication.Conversations;

/// <summary>What <c>_Reaction</c> shows: the reaction, where its forms come back to, and a refused answer's text and reason.</summary>
public sealed record ReactionRow(ReactionView View, string ReturnUrl, bool ShowKind, string? ItemLink)
{
    public string? Error { get; init; }

    public string? Text { get; init; }

    /// <summary>The row with what a refused answer left in TempData for it (read once, so a reload shows a fresh box).</summary>
    public ReactionRow WithRefused(ITempDataDictionary tempData) => this with
    {
        Error = tempData[AnswerForm.ErrorKey(View.Interaction.Id)] as string,
        Text = tempData[AnswerForm.TextKey(View.Interaction.Id)] as string,
    };
}
