using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Categories;
using Portal.Inbox.Clocks;
using Portal.Inbox.Requests;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Clocks;

/// <summary>
/// What staff and citizens do to a request, at a given instant, through <see cref="RequestLog"/> and the intake, so
/// the clocks can be checked against timelines worked out by hand.
/// </summary>
public static class ClockTestSteps
{
    /// <summary>Staff write to the citizen (an answer unless <paramref name="purpose"/> says otherwise).</summary>
    public static Task AnswerAsync(this PortalHost host, long requestId, DateTime atUtc, MessagePurpose purpose = MessagePurpose.Message) =>
        host.ChangeAsync(requestId, async (services, request, ct) =>
        {
            var message = new RequestMessage
            {
                RequestId = request.Id,
                Direction = MessageDirection.Outbound,
                Purpose = purpose,
                Channel = request.Channel,
                AuthorName = "Personal de atención",
                Text = "Respuesta de prueba",
                Delivery = MessageDelivery.Sent,
                CreatedUtc = atUtc,
            };
            services.GetRequiredService<IUnitOfWork>().Db.Add(message);
            request.LastOutboundUtc = atUtc;
            request.AwaitingStaff = false;
            await services.GetRequiredService<RequestLog>().AppendAsync(request, new RequestEvent { Kind = RequestEventKind.MessageSent, AtUtc = atUtc }, message, ct);
        });

    /// <summary>The citizen writes again, through the intake every channel uses.</summary>
    public static Task CitizenWritesAsync(this PortalHost host, long requestId, DateTime atUtc) =>
        host.ChangeAsync(requestId, (services, request, ct) => services.GetRequiredService<RequestIntake>().AppendAsync(
            request,
            new InboundMessage(request.Channel, atUtc, "Otra pregunta", "Vecina"),
            ct));

    /// <summary>What <see cref="RequestLog.ChangeStateAsync"/> does, dated <paramref name="atUtc"/> instead of now.</summary>
    public static Task MoveAsync(this PortalHost host, long requestId, RequestState to, DateTime atUtc) =>
        host.ChangeAsync(requestId, async (services, request, ct) =>
        {
            var from = request.State;
            request.State = to;
            request.Cycle += to == RequestState.Reopened ? 1 : 0;
            await services.GetRequiredService<RequestLog>().AppendAsync(request, new RequestEvent { Kind = RequestEventKind.StateChanged, FromState = from, ToState = to, AtUtc = atUtc, Detail = "Prueba" }, null, ct);
        });

    public static Task CategoriseAsync(this PortalHost host, long requestId, string category, DateTime atUtc) =>
        host.ChangeAsync(requestId, async (services, request, ct) =>
        {
            request.CategoryId = await services.GetRequiredService<PortalDbContext>().Set<Category>().Where(c => c.Name == category).Select(c => c.Id).SingleAsync(ct);
            await services.GetRequiredService<RequestLog>().AppendAsync(request, new RequestEvent { Kind = RequestEventKind.CategoryChanged, AtUtc = atUtc, Detail = category }, null, ct);
        });

    public static Task AssignAsync(this PortalHost host, long requestId, string ownerId) =>
        host.ChangeAsync(requestId, async (services, request, ct) =>
        {
            request.OwnerId = ownerId;
            await services.GetRequiredService<RequestLog>().AppendAsync(request, new RequestEvent { Kind = RequestEventKind.Assigned, Detail = ownerId }, null, ct);
        });

    public static Task<List<RequestClock>> ClocksAsync(this PortalHost host, long requestId) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<RequestClock>().AsNoTracking()
            .Where(c => c.RequestId == requestId).OrderBy(c => c.Cycle).ThenBy(c => c.Kind).ThenBy(c => c.Id).ToListAsync(ct));

    public static async Task<Request> RequestAsync(this PortalHost host, long requestId) =>
        (await host.RequestsAsync()).Single(r => r.Id == requestId);

    private static Task ChangeAsync(this PortalHost host, long requestId, Func<IServiceProvider, Request, CancellationToken, Task> change) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var request = await unitOfWork.Db.Set<Request>().SingleAsync(r => r.Id == requestId, ct);
            await change(services, request, ct);
            await unitOfWork.CommitAsync(ct);
        });
}
