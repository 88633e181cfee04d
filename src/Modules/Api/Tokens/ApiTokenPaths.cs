namespace Portal.Api.Tokens;

/// <summary>Where the tokens' admin pages live.</summary>
public static class ApiTokenPaths
{
    public const string Index = "/admin/tokens-api";
    public const string New = Index + "/nuevo";
}
