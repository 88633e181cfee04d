using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Inbox;
using Portal.Inbox.Privacy;
using Portal.Inbox.Reports;
using Portal.Inbox.Requests;
using Portal.IntegrationTests.Inbox.Desk;
using Portal.IntegrationTests.Inbox.Privacy;
using Portal.IntegrationTests.Users;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.DataSubjects;

/// <summary>
/// A citizen's rights over their data (B5): the export holds everything of theirs across their requests and merged
/// people and nothing of anyone else; the erasure leaves no trace of them anywhere in the database, except in a
/// request under a legal hold, which it keeps and names; the reports do not move; only the permitted may do either.
/// </summary>
public sealed class DataSubjectRightsTests(PrivacyFixture fixture) : PortalTest<PrivacyFixture>(fixture), IClassFixture<PrivacyFixture>
{
    /// <summary>Where the admin sends whoever lacks a permission (its 403).</summary>
    private const string Denied = "/admin/acceso-denegado";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_export_holds_the_persons_requests_and_a_merged_persons_with_the_original_read_and_logged_and_nothing_of_another_person()
    {
        var tag = DataSubjectTestSteps.Tag();
        var adminId = await Host.UserIdAsync(PortalHost.AdminUserName);
        var first = await Host.OpenAsync("Marta " + tag, "marta." + tag + "@correo.example", "Soy Marta " + tag + ", el contenedor de la calle Olmo está roto");
        var second = await Host.OpenAsync("Marta " + tag, "marta." + tag + "@correo.example", "Sigue roto el contenedor " + tag, InboxChannel.Phone);
        var (merged, _) = await Host.OpenPublicRequestAsync("La farola de la plaza " + tag + " está apagada");
        var other = await Host.OpenAsync("Jorge Otro", "jorge." + tag + "@correo.example", "Pido una licencia de obras, soy Jorge Otro");
        Assert.Equal(first.PersonId, second.PersonId);
        await Host.MergeAsync(merged.PersonId!.Value, first.PersonId!.Value, adminId);
        await Host.RedactAsync(first.Id, "Marta " + tag, adminId);
        await Host.AnswerSurveyAsync(second.Id, "Muy amables " + tag);
        var (dpoName, dpoId) = await Host.StaffAsync(PortalRoles.DataProtectionOfficer);
        using var dpo = await Host.SignedInClientAsync(dpoName, TestUsers.Password);
        // From the merged person's own page: the right reaches the whole citizen.
        var page = InboxPaths.DataSubject(merged.PersonId!.Value);

        using var response = await dpo.PostFormAsync(page, [], page + "?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var json = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("Jorge", json, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Reference, json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var requests = root.GetProperty("solicitudes").EnumerateArray().ToList();
        Assert.Equal(new[] { first.Reference, second.Reference, merged.Reference }.Order(), requests.Select(r => r.GetProperty("referencia").GetString()!).Order());
        Assert.All(requests, r => Assert.False(Enum.TryParse<RequestState>(r.GetProperty("estado").GetString(), out _), "The state reads in Spanish."));
        var handles = root.GetProperty("personas").EnumerateArray().SelectMany(p => p.GetProperty("identificadores").EnumerateArray()).Select(h => h.GetProperty("valor").GetString()).ToList();
        Assert.Contains("marta." + tag + "@correo.example", handles);
        Assert.Equal(2, handles.Count);

        var redacted = requests.Single(r => r.GetProperty("referencia").GetString() == first.Reference).GetProperty("mensajes")[0];
        Assert.True(redacted.GetProperty("tachado").GetBoolean());
        Assert.DoesNotContain(tag, redacted.GetProperty("texto").GetString(), StringComparison.Ordinal);
        Assert.Contains("Marta " + tag, redacted.GetProperty("original").GetString(), StringComparison.Ordinal);
        Assert.Contains("tachó", redacted.GetProperty("aviso").GetString(), StringComparison.Ordinal);
        var survey = requests.Single(r => r.GetProperty("referencia").GetString() == second.Reference).GetProperty("encuestas")[0];
        Assert.Equal("Muy amables " + tag, survey.GetProperty("comentario").GetString());
        Assert.Equal(4, survey.GetProperty("puntuacion").GetInt32());
        var farola = requests.Single(r => r.GetProperty("referencia").GetString() == merged.Reference).GetProperty("mensajes")[0];
        Assert.Contains("farola de la plaza " + tag, farola.GetProperty("texto").GetString(), StringComparison.Ordinal);
        Assert.Equal("Mensaje recibido", farola.GetProperty("sentido").GetString());

        // The reading of the original is logged as any reading is, and the export on the person: who, whom, when.
        Assert.Contains(await Host.EventsAsync(first.Id), e => e.Kind == RequestEventKind.OriginalRead && e.UserId == dpoId);
        var exported = Assert.Single(await Host.PersonEventsAsync(first.PersonId!.Value), e => e.Kind == RequestEventKind.Exported);
        Assert.Equal(dpoId, exported.UserId);
        Assert.Contains("3 solicitudes, 1 originales", exported.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_a_person_leaves_no_trace_of_them_keeps_a_held_request_whole_and_names_it_and_the_report_does_not_move()
    {
        var tag = DataSubjectTestSteps.Tag();
        var heldTag = DataSubjectTestSteps.Tag();
        var otherTag = DataSubjectTestSteps.Tag();
        var adminId = await Host.UserIdAsync(PortalHost.AdminUserName);
        var first = await Host.OpenAsync("Amparo " + tag, "amparo." + tag + "@correo.example", "Soy Amparo " + tag + ", vivo en la calle Mayor 3 y el ruido no me deja dormir");
        var (publicReply, interactionId) = await Host.OpenPublicRequestAsync("Sigo con el ruido " + tag);
        var held = await Host.OpenAsync("Amparo B " + heldTag, "amparo.b." + heldTag + "@correo.example", "Recurro la multa " + heldTag);
        var other = await Host.OpenAsync("Jorge " + otherTag, "jorge." + otherTag + "@correo.example", "Licencia de obras " + otherTag);
        var author = (await Host.RowsAsync<Portal.Syndication.Replies.Interaction>()).Single(i => i.Id == interactionId).AuthorHandle;
        await Host.AnswerSentAsync(publicReply.Id, interactionId, "@" + author + " Gracias, lo revisamos");
        await Host.MergeAsync(publicReply.PersonId!.Value, first.PersonId!.Value, adminId);
        await Host.MergeAsync(held.PersonId!.Value, first.PersonId!.Value, adminId);
        await Host.RedactAsync(first.Id, "calle Mayor 3", adminId);
        await Host.AnswerSurveyAsync(first.Id, "Nadie me llama " + tag);
        await Host.CloseAsync(first.Id, adminId);
        await Host.CloseAsync(held.Id, adminId);
        await Host.HoldAsync(held.Id, "Recurso contencioso-administrativo en curso");
        var report = await ReportAsync();
        var before = await Host.DatabaseTextAsync();
        Assert.Contains(tag, before, StringComparison.Ordinal);
        Assert.Contains(author, before, StringComparison.Ordinal);
        var (dpoName, dpoId) = await Host.StaffAsync(PortalRoles.DataProtectionOfficer);
        using var dpo = await Host.SignedInClientAsync(dpoName, TestUsers.Password);
        var page = InboxPaths.DataSubject(first.PersonId!.Value);

        var dryRun = WebUtility.HtmlDecode(await dpo.GetStringAsync(page, Ct));
        var plan = dryRun[dryRun.IndexOf("erasure-plan", StringComparison.Ordinal)..dryRun.IndexOf("erasure-held", StringComparison.Ordinal)];
        Assert.Contains(first.Reference, plan, StringComparison.Ordinal);
        Assert.Contains(publicReply.Reference, plan, StringComparison.Ordinal);
        Assert.DoesNotContain(held.Reference, plan, StringComparison.Ordinal);
        Assert.Contains(held.Reference + ": Recurso contencioso-administrativo en curso", dryRun, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Reference, dryRun, StringComparison.Ordinal);

        using var unconfirmed = await dpo.PostFormAsync(page, [], page + "?handler=Erase");
        Assert.Contains("Marque la casilla", await unconfirmed.BodyAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(first.PersonId, (await Host.RequestAsync(first.Id)).PersonId);

        using var erased = await dpo.PostFormAsync(page, [new("confirm", "true")], page + "?handler=Erase");
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var done = WebUtility.HtmlDecode(await dpo.GetStringAsync(page, Ct));
        Assert.Contains("Hecho: 2 solicitudes anonimizadas. Se ha conservado 1 por bloqueo legal: " + held.Reference, done, StringComparison.Ordinal);

        var after = await Host.DatabaseTextAsync();
        Assert.DoesNotContain(tag, after, StringComparison.Ordinal);
        Assert.DoesNotContain(author, after, StringComparison.Ordinal);
        Assert.DoesNotContain("calle Mayor 3", after, StringComparison.Ordinal);
        Assert.Contains("Recurro la multa " + heldTag, after, StringComparison.Ordinal);
        Assert.Contains("amparo.b." + heldTag + "@correo.example", after, StringComparison.Ordinal);
        Assert.Contains("Licencia de obras " + otherTag, after, StringComparison.Ordinal);
        Assert.DoesNotContain(await Host.RowsAsync<MessageOriginal>(), o => o.RequestId == first.Id);
        var requests = (await Host.RequestsAsync()).ToDictionary(r => r.Id);
        Assert.Null(requests[first.Id].PersonId);
        Assert.Null(requests[publicReply.Id].PersonId);
        Assert.Equal(held.PersonId, requests[held.Id].PersonId);
        Assert.Equal(RequestState.Closed, requests[first.Id].State);
        Assert.Equal(report, await ReportAsync());

        var log = Assert.Single(await Host.PersonEventsAsync(first.PersonId!.Value), e => e.Kind == RequestEventKind.Anonymised);
        Assert.Equal(dpoId, log.UserId);
        Assert.Contains("2 solicitudes anonimizadas. Conservadas por bloqueo legal: " + held.Reference, log.Detail, StringComparison.Ordinal);
        Assert.Contains(await Host.EventsAsync(first.Id), e => e.Kind == RequestEventKind.Anonymised && e.UserId == dpoId);

        // The network still shows the reply: reading it again does not bring the citizen back.
        await Host.ReadAgainAsync(interactionId, author, "Sigo con el ruido " + tag);
        Assert.DoesNotContain(tag, await Host.DatabaseTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_without_the_permission_can_neither_export_nor_erase_even_a_person_they_see()
    {
        var unit = await Host.UnitAsync("Limpieza");
        var request = await Host.RequestInUnitAsync(unit, "El contenedor sigue lleno");
        var page = InboxPaths.DataSubject(request.PersonId!.Value);
        var (agentName, _) = await Host.StaffAsync(PortalRoles.CitizenService, unit);
        var (auditorName, _) = await Host.StaffAsync(PortalRoles.Auditor);

        foreach (var name in new[] { agentName, auditorName })
        {
            using var client = await Host.SignedInClientAsync(name, TestUsers.Password);
            Assert.DoesNotContain(page, await client.GetStringAsync(InboxPaths.Person(request.PersonId!.Value), Ct), StringComparison.Ordinal);
            using var get = await client.GetAsync(page, Ct);
            Assert.StartsWith(Denied, get.RedirectPath(), StringComparison.Ordinal);
            var personToken = await client.AntiforgeryTokenAsync(InboxPaths.Person(request.PersonId!.Value));
            foreach (var handler in new[] { "Export", "Erase" })
            {
                using var post = await client.PostAsync(page + "?handler=" + handler, new FormUrlEncodedContent([new("confirm", "true"), new("__RequestVerificationToken", personToken)]), Ct);
                Assert.StartsWith(Denied, post.RedirectPath(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(request.PersonId, (await Host.RequestAsync(request.Id)).PersonId);
        using var admin = await Host.SignedInClientAsync();
        Assert.Contains(page, await admin.GetStringAsync(InboxPaths.Person(request.PersonId!.Value), Ct), StringComparison.Ordinal);
    }

    /// <summary>Every figure of this week's staff report, as text to compare.</summary>
    private async Task<string> ReportAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var report = await Host.RunAsync((services, ct) => services.GetRequiredService<ResponseReport>().StaffAsync(today.AddDays(-7), today.AddDays(1), ct));
        Assert.NotEmpty(report.ByCategory);
        // JSON cannot key an object by (week, channel): the weekly volume is listed instead.
        var volume = report.Volume.Counts.OrderBy(c => c.Key).Select(c => c.Key.Week + " " + c.Key.Channel + " " + c.Value).ToList();
        return JsonSerializer.Serialize(new { Report = report with { Volume = report.Volume with { Counts = new Dictionary<(string, InboxChannel), int>() } }, volume });
    }
}
