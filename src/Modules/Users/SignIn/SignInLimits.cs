using System.ComponentModel.DataAnnotations;

namespace Portal.Users.SignIn;

/// <summary>
/// Portal:SignIn. A client (an address) may fail <see cref="ClientFailures"/> times in any <see cref="ClientWindow"/>;
/// then it is refused before any account is looked at, so its further tries neither guess nor count towards a
/// lockout. An account locks for <see cref="AccountLockout"/> after <see cref="AccountFailures"/> failures in a row
/// from whatever clients: guessing spread over many addresses still stops, while one address needs several windows,
/// not a handful of tries, to lock someone out.
/// </summary>
public sealed class SignInLimits
{
    public const string Section = "Portal:SignIn";

    [Range(1, int.MaxValue)]
    public int ClientFailures { get; set; } = 10;

    public TimeSpan ClientWindow { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, int.MaxValue)]
    public int AccountFailures { get; set; } = 20;

    public TimeSpan AccountLockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The lockout as people are told it, in whole minutes.</summary>
    public int AccountLockoutMinutes => (int)Math.Ceiling(AccountLockout.TotalMinutes);
}
