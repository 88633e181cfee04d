using System.Net;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Contents;
using Portal.Testing;

namespace Portal.IntegrationTests.Api;

/// <summary>The content API over HTTP with an administrator's token: every endpoint, its errors, and the OpenAPI document.</summary>
public sealed class ContentApiTests(ApiFixture fixture) : PortalTest<ApiFixture>(fixture), IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_page_is_created_read_updated_published_unpublished_and_deleted()
    {
        using var api = await Host.AdminApiAsync();

        using var create = await api.PostJsonAsync("/api/content", new
        {
            contentType = "page",
            data = new { title = "Horario de la biblioteca", summary = "Cuándo abre la biblioteca municipal.", body = "Abre **de lunes a viernes**." },
        });
        var created = await create.JsonAsync(HttpStatusCode.Created);
        var itemId = created.Text("itemId");
        Assert.Equal("/api/content/" + itemId, create.Headers.Location!.OriginalString);
        Assert.Equal("draft", created.Text("status"));
        Assert.Equal("horario-de-la-biblioteca", created["data"]!["slug"]!.GetValue<string>());
        Assert.Null(created["url"]);

        var read = await (await api.GetAsync("/api/content/" + itemId, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(created.Text("concurrencyStamp"), read.Text("concurrencyStamp"));
        Assert.Equal("Horario de la biblioteca", read.Text("title"));

        using var update = await api.PutJsonAsync("/api/content/" + itemId, new
        {
            concurrencyStamp = read.Text("concurrencyStamp"),
            data = new { title = "Horario de la biblioteca", summary = "Cuándo abre la biblioteca municipal.", slug = "horario-de-la-biblioteca", body = "Abre **todos los días**." },
        });
        var updated = await update.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Abre **todos los días**.", updated["data"]!["body"]!.GetValue<string>());

        var published = await (await api.PostAsync($"/api/content/{itemId}/publish", null, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("published", published.Text("status"));
        Assert.Equal("/horario-de-la-biblioteca", published.Text("url"));
        Assert.Contains("todos los días", (await Host.PublicAsync("/horario-de-la-biblioteca")).Html, StringComparison.Ordinal);

        // An edit over a published page is a draft; citizens keep the published version.
        using var draft = await api.PutJsonAsync("/api/content/" + itemId, new
        {
            concurrencyStamp = published.Text("concurrencyStamp"),
            data = new { title = "Horario de la biblioteca", summary = "Cuándo abre la biblioteca municipal.", slug = "horario-de-la-biblioteca", body = "Cerrada en agosto." },
        });
        Assert.Equal("publishedWithDraft", (await draft.JsonAsync(HttpStatusCode.OK)).Text("status"));
        var live = await (await api.GetAsync($"/api/content/{itemId}?version=published", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Abre **todos los días**.", live["data"]!["body"]!.GetValue<string>());

        var unpublished = await (await api.PostAsync($"/api/content/{itemId}/unpublish", null, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("draft", unpublished.Text("status"));
        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/horario-de-la-biblioteca")).Status);

        using var delete = await api.DeleteAsync("/api/content/" + itemId, Ct);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var gone = await api.GetAsync("/api/content/" + itemId, Ct);
        await gone.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_filters_by_type_and_status_and_pages_on_the_server()
    {
        using var api = await Host.AdminApiAsync();
        var first = await CreatePageAsync(api, "Lista uno", publish: true);
        await CreatePageAsync(api, "Lista dos", publish: false);
        var third = await CreatePageAsync(api, "Lista tres", publish: false);
        using var card = await api.PostJsonAsync("/api/content", new { contentType = CardModel.TypeName, data = new { title = "Una ficha" } });
        await card.JsonAsync(HttpStatusCode.Created);

        var pages = await (await api.GetAsync("/api/content?type=page&pageSize=2", Ct)).JsonAsync(HttpStatusCode.OK);
        var items = pages["items"]!.AsArray();
        var total = pages["total"]!.GetValue<int>();
        Assert.Equal(2, items.Count);
        Assert.Equal((total + 1) / 2, pages["pageCount"]!.GetValue<int>());
        Assert.All(items, i => Assert.Equal("page", i!["contentType"]!.GetValue<string>()));
        Assert.Equal(third, items[0]!["itemId"]!.GetValue<string>());

        var publishedOnly = await (await api.GetAsync("/api/content?type=page&status=published&pageSize=100", Ct)).JsonAsync(HttpStatusCode.OK);
        var row = publishedOnly["items"]!.AsArray().Single(i => i!["itemId"]!.GetValue<string>() == first)!;
        Assert.All(publishedOnly["items"]!.AsArray(), i => Assert.Equal("published", i!["status"]!.GetValue<string>()));
        Assert.Equal("/lista-uno", row["url"]!.GetValue<string>());
        Assert.NotNull(row["publishedUtc"]);

        var secondPage = await (await api.GetAsync("/api/content?type=page&pageSize=2&page=2", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(secondPage["items"]!.AsArray(), i => i!["itemId"]!.GetValue<string>() == third);
    }

    [Fact]
    public async Task Bad_list_parameters_are_named()
    {
        using var api = await Host.AdminApiAsync();

        var problem = await (await api.GetAsync("/api/content?type=articulo&status=olvidado&pageSize=1000&page=0", Ct)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("«articulo»", ApiClients.ErrorsAt(problem, "type")[0], StringComparison.Ordinal);
        Assert.Contains("«olvidado»", ApiClients.ErrorsAt(problem, "status")[0], StringComparison.Ordinal);
        Assert.NotEmpty(ApiClients.ErrorsAt(problem, "pageSize"));
        Assert.NotEmpty(ApiClients.ErrorsAt(problem, "page"));
    }

    [Fact]
    public async Task A_stale_update_is_a_conflict_and_writes_nothing()
    {
        using var api = await Host.AdminApiAsync();
        var itemId = await CreatePageAsync(api, "Tasa de basuras", publish: false);
        var loaded = await (await api.GetAsync("/api/content/" + itemId, Ct)).JsonAsync(HttpStatusCode.OK);
        using var first = await api.PutJsonAsync("/api/content/" + itemId, new { concurrencyStamp = loaded.Text("concurrencyStamp"), data = new { title = "Tasa de basuras 2027" } });
        await first.JsonAsync(HttpStatusCode.OK);
        var rows = await Host.ContentRowsAsync();

        using var stale = await api.PutJsonAsync("/api/content/" + itemId, new { concurrencyStamp = loaded.Text("concurrencyStamp"), data = new { title = "Cambio perdido" }, publish = true });

        var problem = await stale.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Otra persona ha cambiado este contenido", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(rows, await Host.ContentRowsAsync());
        var now = await (await api.GetAsync("/api/content/" + itemId, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Tasa de basuras 2027", now.Text("title"));
        Assert.False(now["published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_refused_publication_names_the_missing_fields_and_writes_nothing()
    {
        using var api = await Host.AdminApiAsync();
        var rows = await Host.ContentRowsAsync();

        using var response = await api.PostJsonAsync("/api/content", new { contentType = "page", data = new { title = "Sin resumen" }, publish = true });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Falta el resumen: es obligatorio para publicar."], ApiClients.ErrorsAt(problem, "summary"));
        Assert.Equal(rows, await Host.ContentRowsAsync());
    }

    [Fact]
    public async Task Errors_in_nested_parts_are_named_by_their_json_path()
    {
        using var api = await Host.AdminApiAsync();
        var rows = await Host.ContentRowsAsync();

        using var missing = await api.PostJsonAsync("/api/content", new { contentType = CardModel.TypeName, data = new { title = "Ficha", part = new { order = 2 } }, publish = true });
        using var wrongKind = await api.PostJsonAsync("/api/content", new { contentType = CardModel.TypeName, data = new { title = "Ficha", part = new { order = "segunda" } } });

        Assert.Equal([CardModel.HeadingRequired], ApiClients.ErrorsAt(await missing.ProblemAsync(HttpStatusCode.BadRequest), "part.heading"));
        Assert.NotEmpty(ApiClients.ErrorsAt(await wrongKind.ProblemAsync(HttpStatusCode.BadRequest), "part.order"));
        Assert.Equal(rows, await Host.ContentRowsAsync());
    }

    [Fact]
    public async Task Ten_creates_at_once_with_one_address_make_one_page_and_nine_refusals_at_the_address()
    {
        using var api = await Host.AdminApiAsync();
        var rows = await Host.ContentRowsAsync();
        var slug = "cita-previa-" + Guid.NewGuid().ToString("N")[..8];

        var responses = await Task.WhenAll(Enumerable.Range(1, 10).Select(n =>
            api.PostJsonAsync("/api/content", new { contentType = "page", data = new { title = $"Cita previa {n}", summary = "Cómo pedir cita.", slug }, publish = true })));

        var created = 0;
        foreach (var response in responses)
        {
            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    created++;
                    continue;
                }

                var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
                Assert.Contains(slug, Assert.Single(ApiClients.ErrorsAt(problem, "slug")), StringComparison.Ordinal);
            }
        }

        Assert.Equal(1, created);
        Assert.Equal(rows + 1, await Host.ContentRowsAsync());
        Assert.Equal(HttpStatusCode.OK, (await Host.PublicAsync("/" + slug)).Status);
    }

    [Fact]
    public async Task Texts_over_their_bound_are_refused_at_their_field_whatever_the_field()
    {
        using var api = await Host.AdminApiAsync();
        var rows = await Host.ContentRowsAsync();

        // A title of a megabyte: far under the request limit, far over any title.
        using var hugeTitle = await api.PostJsonAsync("/api/content", new { contentType = "page", data = new { title = new string('a', 1_000_000), summary = "Un resumen." } });
        using var longBody = await api.PostJsonAsync("/api/content", new { contentType = "page", data = new { title = "Cuerpo largo", summary = "Un resumen.", body = new string('b', 200_001) } });
        // Nested parts, list entries and fields no attribute names (the default bound) are bounded too.
        using var nested = await api.PostJsonAsync("/api/content", new
        {
            contentType = "entrada",
            data = new
            {
                common = new { title = "Entrada", summary = "Un resumen.", citizenKeywords = new[] { "padrón", new string('k', 201) }, responsibleUnit = new { name = new string('u', 201) } },
                author = new { name = new string('n', 10_001) },
                tags = Enumerable.Repeat("t", 10_001).ToArray(),
            },
        });

        Assert.Equal(["Este texto es demasiado largo: admite hasta 200 caracteres y tiene 1.000.000."], ApiClients.ErrorsAt(await hugeTitle.ProblemAsync(HttpStatusCode.BadRequest), "title"));
        Assert.Equal(["Este texto es demasiado largo: admite hasta 200.000 caracteres y tiene 200.001."], ApiClients.ErrorsAt(await longBody.ProblemAsync(HttpStatusCode.BadRequest), "body"));
        var problem = await nested.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single(ApiClients.ErrorsAt(problem, "common.citizenKeywords[1]"));
        Assert.Single(ApiClients.ErrorsAt(problem, "common.responsibleUnit.name"));
        Assert.Equal(["Este texto es demasiado largo: admite hasta 10.000 caracteres y tiene 10.001."], ApiClients.ErrorsAt(problem, "author.name"));
        Assert.Equal(["Esta lista es demasiado larga: admite hasta 10.000 elementos y tiene 10.001."], ApiClients.ErrorsAt(problem, "tags"));
        Assert.Equal(rows, await Host.ContentRowsAsync());
    }

    [Theory]
    [InlineData("""{ "contentType": "page", "data": { "title": 5 } }""", "title")]
    [InlineData("""{ "contentType": "page", "data": { "title": "Hola", "subtitulo": "No existe" } }""", "subtitulo")]
    [InlineData("""{ "contentType": "page", "data": { "title": null } }""", "title")]
    [InlineData("""{ "contentType": "page", "data": [] }""", "data")]
    [InlineData("""{ "contentType": "page" }""", "data")]
    [InlineData("""{ "contentType": "articulo", "data": {} }""", "contentType")]
    [InlineData("""{ "data": {} }""", "contentType")]
    [InlineData("""{ "contentType": "page", "data": {}, "publish": "sí" }""", "publish")]
    [InlineData("""{ "contentType": "page", """, "")]
    public async Task Bad_json_is_a_validation_problem_at_its_field(string body, string field)
    {
        using var api = await Host.AdminApiAsync();
        var rows = await Host.ContentRowsAsync();

        using var response = await api.PostAsync("/api/content", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var messages = ApiClients.ErrorsAt(problem, field);
        Assert.DoesNotContain(messages, m => m.Contains("JSON value", StringComparison.Ordinal) || m.Contains("System.", StringComparison.Ordinal));
        Assert.Equal(rows, await Host.ContentRowsAsync());
    }

    [Fact]
    public async Task Missing_items_and_versions_are_not_found()
    {
        using var api = await Host.AdminApiAsync();
        var draft = await CreatePageAsync(api, "Borrador sin publicar", publish: false);

        using var get = await api.GetAsync("/api/content/no-existe", Ct);
        using var put = await api.PutJsonAsync("/api/content/no-existe", new { concurrencyStamp = "x", data = new { } });
        using var publish = await api.PostAsync("/api/content/no-existe/publish", null, Ct);
        using var notPublished = await api.GetAsync($"/api/content/{draft}?version=published", Ct);
        using var badVersion = await api.GetAsync($"/api/content/{draft}?version=anterior", Ct);

        await get.ProblemAsync(HttpStatusCode.NotFound);
        await put.ProblemAsync(HttpStatusCode.NotFound);
        await publish.ProblemAsync(HttpStatusCode.NotFound);
        await notPublished.ProblemAsync(HttpStatusCode.NotFound);
        Assert.NotEmpty(ApiClients.ErrorsAt(await badVersion.ProblemAsync(HttpStatusCode.BadRequest), "version"));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_content_endpoints_and_the_bearer_scheme()
    {
        using var client = new HttpClient { BaseAddress = Host.BaseAddress };

        var document = JsonNode.Parse(await client.GetStringAsync("/api/openapi.json", Ct))!;

        var paths = document["paths"]!.AsObject();
        Assert.Equal(
            ["/api/content", "/api/content/{itemId}", "/api/content/{itemId}/publish", "/api/content/{itemId}/unpublish"],
            paths.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.NotNull(paths["/api/content"]!["post"]!["requestBody"]);
        Assert.NotNull(paths["/api/content/{itemId}"]!["delete"]);
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
        Assert.NotEmpty(document["security"]!.AsArray());
    }

    private static async Task<string> CreatePageAsync(HttpClient api, string title, bool publish)
    {
        using var response = await api.PostJsonAsync("/api/content", new { contentType = "page", data = new { title, summary = "Resumen de " + title }, publish });
        return (await response.JsonAsync(HttpStatusCode.Created)).Text("itemId");
    }
}
