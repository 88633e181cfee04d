using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Feedback;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.UnitOfWork;
using Portal.PlainLanguage.Checks;
using Portal.Testing;

namespace Portal.IntegrationTests.Contents;

/// <summary>A citizen-facing type with no editor of its own, for the list and review tests.</summary>
public sealed class ReviewGuide : ICitizenContent
{
    public const string TypeName = "guia-revision";

    public CommonPart Common { get; set; } = new();

    public SeoPart Seo { get; set; } = new();

    public SocialPart Social { get; set; } = new();

    public IEnumerable<ContentText> Texts() => [];
}

public sealed class EditorToolsFixture : PortalFixture
{
    public TestClock Clock { get; } = new();

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddContentType<ReviewGuide>(ReviewGuide.TypeName, m => m.Common.Title);
        });
        host.With("Portal:Tasks:Contents.PublishLater:Enabled", "false");
        host.With("Portal:Feedback:PermitLimit", "1000");
    }
}

/// <summary>The editors' tools every type shares: list filters, the review list, the plain-language panel and citizens' feedback.</summary>
public sealed partial class EditorToolsTests(EditorToolsFixture fixture) : PortalTest<EditorToolsFixture>(fixture), IClassFixture<EditorToolsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_list_filters_by_topic_content_owner_and_review_date_and_keeps_them_in_its_links()
    {
        var tag = "filtros" + Guid.NewGuid().ToString("N")[..6];
        var today = Today();
        await SaveGuideAsync($"{tag} ayudas", "servicios-sociales", "ayudas@villanueva.es", today.AddDays(10), publish: true);
        await SaveGuideAsync($"{tag} piscina", "cultura-y-deportes", "deportes@villanueva.es", today.AddDays(200), publish: true);
        await SaveGuideAsync($"{tag} borrador", "servicios-sociales", "ayudas@villanueva.es", today.AddDays(5), publish: false);
        using var admin = await Host.SignedInClientAsync();

        Assert.Equal([$"{tag} borrador", $"{tag} ayudas"], Titles(await admin.GetStringAsync($"/admin/contenidos?buscar={tag}&tema=servicios-sociales", Ct)));
        Assert.Equal([$"{tag} piscina"], Titles(await admin.GetStringAsync($"/admin/contenidos?buscar={tag}&propietario=deportes%40villanueva.es", Ct)));
        var due = await admin.GetStringAsync($"/admin/contenidos?buscar={tag}&revision=true&tema=servicios-sociales", Ct);
        Assert.Equal([$"{tag} ayudas"], Titles(due));
        Assert.Contains("<option value=\"servicios-sociales\" selected=\"selected\">", due, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" id=\"revision\" name=\"revision\" value=\"true\" checked=\"checked\"", due);
        Assert.Contains("<option value=\"ayudas@villanueva.es\">", due, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_review_list_shows_overdue_items_first_and_the_dashboard_counts_them()
    {
        var tag = "revisar" + Guid.NewGuid().ToString("N")[..6];
        var today = Today();
        await SaveGuideAsync($"{tag} pronto", "servicios-sociales", "ayudas@villanueva.es", today.AddDays(20), publish: true);
        await SaveGuideAsync($"{tag} mañana", "servicios-sociales", "padron@villanueva.es", today.AddDays(1), publish: true);
        await SaveGuideAsync($"{tag} lejos", "servicios-sociales", "", today.AddDays(120), publish: true);
        Fixture.Clock.Advance(TimeSpan.FromDays(3));
        using var admin = await Host.SignedInClientAsync();

        var html = await admin.GetStringAsync("/admin/contenidos/revision", Ct);

        var titles = Titles(html).Where(t => t.StartsWith(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{tag} mañana", $"{tag} pronto"], titles);
        Assert.Matches($"{tag} mañana</a></th>.*?<span class=\"tag tag-draft\">Atrasado</span>.*?mailto:padron@villanueva.es", Regex.Replace(html, @"\s+", " "));
        var dashboard = await admin.GetStringAsync("/admin", Ct);
        Assert.Matches(@"\d+ contenidos publicados tienen la revisión pasada o cerca\. <a href=""/admin/contenidos/revision"">", dashboard);
    }

    [Fact]
    public async Task The_panel_scores_the_saved_texts_and_rescores_typing_without_saving()
    {
        const string title = "Ayudas para el alquiler";
        const string summary = "Puedes pedir una ayuda para pagar el alquiler de tu casa.";
        const string body = "Para pedir la ayuda tienes que cumplimentar el formulario y llevarlo al registro del ayuntamiento con tu documento de identidad, el contrato de alquiler firmado por las dos partes y los recibos de los tres últimos meses pagados por transferencia. "
            + "Te respondemos en un mes. Si no tienes respuesta, llama al 010. Puedes pedir cita en la web. Te ayudamos a rellenarlo si lo necesitas.";
        using var admin = await Host.SignedInClientAsync();
        var id = await admin.CreatePageAsync(title, summary, body: body);

        var html = await admin.GetStringAsync(ContentAdmin.EditPath(id), Ct);

        var report = Host.Services.GetRequiredService<PlainLanguageChecker>()
            .Check([new("title", title), new("summary", summary), new("body", body)], new CheckScope(WarnOnScores: false));
        var inflesz = Math.Round(Math.Clamp(report.Readability!.Inflesz, 0, 100), 1).ToString("0.#", Portal.Core.Hosting.PortalHostExtensions.DefaultCulture);
        Assert.Matches($"<dd id=\"readability-inflesz\">{Regex.Escape(inflesz)} · [A-ZÁÉÍÓÚ][a-záéíóú ]+</dd>", html);
        Assert.Contains("<dd id=\"readability-fernandez-huerta\">", html, StringComparison.Ordinal);
        Assert.Contains("<li><q>Para pedir la ayuda tienes que cumplimentar el formulario", html, StringComparison.Ordinal);
        Assert.Contains("<li>«cumplimentar»: mejor «rellenar».</li>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);

        var form = await admin.LoadFormAsync(id);
        using var typed = await admin.PostFormAsync(
            ContentAdmin.EditPath(id),
            ContentAdmin.PageFields(title, summary, body: "El interesado deberá aportar la documentación.")
                .Concat([new("VersionId", form.VersionId), new("ConcurrencyStamp", form.ConcurrencyStamp)]),
            ContentAdmin.EditPath(id) + "?handler=Readability");
        var partial = WebUtility.HtmlDecode(await typed.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        Assert.StartsWith("<div id=\"readability-results\"", partial.Trim(), StringComparison.Ordinal);
        Assert.Contains("«El interesado»", partial, StringComparison.Ordinal);
        Assert.Contains("El texto es demasiado corto para puntuarlo", partial, StringComparison.Ordinal);
        Assert.Contains("cumplimentar", await admin.GetStringAsync(ContentAdmin.EditPath(id), Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrators_change_the_jargon_list_and_the_panel_uses_it()
    {
        using var admin = await Host.SignedInClientAsync();
        using var bad = await admin.PostFormAsync("/admin/lenguaje-claro/jerga", [new("List", "= sin palabra")]);
        Assert.Contains("Estas líneas no tienen ninguna palabra antes del «=»: 1.", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);

        using var saved = await admin.PostFormAsync("/admin/lenguaje-claro/jerga", [new("List", "ventanilla única | ventanillas únicas = oficina de atención # Nadie sabe qué es.")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        try
        {
            var id = await admin.CreatePageAsync("Dónde entregar papeles", "Entrega los papeles en la ventanilla única.", body: "Hay que cumplimentar el impreso.");
            var html = WebUtility.HtmlDecode(await admin.GetStringAsync(ContentAdmin.EditPath(id), Ct));
            Assert.Contains("<li>«ventanilla única»: mejor «oficina de atención».</li>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("«cumplimentar»", html, StringComparison.Ordinal);
        }
        finally
        {
            using var restored = await admin.PostFormAsync("/admin/lenguaje-claro/jerga", [], "/admin/lenguaje-claro/jerga?handler=Restore");
            Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        }
    }

    [Fact]
    public async Task Citizens_answer_without_personal_data_and_editors_see_the_results()
    {
        using var admin = await Host.SignedInClientAsync();
        var slug = "opiniones-" + Guid.NewGuid().ToString("N")[..6];
        var id = await admin.CreatePageAsync("Horario de la biblioteca", "La biblioteca abre de lunes a sábado.", slug, "Abre de 9:00 a 21:00.", publish: true);
        var (status, page) = await Host.PublicAsync("/" + slug);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("¿Te ha resultado útil esta página?", page, StringComparison.Ordinal);
        var versionId = Regex.Match(page, "name=\"version\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.DoesNotContain("__RequestVerificationToken", page, StringComparison.Ordinal);
        using var citizen = Host.CreateBrowserLikeClient();

        using var yes = await PostFeedbackAsync(citizen, id, versionId, slug, [new("util", "si")]);
        Assert.Equal(HttpStatusCode.Redirect, yes.StatusCode);
        Assert.Equal($"/{slug}?opinion=gracias#opinion", yes.Headers.Location!.OriginalString);
        var (_, thanks) = await Host.PublicAsync($"/{slug}?opinion=gracias");
        Assert.Contains("Gracias por tu opinión.", thanks, StringComparison.Ordinal);

        using var no = await PostFeedbackAsync(citizen, id, versionId, slug, [new("util", "no")]);
        Assert.Equal($"/{slug}?opinion=no#opinion-detalles", no.Headers.Location!.OriginalString);
        var (_, questions) = await Host.PublicAsync($"/{slug}?opinion=no");
        Assert.Matches("<form method=\"post\" action=\"/opinion\" class=\"page-feedback-details\" id=\"opinion-detalles\" aria-labelledby", questions);

        using var details = await PostFeedbackAsync(citizen, id, versionId, slug,
        [
            new("util", "no"), new("detalles", "1"),
            new("haciendo", "Buscaba el horario de verano. Soy Ana, ana.perez@correo.es, 612 345 678."),
            new("fallo", "No sale el horario de agosto. Mi DNI es 12345678Z y el NIE de mi madre X1234567L."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, details.StatusCode);

        using var trapped = await PostFeedbackAsync(citizen, id, versionId, slug, [new("util", "si"), new("sitio-web", "https://spam.example")]);
        Assert.Equal(HttpStatusCode.BadRequest, trapped.StatusCode);

        var stored = await Host.RunAsync((s, ct) => s.GetRequiredService<IUnitOfWork>().Db.Set<PageFeedback>().AsNoTracking().Where(f => f.ItemId == id).ToListAsync(ct));
        Assert.Equal(2, stored.Count);
        Assert.All(stored, f => Assert.Equal(versionId, f.VersionId));
        var comment = Assert.Single(stored, f => !f.Useful);
        Assert.Equal("Buscaba el horario de verano. Soy Ana, [dato personal eliminado], [dato personal eliminado].", comment.Doing);
        Assert.Equal("No sale el horario de agosto. Mi DNI es [dato personal eliminado] y el NIE de mi madre [dato personal eliminado].", comment.WentWrong);

        var edit = WebUtility.HtmlDecode(await admin.GetStringAsync(ContentAdmin.EditPath(id), Ct));
        Assert.Contains("1 personas han respondido que sí y 1 que no: útil para el 50 %.", edit, StringComparison.Ordinal);
        Assert.Contains("No sale el horario de agosto.", edit, StringComparison.Ordinal);
        var overview = await admin.GetStringAsync("/admin/opiniones", Ct);
        Assert.Contains($"<a href=\"/admin/contenidos/{id}#feedback-title\">Horario de la biblioteca</a>", overview, StringComparison.Ordinal);
    }

    internal static async Task<HttpResponseMessage> PostFeedbackAsync(HttpClient client, string itemId, string versionId, string slug, IEnumerable<KeyValuePair<string, string>> fields, bool json = false)
    {
        using var content = new FormUrlEncodedContent(fields.Concat([new("elemento", itemId), new("version", versionId), new("volver", "/" + slug)]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/opinion") { Content = content };
        if (json)
        {
            request.Headers.Accept.ParseAdd("application/json");
        }

        return await client.SendAsync(request, Ct);
    }

    private DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Fixture.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid")).DateTime);

    private Task SaveGuideAsync(string title, string topic, string ownerEmail, DateOnly review, bool publish) =>
        Host.RunAsync(async (s, ct) =>
        {
            var guide = new ReviewGuide
            {
                Common = new CommonPart
                {
                    Title = title,
                    Summary = "Qué necesitas y cómo hacerlo.",
                    Topics = [topic],
                    NextReviewDate = review,
                    ContentOwner = new ContentOwner { Unit = "Servicios", Email = ownerEmail },
                },
            };
            var result = await s.GetRequiredService<IContentManager>().CreateAsync(ReviewGuide.TypeName, guide, PortalHost.AdminUserName, publish, cancellationToken: ct);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        });

    private static List<string> Titles(string html) =>
        [.. RowTitle().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("<th scope=\"row\">\\s*<a href=\"[^\"]*\">([^<]*)</a>")]
    private static partial Regex RowTitle();
}

public sealed class FeedbackLimitFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Feedback:PermitLimit", "2");
    }
}

public sealed class FeedbackRateLimitTests(FeedbackLimitFixture fixture) : PortalTest<FeedbackLimitFixture>(fixture), IClassFixture<FeedbackLimitFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Too_many_answers_from_one_address_are_refused_with_a_Spanish_problem()
    {
        using var admin = await Host.SignedInClientAsync();
        var id = await admin.CreatePageAsync("Recogida de muebles", "Pide cita para que recojan tus muebles viejos.", "recogida-muebles", "Llama al 010.", publish: true);
        var (_, page) = await Host.PublicAsync("/recogida-muebles");
        var versionId = Regex.Match(page, "name=\"version\" value=\"([^\"]+)\"").Groups[1].Value;
        using var citizen = Host.CreateBrowserLikeClient();

        using var first = await EditorToolsTests.PostFeedbackAsync(citizen, id, versionId, "recogida-muebles", [new("util", "si")], json: true);
        using var second = await EditorToolsTests.PostFeedbackAsync(citizen, id, versionId, "recogida-muebles", [new("util", "si")], json: true);
        using var third = await EditorToolsTests.PostFeedbackAsync(citizen, id, versionId, "recogida-muebles", [new("util", "si")], json: true);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Gracias por tu opinión.", await first.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Has enviado muchas opiniones seguidas.", await third.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await Host.RunAsync((s, ct) => s.GetRequiredService<IUnitOfWork>().Db.Set<PageFeedback>().CountAsync(f => f.ItemId == id, ct));
        Assert.Equal(2, stored);
    }
}
