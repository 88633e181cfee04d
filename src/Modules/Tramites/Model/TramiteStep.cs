namespace Portal.Tramites.Model;

/// <summary>One step of the trámite; steps are shown in list order.</summary>
public sealed class TramiteStep
{
    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>An absolute https address the step points to.</summary>
    public string? Url { get; set; }
}
