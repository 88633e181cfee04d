namespace Portal.Inbox.CannedAnswers;

/// <summary>A <i>respuesta tipo</i>: a ready answer with variables, optionally explaining one trámite guide.</summary>
public sealed class CannedAnswer
{
    public const string TableName = "InboxCannedAnswers";
    public const int TitleLength = 200;
    public const int TextLength = 5000;

    public int Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>With variables such as <c>{referencia}</c>: see <see cref="CannedAnswerVariables"/>.</summary>
    public string Text { get; set; } = "";

    /// <summary>The content item of the guide it explains, for <c>{tramite}</c>.</summary>
    public string? GuideItemId { get; set; }
}

/// <summary>A category a canned answer is offered for; an answer with none is offered for every request.</summary>
public sealed class CannedAnswerCategory
{
    public const string TableName = "InboxCannedAnswerCategories";

    public int CannedAnswerId { get; set; }

    public int CategoryId { get; set; }
}
