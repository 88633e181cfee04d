using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;
using Portal.IntegrationTests.Users;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Desk;

/// <summary>Staff, units and signed-in clients for the desk tests, set up straight in the database so each test builds only what it checks.</summary>
internal static class DeskTestSteps
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A member of staff with <paramref name="role"/>, a unique user name, in the given units.</summary>
    public static async Task<(string UserName, string UserId)> StaffAsync(this PortalHost host, string role, params int[] unitIds)
    {
        var userName = "staff" + Guid.NewGuid().ToString("N")[..8];
        await host.CreateUserAsync(userName, role);
        var userId = await host.UserIdAsync(userName);
        await host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            unitOfWork.Db.AddRange(unitIds.Select(u => new UnitMember { UnitId = u, UserId = userId }));
            await unitOfWork.CommitAsync(ct);
        });
        return (userName, userId);
    }

    public static Task<int> UnitAsync(this PortalHost host, string name) =>
        host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var unit = new Unit { Name = name + " " + Guid.NewGuid().ToString("N")[..6] };
            unitOfWork.Db.Add(unit);
            await unitOfWork.CommitAsync(ct);
            return unit.Id;
        });

    /// <summary>A citizen's request already given to <paramref name="unitId"/>.</summary>
    public static async Task<Request> RequestInUnitAsync(this PortalHost host, int unitId, string text)
    {
        var request = await host.OpenRequestAsync(text, sender: Guid.NewGuid().ToString("N")[..8] + "@correo.example");
        await host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            await unitOfWork.Db.Set<Request>().Where(r => r.Id == request.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.UnitId, unitId), ct);
            await unitOfWork.CommitAsync(ct);
        });
        request.UnitId = unitId;
        return request;
    }

    public static Task<Request> RequestAsync(this PortalHost host, long id) =>
        host.RunAsync((services, ct) => services.GetRequiredService<IUnitOfWork>().Db.Set<Request>().AsNoTracking().SingleAsync(r => r.Id == id, ct));

    public static Task<HttpClient> SignedInAsync(this PortalHost host, string userName) => host.SignedInClientAsync(userName, TestUsers.Password);

    /// <summary>Posts a form of the request page (its antiforgery token read from <paramref name="formPage"/>) to <paramref name="handler"/> of <paramref name="reference"/>.</summary>
    public static Task<HttpResponseMessage> PostHandlerAsync(this HttpClient client, string formPage, string reference, string handler, params (string Name, string Value)[] fields) =>
        client.PostFormAsync(formPage, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), Portal.Inbox.InboxPaths.Request(reference) + "?handler=" + handler);

    public static async Task<string> TextAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
}
