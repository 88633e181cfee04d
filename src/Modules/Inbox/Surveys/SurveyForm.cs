namespace Portal.Inbox.Surveys;

/// <summary>What the survey page posts.</summary>
public sealed class SurveyForm
{
    public int? Score { get; set; }

    public bool? Solved { get; set; }

    public string? Comment { get; set; }
}

/// <summary>The survey page: the form, its errors, or the thanks once answered.</summary>
public sealed record SurveyPage(string Token, string Reference, SurveyForm Form, IReadOnlyList<string> Errors, bool Answered);
