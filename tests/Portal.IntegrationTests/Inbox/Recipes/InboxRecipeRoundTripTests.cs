using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Calendar;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Categories;
using Portal.Inbox.Clocks;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;
using Portal.Inbox.Routing;
using Portal.Inbox.Units;
using Portal.IntegrationTests.Recipes;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Recipes;

/// <summary>The admin's export carries the inbox's configuration and nothing about citizens; a fresh site imports it whole.</summary>
public sealed class InboxRecipeRoundTripTests(TwoSitesFixture fixture) : PortalTest<TwoSitesFixture>(fixture), IClassFixture<TwoSitesFixture>
{
    private const string HoldReason = "Reclamación judicial 123/2026";
    private const string CitizenText = "Hola, quiero empadronarme en la calle Mayor";
    private const string CitizenAddress = "vecina.recetas@correo.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_exported_recipe_gives_a_fresh_site_the_same_inbox_configuration_and_no_personal_data()
    {
        var request = await Host.OpenRequestAsync(CitizenText, sender: CitizenAddress);
        var adminId = await Host.RunAsync((services, ct) => ConfigureSourceAsync(services, request.Id, ct));
        var source = await Host.DescribeAsync();
        var target = Fixture.Target.Host;
        Assert.NotEqual(source, await target.DescribeAsync());

        using var sourceClient = await Host.SignedInClientAsync();
        var recipe = await sourceClient.GetStringAsync(RecipeTestSite.ImportPath + "?handler=Export", Ct);

        var step = JsonNode.Parse(recipe)!["steps"]!.AsArray().Single(s => (string?)s!["name"] == "inbox")!;
        foreach (var personal in new[] { request.Reference, CitizenText, CitizenAddress, HoldReason, adminId })
        {
            Assert.DoesNotContain(personal, recipe, StringComparison.Ordinal);
        }

        Assert.Equal(["Padrón por tema", "Ayuda por WhatsApp"], step["routingRules"]!.AsArray().Select(r => (string?)r!["name"]));

        using var targetClient = await target.SignedInClientAsync();
        using var upload = await targetClient.UploadRecipeAsync(recipe);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var page = WebUtility.HtmlDecode(await targetClient.GetStringAsync(RecipeTestSite.ImportPath, Ct));
        Assert.Contains("6 pasos aplicados (settings, features, roles, taxonomies, content, inbox).", page, StringComparison.Ordinal);

        Assert.Equal(source, await target.DescribeAsync());
        var (members, owners) = await target.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            return (await db.Set<UnitMember>().CountAsync(ct), await db.Set<RoutingRule>().CountAsync(r => r.OwnerId != null, ct));
        });
        Assert.Equal((0, 0), (members, owners));
        Assert.Empty(await target.RequestsAsync());
        Assert.Empty(Fixture.Target.Logs.Records);
    }

    /// <summary>
    /// Changes every part of the seeded configuration (added, changed and removed rows), adds a member and a rule owner,
    /// and holds the citizen's request. Returns the administrator's user id.
    /// </summary>
    private static async Task<string> ConfigureSourceAsync(IServiceProvider services, long requestId, CancellationToken ct)
    {
        var guide = await services.GetRequiredService<IContentManager>().CreateAsync("test", new TestModel { Title = "Guía del padrón" }, "ana", publish: true, cancellationToken: ct);
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(ct);
        var db = unitOfWork.Db;
        var adminId = await db.Users.Where(u => u.UserName == PortalHost.AdminUserName).Select(u => u.Id).SingleAsync(ct);
        var padron = db.Add(new Unit { Name = "Padrón" }).Entity;
        var social = db.Add(new Unit { Name = "Servicios sociales" }).Entity;
        var queries = db.Add(new Category { Name = "Consultas" }).Entity;
        await db.SaveChangesAsync(ct);
        queries.UnitId = padron.Id;
        var complaints = await db.Set<Category>().SingleAsync(c => c.Name == "Quejas y sugerencias", ct);
        complaints.UnitId = social.Id;
        db.Add(new UnitMember { UnitId = padron.Id, UserId = adminId, Lead = true });

        db.Add(new ResponseTarget { CategoryId = queries.Id, Channel = InboxChannel.WhatsApp, Kind = ClockKind.FirstResponse, Amount = 8, Unit = TargetUnit.WorkingHours });
        db.Add(new ResponseTarget { CategoryId = queries.Id, Kind = ClockKind.NextResponse, Amount = 2, Unit = TargetUnit.WorkingDays });
        db.Remove(await db.Set<ResponseTarget>().SingleAsync(t => t.CategoryId == null && t.Channel == InboxChannel.Mastodon, ct));
        (await db.Set<ResponseTarget>().SingleAsync(t => t.CategoryId == null && t.Channel == null && t.Kind == ClockKind.Resolution, ct)).Amount = 2;
        db.Add(new RetentionRule { CategoryId = queries.Id, Action = RetentionAction.Anonymise, Months = 24 });
        db.Add(new RetentionRule { CategoryId = complaints.Id, Action = RetentionAction.Delete, Months = 60 });

        await db.Set<WorkingInterval>().Where(i => i.Day == DayOfWeek.Thursday || i.Day == DayOfWeek.Friday).ExecuteDeleteAsync(ct);
        db.Add(new WorkingInterval { Day = DayOfWeek.Thursday, StartMinute = 9 * 60, EndMinute = 14 * 60 });
        db.Add(new WorkingInterval { Day = DayOfWeek.Thursday, StartMinute = 16 * 60, EndMinute = (18 * 60) + 30 });
        db.Add(new WorkingInterval { Day = DayOfWeek.Saturday, StartMinute = 10 * 60, EndMinute = 13 * 60 });
        db.Add(new Holiday { Date = new DateOnly(2026, 3, 19), Name = "San José", Scope = HolidayScope.Regional });
        db.Add(new Holiday { Date = new DateOnly(2026, 9, 8), Name = "Fiestas patronales", Scope = HolidayScope.Local });
        db.Remove(await db.Set<Holiday>().SingleAsync(h => h.Date == new DateOnly(2027, 1, 6), ct));
        (await db.Set<Holiday>().SingleAsync(h => h.Date == new DateOnly(2026, 12, 8), ct)).Name = "Inmaculada Concepción (trasladado)";

        var answer = db.Add(new CannedAnswer { Title = "Empadronamiento", Text = "Hola, {nombre}. Siga esta guía: {tramite}. Su referencia es {referencia}.", GuideItemId = guide.Item!.ItemId }).Entity;
        db.Add(new CannedAnswer { Title = "Cierre", Text = "Damos por resuelta su solicitud {referencia}." });
        await db.SaveChangesAsync(ct);
        db.Add(new CannedAnswerCategory { CannedAnswerId = answer.Id, CategoryId = queries.Id });
        db.Add(new CannedAnswerCategory { CannedAnswerId = answer.Id, CategoryId = complaints.Id });

        db.Add(new RoutingRule { Name = "Padrón por tema", Position = 1, Topic = "padron-y-censo", UnitId = padron.Id, OwnerId = adminId });
        db.Add(new RoutingRule { Name = "Ayuda por WhatsApp", Position = 2, Channel = InboxChannel.WhatsApp, CategoryId = queries.Id, Keyword = "ayuda", UnitId = social.Id, SetCategoryId = complaints.Id });
        db.Add(new LegalHold { RequestId = requestId, Reason = HoldReason, UserId = adminId, SinceUtc = DateTime.UtcNow });
        await unitOfWork.CommitAsync(ct);
        return adminId;
    }
}
