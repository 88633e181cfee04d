namespace Portal.PublicSite.Terms;

/// <summary>Pages of a public list, linked as "{Path}?pagina=N"; page 1 is the bare path.</summary>
public sealed record PublicPager(int Page, int TotalPages, string Path)
{
    public const string QueryKey = "pagina";

    public string UrlOf(int page) => page <= 1 ? Path : $"{Path}?{QueryKey}={page}";

    public static int Count(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
