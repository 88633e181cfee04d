namespace Portal.Infographics.Items;

/// <summary>The page of the usual open licences, so the licence can be linked and given to structured data.</summary>
public static class Licences
{
    private static readonly Dictionary<string, string> Pages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CC BY 4.0"] = "https://creativecommons.org/licenses/by/4.0/deed.es",
        ["CC BY-SA 4.0"] = "https://creativecommons.org/licenses/by-sa/4.0/deed.es",
        ["CC BY-ND 4.0"] = "https://creativecommons.org/licenses/by-nd/4.0/deed.es",
        ["CC BY-NC 4.0"] = "https://creativecommons.org/licenses/by-nc/4.0/deed.es",
        ["CC0 1.0"] = "https://creativecommons.org/publicdomain/zero/1.0/deed.es",
    };

    public static string? PageOf(string licence) => Pages.GetValueOrDefault(licence.Trim());
}
