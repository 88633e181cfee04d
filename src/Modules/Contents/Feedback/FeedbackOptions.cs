namespace Portal.Contents.Feedback;

/// <summary>How many answers one address may send per window (section Portal:Feedback).</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Portal:Feedback";

    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 600;
}
