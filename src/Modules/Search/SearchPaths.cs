namespace Portal.Search;

/// <summary>The module's addresses.</summary>
public static class SearchPaths
{
    public const string Results = "/buscar";
    public const string Admin = "/admin/busqueda";
    public const string Api = "/api/search";
    public const string SuggestApi = "/api/search/suggest";
}
