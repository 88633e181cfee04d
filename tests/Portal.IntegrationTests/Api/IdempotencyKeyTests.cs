using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Api.Idempotency;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;
using Portal.Testing;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// POST /api/content with an Idempotency-Key: a client whose answer was lost sends the request again and gets the
/// first answer, not a second item.
/// </summary>
public sealed class IdempotencyKeyTests(ApiFixture fixture) : PortalTest<ApiFixture>(fixture), IClassFixture<ApiFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_request_with_the_same_key_creates_one_item_and_answers_as_the_first_did()
    {
        using var api = await Host.AdminApiAsync();
        var rows = await Host.ContentRowsAsync();
        var key = NewKey();
        var page = Page("Horario del registro");

        using var first = await SendAsync(api, key, page);
        using var again = await SendAsync(api, key, page);

        var created = await first.JsonAsync(HttpStatusCode.Created);
        var replayed = await again.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(created.Text("itemId"), replayed.Text("itemId"));
        Assert.Equal(created.Text("concurrencyStamp"), replayed.Text("concurrencyStamp"));
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.False(first.Headers.Contains(IdempotentAttribute.ReplayedHeader));
        Assert.Equal(["true"], again.Headers.GetValues(IdempotentAttribute.ReplayedHeader));
        Assert.Equal(rows + 1, await Host.ContentRowsAsync());
    }

    [Fact]
    public async Task Ten_requests_at_once_with_one_key_make_one_item_and_ten_equal_answers()
    {
        using var api = await Host.AdminApiAsync();
        var rows = await Host.ContentRowsAsync();
        var key = NewKey();
        var page = Page("Bolsa de empleo municipal");

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => SendAsync(api, key, page)));

        var ids = new HashSet<string>();
        foreach (var response in responses)
        {
            using (response)
            {
                ids.Add((await response.JsonAsync(HttpStatusCode.Created)).Text("itemId"));
            }
        }

        Assert.Single(ids);
        Assert.Equal(rows + 1, await Host.ContentRowsAsync());
    }

    [Fact]
    public async Task The_same_key_with_other_data_is_refused_and_writes_nothing()
    {
        using var api = await Host.AdminApiAsync();
        var key = NewKey();
        using var first = await SendAsync(api, key, Page("Ayudas al alquiler"));
        await first.JsonAsync(HttpStatusCode.Created);
        var rows = await Host.ContentRowsAsync();

        using var other = await SendAsync(api, key, Page("Ayudas a la rehabilitación"));

        var problem = await other.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("ya se usó con otros datos", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(rows, await Host.ContentRowsAsync());
    }

    [Fact]
    public async Task A_refused_request_keeps_no_answer_so_the_corrected_request_goes_through_with_the_same_key()
    {
        using var api = await Host.AdminApiAsync();
        var rows = await Host.ContentRowsAsync();
        var key = NewKey();

        using var refused = await SendAsync(api, key, new { contentType = "page", data = new { title = "Sin resumen" }, publish = true });
        await refused.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(rows, await Host.ContentRowsAsync());
        Assert.Equal(0, await RecordsAsync(key));

        using var corrected = await SendAsync(api, key, new { contentType = "page", data = new { title = "Con resumen", summary = "Ya lleva resumen." }, publish = true });
        await corrected.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(rows + 1, await Host.ContentRowsAsync());
    }

    [Fact]
    public async Task A_key_belongs_to_its_token()
    {
        using var api = await Host.AdminApiAsync();
        using var otherApi = await Host.AdminApiAsync();
        var key = NewKey();
        var page = Page("Piscina municipal");

        using var mine = await SendAsync(api, key, page);
        using var theirs = await SendAsync(otherApi, key, page);

        Assert.NotEqual((await mine.JsonAsync(HttpStatusCode.Created)).Text("itemId"), (await theirs.JsonAsync(HttpStatusCode.Created)).Text("itemId"));
        Assert.False(theirs.Headers.Contains(IdempotentAttribute.ReplayedHeader));
    }

    [Theory]
    [InlineData("")]
    [InlineData("con espacio")]
    [InlineData("una,otra")]
    [InlineData("k")]
    public async Task A_malformed_key_is_a_400_that_writes_nothing(string key)
    {
        using var api = await Host.AdminApiAsync();
        var rows = await Host.ContentRowsAsync();
        // "k" stands for a key one character over the limit; "una,otra" is sent as two header lines.
        string[] sent = key switch
        {
            "k" => [new string('k', IdempotencyRecord.KeyLength + 1)],
            "una,otra" => ["una", "otra"],
            _ => [key],
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = JsonContent.Create(Page("Clave mal formada")) };
        request.Headers.TryAddWithoutValidation(IdempotentAttribute.Header, sent);
        using var response = await api.SendAsync(request, Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(IdempotentAttribute.Header, problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(rows, await Host.ContentRowsAsync());
    }

    [Fact]
    public async Task A_key_older_than_a_day_is_forgotten_by_the_hourly_purge_and_then_makes_a_new_item()
    {
        using var api = await Host.AdminApiAsync();
        var key = NewKey();
        var page = Page("Cita previa en el padrón");
        using var first = await SendAsync(api, key, page);
        var firstId = (await first.JsonAsync(HttpStatusCode.Created)).Text("itemId");

        Assert.Equal(1, await AgeKeyAsync(key, IdempotencyRecord.Lifetime + TimeSpan.FromMinutes(1)));
        Host.Services.GetRequiredService<IBackgroundTaskTrigger>().RequestRun("Api.PurgeIdempotencyKeys");
        await Tasks.TaskRecorder.WaitUntilAsync(async () => await RecordsAsync(key) == 0, "the purge to forget the old key");

        using var later = await SendAsync(api, key, page);
        var laterDocument = await later.JsonAsync(HttpStatusCode.Created);
        Assert.NotEqual(firstId, laterDocument.Text("itemId"));
    }

    private static string NewKey() => "prueba-" + Guid.NewGuid().ToString("N");

    private static object Page(string title) =>
        new { contentType = "page", data = new { title, summary = "Un resumen de prueba." } };

    private static Task<HttpResponseMessage> SendAsync(HttpClient api, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/content") { Content = JsonContent.Create(body) };
        request.Headers.Add(IdempotentAttribute.Header, key);
        return api.SendAsync(request, Ct);
    }

    private Task<int> RecordsAsync(string key) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IUnitOfWork>().Db.Set<IdempotencyRecord>().CountAsync(r => r.Key == key, ct));

    private Task<int> AgeKeyAsync(string key, TimeSpan age) =>
        Host.RunAsync((services, ct) =>
        {
            var createdUtc = DateTime.UtcNow - age;
            return services.GetRequiredService<IUnitOfWork>().Db.Set<IdempotencyRecord>().Where(r => r.Key == key)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedUtc, createdUtc), ct);
        });
}
