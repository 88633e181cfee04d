namespace Portal.Admin.Navigation;

/// <summary>What the shared admin pager needs: where we are, how many pages, and how to link to one.</summary>
/// <param name="Label">The navigation landmark's accessible name, e.g. "Páginas de resultados".</param>
public sealed record AdminPager(int Page, int PageCount, Func<int, string> Url, string Label);
