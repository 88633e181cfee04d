using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Blog.Posts;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Inbox.Routing;
using Portal.Testing;
using static Portal.IntegrationTests.Inbox.Desk.DeskTestSteps;

namespace Portal.IntegrationTests.Inbox.Desk;

/// <summary>The settings pages at work: a routing rule picks a new request's unit, a canned answer fills its variables, a busy unit stays.</summary>
public sealed class RoutingAndCannedAnswerTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    [Fact]
    public async Task The_first_matching_rule_routes_a_new_request_by_keyword_whatever_its_accents_and_case()
    {
        var padron = await Host.UnitAsync("Padrón");
        var other = await Host.UnitAsync("Registro");
        using var admin = await Host.SignedInClientAsync();
        await SaveRuleAsync(admin, "Teléfono al registro", other, ("Input.Channel", nameof(InboxChannel.Phone)));
        await SaveRuleAsync(admin, "Empadronamiento", padron, ("Input.Keyword", "EMPADRONÁRME"));

        var routed = await Host.OpenRequestAsync("Quiero empadronarme en la calle Real, ¿qué necesito?", sender: "padron@correo.example");
        var unrouted = await Host.OpenRequestAsync("Horario de la biblioteca", sender: "biblio@correo.example");

        Assert.Equal(padron, (await Host.RequestAsync(routed.Id)).UnitId);
        Assert.Contains(await Host.EventsAsync(routed.Id), e => e.Kind == RequestEventKind.Assigned && e.Detail == "Empadronamiento");
        Assert.Null((await Host.RequestAsync(unrouted.Id)).UnitId);
        await ClearRulesAsync();
    }

    [Fact]
    public async Task A_rule_on_a_topic_routes_a_reply_to_an_item_filed_under_it()
    {
        var padron = await Host.UnitAsync("Padrón");
        using var admin = await Host.SignedInClientAsync();
        await SaveRuleAsync(admin, "Tema padrón", padron, ("Input.Topic", "padron-y-censo"));
        var itemId = await Host.RunAsync(async (services, ct) =>
        {
            var post = new BlogPost
            {
                Common = new CommonPart { Title = "Renovación del padrón", Summary = "Qué hay que hacer.", Topics = ["padron-y-censo"] },
                Body = "Texto de la noticia.",
                Author = new PostAuthor { Name = "Oficina de prensa" },
            };
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(BlogPost.TypeName, post, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
            return result.Item!.ItemId;
        });

        var underItem = await OpenAsync("¿Me llegará carta?", itemId);
        var elsewhere = await OpenAsync("¿Me llegará carta a mí también?", null);

        Assert.Equal(padron, (await Host.RequestAsync(underItem.Id)).UnitId);
        Assert.Null((await Host.RequestAsync(elsewhere.Id)).UnitId);
        await ClearRulesAsync();
    }

    [Fact]
    public async Task A_canned_answer_with_an_unknown_variable_is_refused_and_a_good_one_fills_in_for_the_request()
    {
        using var admin = await Host.SignedInClientAsync();
        var editor = InboxPaths.CannedAnswer(null);

        var refused = WebUtility.HtmlDecode(await (await admin.PostFormAsync(editor, [new("Input.Title", "Mal escrita"), new("Input.Text", "Su solicitud {referencia} llega el {dia}.")])).Content.ReadAsStringAsync(Ct));
        Assert.Contains("Estas variables no existen: {dia}.", refused, StringComparison.Ordinal);

        using var saved = await admin.PostFormAsync(editor, [new("Input.Title", "Acuse " + Guid.NewGuid().ToString("N")[..6]), new("Input.Text", "Hola, {nombre}. Su solicitud es la {referencia}; puede seguirla en {enlace_estado}")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = int.Parse(saved.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var request = await Host.OpenRequestAsync("Necesito cita para el DNI", sender: "cita@correo.example");
        var stored = await Host.RequestAsync(request.Id);

        var filled = await admin.GetStringAsync(InboxPaths.Request(request.Reference) + "?handler=Fill&id=" + id.ToString(CultureInfo.InvariantCulture), Ct);
        var withoutScript = WebUtility.HtmlDecode(await admin.GetStringAsync(InboxPaths.Request(request.Reference) + "?respuesta=" + id.ToString(CultureInfo.InvariantCulture), Ct));

        var expected = $"Hola, Vecina. Su solicitud es la {request.Reference}; puede seguirla en {PortalHost.PublicBaseUrl}{InboxPaths.PublicStatus(stored.PublicToken)}";
        Assert.Equal(expected, filled);
        Assert.Contains(">" + expected + "</textarea>", withoutScript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_with_open_requests_is_not_deleted()
    {
        var unit = await Host.UnitAsync("Deportes");
        await Host.RequestInUnitAsync(unit, "Reserva de la pista de pádel");
        using var admin = await Host.SignedInClientAsync();

        using var delete = await admin.PostFormAsync(InboxPaths.Units, [new("id", unit.ToString(CultureInfo.InvariantCulture))], InboxPaths.Units + "?handler=Delete");
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(InboxPaths.Units, Ct));

        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Contains("tiene 1 solicitud abierta: asígnela a otra unidad antes de borrarla.", page, StringComparison.Ordinal);
        Assert.True(await Host.RunAsync((services, ct) => services.GetRequiredService<IUnitOfWork>().Db.Set<Portal.Inbox.Units.Unit>().AnyAsync(u => u.Id == unit, ct)));
    }

    private static async Task SaveRuleAsync(HttpClient admin, string name, int unitId, params (string Name, string Value)[] conditions)
    {
        var fields = conditions.Select(c => new KeyValuePair<string, string>(c.Name, c.Value))
            .Append(new("Input.Name", name))
            .Append(new("Input.UnitId", unitId.ToString(CultureInfo.InvariantCulture)));
        using var response = await admin.PostFormAsync(InboxPaths.Rules, fields, InboxPaths.Rules + "?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<Request> OpenAsync(string text, string? itemId) =>
        Host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            var sender = Guid.NewGuid().ToString("N")[..8];
            var inbound = new InboundMessage(InboxChannel.Mastodon, DateTime.UtcNow, text, "Vecina") { ItemId = itemId };
            var (request, _) = await services.GetRequiredService<RequestIntake>().OpenAsync(inbound, new SenderHandle(HandleKind.Network, "mastodon", sender, "@" + sender, Verified: true), ct);
            await unitOfWork.CommitAsync(ct);
            return request;
        });

    private Task ClearRulesAsync() =>
        Host.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            await unitOfWork.Db.Set<RoutingRule>().ExecuteDeleteAsync(ct);
            await unitOfWork.CommitAsync(ct);
        });
}
