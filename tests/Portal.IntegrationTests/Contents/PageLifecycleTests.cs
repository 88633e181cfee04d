using System.Net;
using Portal.Testing;

namespace Portal.IntegrationTests.Contents;

/// <summary>A page from draft to public and back, as an administrator drives it in the admin.</summary>
public sealed class PageLifecycleTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_is_not_public_until_it_is_published()
    {
        using var admin = await Host.SignedInClientAsync();
        var itemId = await admin.CreatePageAsync("Horario de la biblioteca", "Cuándo abre la biblioteca municipal.", "horario-biblioteca", "Abre de **9 a 14**.");

        var draft = await Host.PublicAsync("/horario-biblioteca");
        Assert.Equal(HttpStatusCode.NotFound, draft.Status);
        Assert.Contains("No encontramos esta página", draft.Html, StringComparison.Ordinal);

        using var publish = await admin.SaveAsync(itemId, ContentAdmin.PageFields("Horario de la biblioteca", "Cuándo abre la biblioteca municipal.", "horario-biblioteca", "Abre de **9 a 14**."), "Publicar");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        var published = await Host.PublicAsync("/horario-biblioteca");
        Assert.Equal(HttpStatusCode.OK, published.Status);
        Assert.Contains("<title>Horario de la biblioteca · ", published.Html, StringComparison.Ordinal);
        Assert.Contains("<h1>Horario de la biblioteca</h1>", published.Html, StringComparison.Ordinal);
        Assert.Contains("Cuándo abre la biblioteca municipal.", published.Html, StringComparison.Ordinal);
        Assert.Contains("<strong>9 a 14</strong>", published.Html, StringComparison.Ordinal);
        Assert.Matches(@"Actualizado el <time datetime=""\d{4}-\d{2}-\d{2}"">\d{1,2} de [a-z]+ de \d{4}</time>", published.Html);
    }

    [Fact]
    public async Task Publishing_without_the_required_fields_is_refused_naming_them()
    {
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.SubmitNewPageAsync(ContentAdmin.PageFields("", "", "sin-titulo-ni-resumen"), "Publicar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("Falta el título: es obligatorio para publicar.", ContentAdmin.FieldError(html, "Edit_Title"));
        Assert.Equal("Falta el resumen: es obligatorio para publicar.", ContentAdmin.FieldError(html, "Edit_Summary"));
        Assert.Contains("href=\"#Edit_Title\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"sin-titulo-ni-resumen\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/sin-titulo-ni-resumen")).Status);
    }

    [Fact]
    public async Task A_draft_may_be_incomplete()
    {
        using var admin = await Host.SignedInClientAsync();

        var itemId = await admin.CreatePageAsync("", "");

        var form = await admin.LoadFormAsync(itemId);
        Assert.Contains("Borrador", form.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_published_page_keeps_the_public_text_until_the_draft_is_published()
    {
        using var admin = await Host.SignedInClientAsync();
        var itemId = await admin.CreatePageAsync("Tasas de agua", "Cuánto cuesta el agua.", "tasas-agua", "Texto original.", publish: true);
        var versionsBefore = await admin.GetStringAsync($"/admin/contenidos/{itemId}/versiones", Ct);

        using var draft = await admin.SaveAsync(itemId, ContentAdmin.PageFields("Tasas de agua", "Cuánto cuesta el agua.", "tasas-agua", "Texto revisado."));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);

        var whileDraft = await Host.PublicAsync("/tasas-agua");
        Assert.Contains("Texto original.", whileDraft.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Texto revisado.", whileDraft.Html, StringComparison.Ordinal);
        var form = await admin.LoadFormAsync(itemId);
        Assert.Contains("Publicado con borrador", form.Html, StringComparison.Ordinal);
        Assert.Contains("Texto revisado.", form.Html, StringComparison.Ordinal);
        var versionsAfter = await admin.GetStringAsync($"/admin/contenidos/{itemId}/versiones", Ct);
        Assert.Equal(CountRows(versionsBefore) + 1, CountRows(versionsAfter));

        using var publish = await admin.SaveAsync(itemId, ContentAdmin.PageFields("Tasas de agua", "Cuánto cuesta el agua.", "tasas-agua", "Texto revisado."), "Publicar");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        var afterPublish = await Host.PublicAsync("/tasas-agua");
        Assert.Contains("Texto revisado.", afterPublish.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_evicts_the_cached_public_page()
    {
        using var admin = await Host.SignedInClientAsync();
        var itemId = await admin.CreatePageAsync("Piscina municipal", "Horarios de verano.", "piscina", "Abre en junio.", publish: true);
        using (var anonymous = Host.CreateBrowserLikeClient())
        {
            using var first = await anonymous.GetAsync("/piscina", Ct);
            using var second = await anonymous.GetAsync("/piscina", Ct);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            // The second answer comes from the output cache: without eviction it would keep the old text.
            Assert.True(second.Headers.Age is not null, "The public page is not output-cached.");
        }

        using var publish = await admin.SaveAsync(itemId, ContentAdmin.PageFields("Piscina municipal", "Horarios de verano.", "piscina", "Abre en julio."), "Publicar");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        var page = await Host.PublicAsync("/piscina");
        Assert.Contains("Abre en julio.", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_save_gets_the_conflict_message_and_loses_nothing()
    {
        using var first = await Host.SignedInClientAsync();
        using var second = await Host.SignedInClientAsync();
        var itemId = await first.CreatePageAsync("Empadronamiento", "Cómo darse de alta en el padrón.", "empadronamiento", "Versión inicial.");
        var firstForm = await first.LoadFormAsync(itemId);
        var secondForm = await second.LoadFormAsync(itemId);

        using var firstSave = await first.PostEditAsync(itemId, firstForm, ContentAdmin.PageFields("Empadronamiento", "Cómo darse de alta en el padrón.", "empadronamiento", "Texto de la primera persona."));
        using var secondSave = await second.PostEditAsync(itemId, secondForm, ContentAdmin.PageFields("Empadronamiento", "Cómo darse de alta en el padrón.", "empadronamiento", "Texto de la segunda persona."));

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var html = await secondSave.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Otra persona ha cambiado este contenido mientras lo editabas", html, StringComparison.Ordinal);
        Assert.Contains("Texto de la segunda persona.", html, StringComparison.Ordinal);
        Assert.Equal(secondForm.ConcurrencyStamp, ContentAdmin.Hidden(html, "ConcurrencyStamp"));
        var stored = await first.LoadFormAsync(itemId);
        Assert.Contains("Texto de la primera persona.", stored.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_it_the_new_draft()
    {
        using var admin = await Host.SignedInClientAsync();
        var itemId = await admin.CreatePageAsync("Bolsa de empleo", "Ofertas de trabajo del municipio.", "bolsa-empleo", "Primera redacción.", publish: true);
        using var edit = await admin.SaveAsync(itemId, ContentAdmin.PageFields("Bolsa de empleo", "Ofertas de trabajo del municipio.", "bolsa-empleo", "Segunda redacción."), "Publicar");
        var versions = await admin.GetStringAsync($"/admin/contenidos/{itemId}/versiones", Ct);
        var oldVersion = System.Text.RegularExpressions.Regex.Match(versions, "name=\"versionId\" value=\"([^\"]+)\"").Groups[1].Value;
        var preview = await admin.GetStringAsync($"/admin/contenidos/{itemId}/vista-previa?version={oldVersion}", Ct);
        Assert.Contains("Primera redacción.", preview, StringComparison.Ordinal);

        using var restore = await admin.PostFormAsync($"/admin/contenidos/{itemId}/versiones", [new("versionId", oldVersion)], ContentAdmin.ActionOf(versions, "Restaurar"));

        Assert.Equal(HttpStatusCode.Redirect, restore.StatusCode);
        var form = await admin.LoadFormAsync(itemId);
        Assert.Contains("Primera redacción.", form.Html, StringComparison.Ordinal);
        Assert.Contains("Publicado con borrador", form.Html, StringComparison.Ordinal);
        Assert.Contains("Segunda redacción.", (await Host.PublicAsync("/bolsa-empleo")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discarding_a_draft_goes_back_to_the_published_version()
    {
        using var admin = await Host.SignedInClientAsync();
        var itemId = await admin.CreatePageAsync("Recogida de muebles", "Cómo pedir que recojan un mueble.", "recogida-muebles", "Llama al 010.", publish: true);
        using var draft = await admin.SaveAsync(itemId, ContentAdmin.PageFields("Recogida de muebles", "Cómo pedir que recojan un mueble.", "recogida-muebles", "Borrador que no vale."));
        var form = await admin.LoadFormAsync(itemId);

        using var discard = await admin.PostEditAsync(itemId, form, [], "Descartar borrador");

        Assert.Equal(HttpStatusCode.Redirect, discard.StatusCode);
        var after = await admin.LoadFormAsync(itemId);
        Assert.Contains("Llama al 010.", after.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Borrador que no vale.", after.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Publicado con borrador", after.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublishing_takes_the_page_off_the_site_and_keeps_it_as_a_draft()
    {
        using var admin = await Host.SignedInClientAsync();
        var itemId = await admin.CreatePageAsync("Fiestas patronales", "Programa de las fiestas.", "fiestas", "Del 8 al 15.", publish: true);
        Assert.Equal(HttpStatusCode.OK, (await Host.PublicAsync("/fiestas")).Status);
        var form = await admin.LoadFormAsync(itemId);

        using var unpublish = await admin.PostEditAsync(itemId, form, [], "Despublicar");

        Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/fiestas")).Status);
        Assert.Contains(">Borrador<", (await admin.LoadFormAsync(itemId)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removing_a_page_takes_it_off_the_site_and_the_list()
    {
        using var admin = await Host.SignedInClientAsync();
        var itemId = await admin.CreatePageAsync("Página para eliminar", "Se elimina en la prueba.", "para-eliminar", "Adiós.", publish: true);
        var confirm = await admin.GetStringAsync($"/admin/contenidos/{itemId}/eliminar", Ct);
        Assert.Contains("¿Eliminar «Página para eliminar»?", confirm, StringComparison.Ordinal);

        using var remove = await admin.PostFormAsync($"/admin/contenidos/{itemId}/eliminar", []);

        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/para-eliminar")).Status);
        using var edit = await admin.GetAsync(ContentAdmin.EditPath(itemId), Ct);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.DoesNotContain(itemId, await admin.GetStringAsync("/admin/contenidos?buscar=para+eliminar", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_never_puts_script_on_the_page()
    {
        using var admin = await Host.SignedInClientAsync();
        const string body = "Texto normal.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[pulsa aquí](javascript:alert(1))\n\n[enlace bueno](https://example.org/ayuda)\n\n<a href=\"#\" onclick=\"alert(1)\">clic</a>";

        await admin.CreatePageAsync("Página con trampas", "Prueba de saneado.", "con-trampas", body, publish: true);

        var page = await Host.PublicAsync("/con-trampas");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotMatch("<script(?! src=\"/_content/Portal\\.)", page.Html);
        Assert.DoesNotMatch(@"<[^>]*\son[a-z]+\s*=", page.Html);
        Assert.DoesNotContain("javascript:", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", page.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/ayuda\">enlace bueno</a>", page.Html, StringComparison.Ordinal);
        // Raw HTML is shown as text, so the editor sees what was wrong.
        Assert.Contains("&lt;script&gt;", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_address_is_made_from_the_title_and_kept_unique()
    {
        using var admin = await Host.SignedInClientAsync();

        await admin.CreatePageAsync("Año nuevo: campaña de señalización", "Primera.", publish: true);
        await admin.CreatePageAsync("Año nuevo: campaña de señalización", "Segunda.", publish: true);

        Assert.Contains("Primera.", (await Host.PublicAsync("/ano-nuevo-campana-de-senalizacion")).Html, StringComparison.Ordinal);
        Assert.Contains("Segunda.", (await Host.PublicAsync("/ano-nuevo-campana-de-senalizacion-2")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chosen_address_that_is_taken_or_reserved_is_refused()
    {
        using var admin = await Host.SignedInClientAsync();
        await admin.CreatePageAsync("Original", "La primera con esta dirección.", "direccion-unica");

        using var taken = await admin.SubmitNewPageAsync(ContentAdmin.PageFields("Copia", "Otra.", "direccion-unica"), "Guardar borrador");
        using var reserved = await admin.SubmitNewPageAsync(ContentAdmin.PageFields("Admin", "Otra.", "admin"), "Guardar borrador");

        Assert.Equal("Ya hay otra página con la dirección «direccion-unica»: elige otra.", ContentAdmin.FieldError(await taken.Content.ReadAsStringAsync(Ct), "Edit_Slug"));
        Assert.Equal("La dirección «admin» está reservada para otra parte del portal: elige otra.", ContentAdmin.FieldError(await reserved.Content.ReadAsStringAsync(Ct), "Edit_Slug"));
    }

    [Fact]
    public async Task Staff_preview_the_latest_version_and_the_public_never_sees_it()
    {
        using var admin = await Host.SignedInClientAsync();
        var itemId = await admin.CreatePageAsync("Borrador secreto", "Aún no es público.", "borrador-secreto", "Contenido en preparación.");

        var preview = await admin.GetStringAsync($"/admin/contenidos/{itemId}/vista-previa", Ct);
        using var anonymous = Host.CreateBrowserLikeClient();
        using var anonymousPreview = await anonymous.GetAsync($"/admin/contenidos/{itemId}/vista-previa", Ct);

        Assert.Contains("<title>Vista previa · ", preview, StringComparison.Ordinal);
        Assert.Contains("Contenido en preparación.", preview, StringComparison.Ordinal);
        Assert.Contains("es un borrador; el público no lo ve.", preview, StringComparison.Ordinal);
        Assert.Contains("noindex", preview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymousPreview.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/borrador-secreto")).Status);
    }

    [Fact]
    public async Task Long_titles_and_summaries_get_a_warning_but_save()
    {
        using var admin = await Host.SignedInClientAsync();
        var title = "Ayudas para la rehabilitación energética de viviendas del casco histórico";

        var itemId = await admin.CreatePageAsync(title, "Resumen breve.");

        var form = await admin.LoadFormAsync(itemId);
        Assert.Contains($"El título tiene {title.Length} caracteres: con más de 65 se corta en los buscadores.", form.Html, StringComparison.Ordinal);
    }

    private static int CountRows(string html) => System.Text.RegularExpressions.Regex.Count(html, "<th scope=\"row\">");
}
