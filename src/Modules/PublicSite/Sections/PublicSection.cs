using Portal.Core.Content;

namespace Portal.PublicSite.Sections;

/// <summary>
/// A citizen-facing content type as the public site groups it: its type and the resource keys of its Spanish names.
/// The types live in their own modules, which register their address (<see cref="ContentPath"/>); the section's list
/// and feeds are under that same prefix.
/// </summary>
public sealed record PublicSection(string ContentType, string NameKey, string SingularKey)
{
    /// <returns>The section's list address ("/tramites"), or null when the type's module is not installed.</returns>
    public string? PathIn(IContentDefinitionStore definitions) =>
        definitions.Find(ContentType)?.Path is { BySlug: true, Path.Length: > 0 } path ? path.Path : null;
}

public static class PublicSections
{
    public static readonly PublicSection Tramites = new("tramite", "Section_Tramites", "Section_Tramite");

    public static readonly PublicSection Infographics = new("infografia", "Section_Infographics", "Section_Infographic");

    public static readonly PublicSection Videos = new("video", "Section_Videos", "Section_Video");

    public static readonly PublicSection Blog = new("entrada", "Section_Blog", "Section_BlogPost");

    /// <summary>In the order topic pages group them: trámites first, because that is what most people come for.</summary>
    public static IReadOnlyList<PublicSection> All { get; } = [Tramites, Infographics, Videos, Blog];

    public static PublicSection? ByType(string contentType) => All.FirstOrDefault(s => s.ContentType == contentType);

    /// <summary>Where a section's items sort on grouped pages; types this list does not know go last.</summary>
    public static int Order(string contentType)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].ContentType == contentType)
            {
                return i;
            }
        }

        return All.Count;
    }
}
