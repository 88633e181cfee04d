using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;

namespace Portal.Users.Sessions;

internal sealed class CreateUserSessions : MigrationStep
{
    public override string Id => "Users.0001.CreateUserSessions";

    public override void Schema(MigrationBuilder builder)
    {
        builder.CreateTable(
            name: UserSession.TableName,
            columns: t => new
            {
                Id = t.Column<string>(maxLength: UserSession.IdLength),
                UserId = t.Column<string>(),
                Ticket = t.Column<byte[]>(),
                ExpiresUtc = t.Column<DateTime>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("PK_UserSessions", x => x.Id);
                // Deleting a person ends their sessions with them.
                t.ForeignKey("FK_UserSessions_AspNetUsers_UserId", x => x.UserId, "AspNetUsers", "Id", onDelete: ReferentialAction.Cascade);
            });
        builder.CreateIndex("IX_UserSessions_UserId", UserSession.TableName, "UserId");
        builder.CreateIndex("IX_UserSessions_ExpiresUtc", UserSession.TableName, "ExpiresUtc");
    }
}
