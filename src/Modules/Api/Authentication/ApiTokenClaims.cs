namespace Portal.Api.Authentication;

/// <summary>Claims the API token handler adds to the owner's principal.</summary>
public static class ApiTokenClaims
{
    /// <summary>The id of the token that signed the request in: what an idempotency key belongs to.</summary>
    public const string TokenId = "portal:api_token_id";
}
