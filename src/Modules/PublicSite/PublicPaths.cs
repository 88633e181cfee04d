namespace Portal.PublicSite;

/// <summary>The public site's own addresses, for links from the theme and other modules.</summary>
public static class PublicPaths
{
    public const string Topics = "/temas";

    public const string LifeEvents = "/hechos-vitales";

    public const string AccessibilityStatement = "/declaracion-de-accesibilidad";

    public const string Sitemap = "/sitemap.xml";

    public const string AdminHome = "/admin/portada";

    /// <summary>A vocabulary's public index page ("/temas", "/hechos-vitales").</summary>
    public static string VocabularyIndex(string vocabulary) => "/" + vocabulary;

    public static string Term(string vocabulary, string slug) => $"/{vocabulary}/{slug}";
}
