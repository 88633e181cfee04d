using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Users.Sessions;

/// <summary>
/// The admin cookie's session store: signing out deletes the session's row, so a cookie copied before is refused
/// right after, on every node that shares the database, while the person's other browsers stay signed in.
/// </summary>
/// <remarks>
/// Each call uses its own short-lived context and commits at once, outside the request's unit of work: a session
/// is stored while signing in and renewed while the response starts, whatever the request itself saves.
/// </remarks>
internal sealed class DatabaseTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, IOptions<IdentityOptions> identity) : ITicketStore
{
    private readonly IDataProtector _protector = protection.CreateProtector("Portal.Users.Sessions");

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var session = new UserSession
        {
            Id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)),
            UserId = ticket.Principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType)
                ?? throw new InvalidOperationException("An admin session needs the user's id."),
            Ticket = Protect(ticket),
            ExpiresUtc = ticket.Properties.ExpiresUtc?.UtcDateTime,
        };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    /// <summary>Slides the expiry and keeps the refreshed claims; a session ended meanwhile stays ended.</summary>
    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var protectedTicket = Protect(ticket);
        var expiresUtc = ticket.Properties.ExpiresUtc?.UtcDateTime;
        return WithSessionsAsync(sessions => sessions.Where(s => s.Id == key).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.Ticket, protectedTicket).SetProperty(x => x.ExpiresUtc, expiresUtc), cancellationToken));
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await WithSessionsAsync(sessions => sessions.AsNoTracking().Where(s => s.Id == key).Select(s => s.Ticket).FirstOrDefaultAsync(cancellationToken));
        if (stored is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(stored));
        }
        catch (CryptographicException)
        {
            // Its key is gone (App_Data lost, another node's keys): the session cannot be read, so it is over.
            return null;
        }
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) =>
        WithSessionsAsync(sessions => sessions.Where(s => s.Id == key).ExecuteDeleteAsync(cancellationToken));

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private async Task<T> WithSessionsAsync<T>(Func<DbSet<UserSession>, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<UserSession>());
    }
}
