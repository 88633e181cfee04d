using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Portal.IntegrationTests.Api;
using Portal.IntegrationTests.Media;
using Portal.IntegrationTests.Syndication;
using Portal.Media.Picker;
using Portal.Syndication.Deliveries;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// What one node does, the other sees: a change made through node A reaches node B's pages, search and feeds within
/// two seconds, B sends the deliveries A queued with credentials A encrypted, an administrator signed in on A is
/// signed in on B, and a file uploaded to A is served by B.
/// </summary>
[Collection(TwoNodesCollection.Name)]
public sealed class SeveralNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_post_published_edited_and_deleted_on_A_is_followed_by_B_within_two_seconds()
    {
        Assert.SkipUnless(TestDatabase.UsesPostgres, TwoNodes.SkipReason);
        using var api = await ApiOnAAsync();
        using var b = new HttpClient { BaseAddress = nodes.B.BaseAddress };
        await WarmUpAsync(api, b);
        var word = UniqueWord();

        using var create = await api.PostJsonAsync("/api/content", new { contentType = "entrada", data = Post("Primera noticia " + word, "Abrimos la piscina.", slug: null), publish = true });
        var created = await create.JsonAsync(HttpStatusCode.Created);
        var path = created.Text("url");
        await FollowsAsync("the page after publishing", async () => (await PageAsync(b, path)).Contains("Primera noticia " + word, StringComparison.Ordinal));
        await FollowsAsync("search after publishing", async () => (await SearchAsync(b, word)).Contains("Primera noticia " + word, StringComparison.Ordinal));
        await FollowsAsync("the feed after publishing", async () => (await b.GetStringAsync("/feed.xml", Ct)).Contains("Primera noticia " + word, StringComparison.Ordinal));

        var edited = UniqueWord();
        using var edit = await api.PutJsonAsync("/api/content/" + created.Text("itemId"), new
        {
            concurrencyStamp = created.Text("concurrencyStamp"),
            data = Post("Noticia corregida " + edited, "Abrimos la piscina el lunes.", slug: path.Split('/')[^1]),
            publish = true,
        });
        await edit.JsonAsync(HttpStatusCode.OK);
        await FollowsAsync("the cached page after an edit", async () => (await PageAsync(b, path)).Contains("Noticia corregida " + edited, StringComparison.Ordinal));
        await FollowsAsync("search after an edit", async () => (await SearchAsync(b, edited)).Contains("Noticia corregida " + edited, StringComparison.Ordinal)
            && !(await SearchAsync(b, word)).Contains("Primera noticia", StringComparison.Ordinal));
        await FollowsAsync("the cached feed after an edit", async () => (await b.GetStringAsync("/feed.xml", Ct)).Contains("Noticia corregida " + edited, StringComparison.Ordinal));

        using var delete = await api.DeleteAsync("/api/content/" + created.Text("itemId"), Ct);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await FollowsAsync("the cached page after deleting", async () => (await b.GetAsync(path, Ct)).StatusCode == HttpStatusCode.NotFound);
        await FollowsAsync("search after deleting", async () => !(await SearchAsync(b, edited)).Contains("Noticia corregida", StringComparison.Ordinal));
        await FollowsAsync("the cached feed after deleting", async () => !(await b.GetStringAsync("/feed.xml", Ct)).Contains("Noticia corregida " + edited, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliveries_queued_on_A_are_sent_by_B_with_the_credentials_A_encrypted()
    {
        Assert.SkipUnless(TestDatabase.UsesPostgres, TwoNodes.SkipReason);
        using var api = await ApiOnAAsync();
        var title = "Corte de agua " + UniqueWord();

        // Blog posts go to the networks by default; pages, mostly institutional, do not.
        using var create = await api.PostJsonAsync("/api/content", new { contentType = "entrada", data = Post(title, "Mañana no habrá agua en el centro.", slug: null), publish = true });
        var itemId = (await create.JsonAsync(HttpStatusCode.Created)).Text("itemId");

        var states = await SettledDeliveriesAsync(itemId);
        Assert.Equal(6, states.Count);
        Assert.All(states, s => Assert.True(s.State == nameof(DeliveryState.Sent), $"A delivery ended {s.State}: {s.Error}"));
        Assert.All(SyndicationFixture.Networks, n => Assert.Contains(nodes.Sandbox.Posts(n), p => p.Text.Contains(title, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_administrator_signed_in_on_A_is_signed_in_on_B_and_B_serves_the_files_uploaded_to_A()
    {
        Assert.SkipUnless(TestDatabase.UsesPostgres, TwoNodes.SkipReason);
        var cookies = new CookieContainer();
        using var a = TwoNodes.Browser(nodes.A, cookies);
        using var b = TwoNodes.Browser(nodes.B, cookies);
        using var signIn = await a.SignInAsync(PortalHost.AdminUserName, PortalHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var adminOnB = await b.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.OK, adminOnB.StatusCode);
        // A form on B takes the sign-in and antiforgery cookies A issued.
        Assert.NotEmpty(await b.CreateTokenAsync(PortalHost.AdminUserName, "Token desde B"));

        var token = await a.AntiforgeryTokenAsync("/admin/medios");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestImages.Png(40, 30));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "archivo", "plano-del-nodo.png");
        form.Add(new StringContent("Images"), "admitidos");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/medios/selector") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        using var upload = await a.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var item = (await upload.Content.ReadFromJsonAsync<MediaPickerItem>(Json, Ct))!;

        using var preview = await b.GetAsync(item.Preview, Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.StartsWith("image/", preview.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    private async Task<HttpClient> ApiOnAAsync()
    {
        using var admin = TwoNodes.Browser(nodes.A, new CookieContainer());
        using var signIn = await admin.SignInAsync(PortalHost.AdminUserName, PortalHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var secret = await admin.CreateTokenAsync(PortalHost.AdminUserName, "Pruebas " + Guid.NewGuid().ToString("N")[..6]);
        var api = new HttpClient { BaseAddress = nodes.A.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return api;
    }

    /// <summary>
    /// The first request of each kind compiles views and fills caches: that is start-up, not what is measured, so a
    /// first post is read once on B, however long it takes.
    /// </summary>
    private static async Task WarmUpAsync(HttpClient api, HttpClient b)
    {
        using var create = await api.PostJsonAsync("/api/content", new { contentType = "entrada", data = Post("Noticia de prueba", "Primer aviso.", slug: null), publish = true });
        var path = (await create.JsonAsync(HttpStatusCode.Created)).Text("url");
        var deadline = Stopwatch.StartNew();
        while (!(await PageAsync(b, path)).Contains("Noticia de prueba", StringComparison.Ordinal) || !(await SearchAsync(b, "prueba")).Contains("Noticia de prueba", StringComparison.Ordinal))
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "Node B never showed the first post.");
            await Task.Delay(100, Ct);
        }

        (await b.GetAsync("/feed.xml", Ct)).Dispose();
    }

    /// <summary>A blog post ("entrada"), which the feeds list; <paramref name="slug"/> keeps its address on an edit.</summary>
    private static object Post(string title, string body, string? slug) => new
    {
        common = new { title, summary = "Aviso del ayuntamiento sobre la piscina.", slug = slug ?? "", topics = new[] { "empleo" } },
        body,
        author = new { name = "Gabinete de prensa" },
    };

    /// <summary>Letters only, so that search analysis keeps it one word that matches nothing else.</summary>
    private static string UniqueWord() => "zq" + new string([.. Guid.NewGuid().ToString("N")[..10].Select(c => char.IsDigit(c) ? (char)('g' + (c - '0')) : c)]);

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync(Ct) : "";
    }

    private static Task<string> SearchAsync(HttpClient client, string word) => client.GetStringAsync("/buscar?q=" + word, Ct);

    /// <summary>Polls node B until <paramref name="followed"/> holds; fails when that takes longer than <see cref="Within"/>.</summary>
    private static async Task FollowsAsync(string what, Func<Task<bool>> followed)
    {
        var watch = Stopwatch.StartNew();
        while (!await followed())
        {
            Assert.True(watch.Elapsed < Within, $"Node B did not follow {what} within {Within.TotalSeconds} s.");
            await Task.Delay(50, Ct);
        }

        Assert.True(watch.Elapsed < Within, $"Node B followed {what} only after {watch.ElapsedMilliseconds} ms.");
        TestContext.Current.TestOutputHelper?.WriteLine($"B followed {what} in {watch.ElapsedMilliseconds} ms.");
    }

    private async Task<List<(string State, string? Error)>> SettledDeliveriesAsync(string itemId)
    {
        var deadline = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(nodes.Database.ConnectionString);
        await connection.OpenAsync(Ct);
        while (true)
        {
            var states = new List<(string, string?)>();
            await using (var query = new NpgsqlCommand($"SELECT \"State\", \"LastError\" FROM \"{Delivery.TableName}\" WHERE \"ItemId\" = @item", connection))
            {
                query.Parameters.AddWithValue("item", itemId);
                await using var reader = await query.ExecuteReaderAsync(Ct);
                while (await reader.ReadAsync(Ct))
                {
                    states.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
                }
            }

            if (states.Count > 0 && states.All(s => s.Item1 is nameof(DeliveryState.Sent) or nameof(DeliveryState.Failed)))
            {
                return states;
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), $"The deliveries did not settle: {string.Join(", ", states)}");
            await Task.Delay(100, Ct);
        }
    }
}
