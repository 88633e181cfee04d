namespace Portal.Users.Services;

/// <summary>Bound from <c>Portal:Admin</c>: the first administrator, created when the site has none.</summary>
public sealed class AdminAccountOptions
{
    public const string Section = "Portal:Admin";

    public string UserName { get; set; } = "admin";

    public string Email { get; set; } = "admin@localhost";

    /// <summary>When empty, a strong password is generated and written once to the log.</summary>
    public string? Password { get; set; }
}
