using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox;

/// <summary>Opening requests and reading them back, as the inbox tests need them.</summary>
public static class InboxTestSteps
{
    /// <summary>A citizen's first message on <paramref name="channel"/>, through the intake every channel uses.</summary>
    public static Task<Request> OpenRequestAsync(this PortalHost host, string text, InboxChannel channel = InboxChannel.WebForm, string sender = "vecina@correo.example", DateTime? atUtc = null) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var inbound = new InboundMessage(channel, atUtc ?? DateTime.UtcNow, text, "Vecina");
            var (request, _) = await services.GetRequiredService<RequestIntake>().OpenAsync(inbound, new SenderHandle(HandleKind.Email, "", sender, sender, Verified: false), ct);
            await unitOfWork.CommitAsync(ct);
            return request;
        });

    public static Task<List<Request>> RequestsAsync(this PortalHost host) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Request>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct));

    public static Task<List<RequestMessage>> MessagesAsync(this PortalHost host, long requestId) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<RequestMessage>().AsNoTracking().Where(m => m.RequestId == requestId).OrderBy(m => m.Id).ToListAsync(ct));

    public static Task<List<RequestEvent>> EventsAsync(this PortalHost host, long requestId) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<RequestEvent>().AsNoTracking().Where(e => e.RequestId == requestId).OrderBy(e => e.Id).ToListAsync(ct));
}
