using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Core.Security;

namespace Portal.Users.Identity;

/// <summary>
/// Hashes the typed password against a throw-away hash when there is no account to check it against (unknown
/// user, locked account), so those answers cost as much as a wrong password and timing does not tell them apart.
/// </summary>
public sealed class UnknownUserPasswordCheck
{
    private readonly PasswordHasher<PortalUser> _hasher;
    private readonly PortalUser _nobody = new();
    private readonly string _hash;

    public UnknownUserPasswordCheck(IOptions<PasswordHasherOptions> options)
    {
        // Same options as the site's hasher, so the same iteration count and so the same work.
        _hasher = new PasswordHasher<PortalUser>(options);
        _hash = _hasher.HashPassword(_nobody, PasswordGenerator.Generate());
    }

    public void Verify(string password) => _hasher.VerifyHashedPassword(_nobody, _hash, password);
}
