namespace Portal.Taxonomies;

internal static class TaxonomyPaths
{
    public const string Index = "/admin/taxonomias";
}
