using Portal.Core.Content;

namespace Portal.Contents.Parts;

/// <summary>
/// What every citizen-facing type (trámite guide, infographic, video tutorial, blog post) has: embed it in the
/// type's model as <c>Common</c> and run <see cref="CommonPartValidator"/> from the type's content handler.
/// </summary>
public sealed class CommonPart
{
    /// <summary>Required to publish; advised at most <see cref="CommonPartRules.TitleAdvisedLength"/> characters.</summary>
    [TextLimit(TextLimits.Line)]
    public string Title { get; set; } = "";

    /// <summary>One sentence ending in a full stop; required to publish.</summary>
    [TextLimit(TextLimits.Sentence)]
    public string Summary { get; set; } = "";

    [TextLimit(TextLimits.Line)]
    public string Slug { get; set; } = "";

    /// <summary>Slugs of terms of the "temas" vocabulary.</summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>Slugs of terms of the "hechos-vitales" vocabulary.</summary>
    public List<string> LifeEvents { get; set; } = [];

    /// <summary>Slugs of terms of the "destinatarios" vocabulary.</summary>
    public List<string> Audiences { get; set; } = [];

    /// <summary>The words people type when looking for this ("empadronarme", "volante"), for search.</summary>
    [TextLimit(TextLimits.Line)]
    public List<string> CitizenKeywords { get; set; } = [];

    /// <summary>The administrative unit that provides the service.</summary>
    public ResponsibleUnit ResponsibleUnit { get; set; } = new();

    /// <summary>Who keeps the text right; not shown to citizens.</summary>
    public ContentOwner ContentOwner { get; set; } = new();

    /// <summary>When the owner must check the text again; never in the past.</summary>
    public DateOnly? NextReviewDate { get; set; }

    public ChangeType ChangeType { get; set; }

    /// <summary>What changed, for citizens; required for a major change.</summary>
    public string? ChangeNote { get; set; }
}

public sealed class ResponsibleUnit
{
    [TextLimit(TextLimits.Line)]
    public string Name { get; set; } = "";

    /// <summary>The unit's code in the DIR3 directory of Spanish administrations, e.g. "L01280796".</summary>
    [TextLimit(TextLimits.Line)]
    public string Dir3Code { get; set; } = "";
}

public sealed class ContentOwner
{
    [TextLimit(TextLimits.Line)]
    public string Unit { get; set; } = "";

    [TextLimit(TextLimits.Line)]
    public string Email { get; set; } = "";
}

/// <summary>A major change is one citizens must know about (a new requirement, a new deadline).</summary>
public enum ChangeType
{
    Minor,
    Major,
}
