namespace Portal.PublicSite.Sections;

/// <summary>
/// A citizen-facing content type as the public site groups it: its address prefix (also its feeds' folder) and
/// the resource keys of its Spanish names. The types live in their own modules; only their names are fixed here.
/// </summary>
public sealed record PublicSection(string ContentType, string Prefix, string NameKey, string SingularKey);

public static class PublicSections
{
    public static readonly PublicSection Tramites = new("tramite", "tramites", "Section_Tramites", "Section_Tramite");

    public static readonly PublicSection Infographics = new("infografia", "infografias", "Section_Infographics", "Section_Infographic");

    public static readonly PublicSection Videos = new("video", "videos", "Section_Videos", "Section_Video");

    public static readonly PublicSection Blog = new("entrada", "blog", "Section_Blog", "Section_BlogPost");

    /// <summary>In the order topic pages group them: trámites first, because that is what most people come for.</summary>
    public static IReadOnlyList<PublicSection> All { get; } = [Tramites, Infographics, Videos, Blog];

    public static PublicSection? ByPrefix(string prefix) => All.FirstOrDefault(s => s.Prefix == prefix);

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
