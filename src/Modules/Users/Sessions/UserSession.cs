using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;

namespace Portal.Users.Sessions;

/// <summary>
/// One signed-in browser. The admin cookie carries only <see cref="Id"/>; the ticket (who, which claims, until when)
/// stays here, protected with Data Protection, so deleting the row ends the session wherever the cookie is.
/// </summary>
public sealed class UserSession
{
    public const string TableName = "UserSessions";
    public const int IdLength = 64;

    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    /// <summary>The serialized authentication ticket, protected: a copy of the database does not sign anyone in.</summary>
    public byte[] Ticket { get; set; } = [];

    /// <summary>When the cookie would expire; moves forward as the session slides. Later rows are purged.</summary>
    public DateTime? ExpiresUtc { get; set; }
}

internal sealed class UserSessionModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<UserSession>(e =>
        {
            e.ToTable(UserSession.TableName);
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(UserSession.IdLength);
            e.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.UserId);
            e.HasIndex(s => s.ExpiresUtc);
        });
}
