using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Syndication.Deliveries;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>The delivery engine against the sandbox: exactly one post per channel whatever the network does.</summary>
public sealed class DeliveryEngineTests(SyndicationFixture fixture) : SyndicationTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    [Fact]
    public async Task Publishing_to_six_channels_gives_exactly_one_remote_post_on_each()
    {
        var item = await Host.PublishPageAsync("Ayudas al alquiler joven");
        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6);

        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.All(deliveries, d => Assert.False(string.IsNullOrEmpty(d.RemoteId)));
        foreach (var network in SyndicationFixture.Networks)
        {
            var delivery = deliveries.Single(d => Sandbox.Posts(network).Any(p => p.Text.Contains(d.Link, StringComparison.Ordinal)));
            Assert.Single(Sandbox.Posts(network), p => p.Text.Contains(delivery.Link, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_rolled_back_publish_leaves_no_delivery()
    {
        var title = "Publicación deshecha";
        await Assert.ThrowsAsync<InvalidOperationException>(() => Host.RunAsync(async (services, ct) =>
        {
            var page = new PageContent { Title = title, Summary = "Nunca sale." };
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(PageContent.TypeName, page, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            Assert.True(result.Succeeded);
            Assert.Equal(6, await services.GetRequiredService<PortalDbContext>().Set<Delivery>().CountAsync(d => d.ItemId == result.Item!.ItemId, ct));
            throw new InvalidOperationException("The request failed after publishing.");
        }));

        Assert.DoesNotContain(await Host.DeliveriesAsync(), d => d.Text.Contains(title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reset_after_the_network_accepted_the_post_is_resolved_by_finding_it()
    {
        var before = SyndicationFixture.Networks.ToDictionary(n => n, n => Sandbox.Creates(n).Count);
        foreach (var network in SyndicationFixture.Networks)
        {
            Sandbox.Faults.Add(new Fault(network, "reset-after-accept"));
        }

        var item = await Host.PublishPageAsync("Cita previa en el registro");
        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6);

        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        foreach (var network in SyndicationFixture.Networks)
        {
            var delivery = deliveries.Single(d => Sandbox.Store.Posts(network).Any(p => p.Text.Contains(d.Link, StringComparison.Ordinal)));
            var post = Assert.Single(Sandbox.Store.Posts(network), p => p.Text.Contains(delivery.Link, StringComparison.Ordinal));
            Assert.Equal(post.Id, delivery.RemoteId?.Split('/').Last());
        }

        // Networks without a server-side key were not asked to post a second time: the post was found instead.
        foreach (var network in new[] { "telegram", "facebook", "x", "linkedin" })
        {
            Assert.Single(Sandbox.Creates(network).Skip(before[network]));
        }
    }

    [Fact]
    public async Task A_429_with_a_reset_time_is_respected_and_the_delivery_still_succeeds()
    {
        Sandbox.Faults.Add(new Fault("mastodon", "status", Status: 429, RetryAfterSeconds: 3));
        var before = Sandbox.Creates("mastodon").Count;

        var item = await Host.PublishPageAsync("Bono social térmico");
        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6);

        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        var creates = Sandbox.Creates("mastodon").Skip(before).ToList();
        var limited = Assert.Single(creates, r => r.Status == 429);
        var next = creates.Single(r => r.Status == 200);
        Assert.True(next.ReceivedUtc >= limited.ReceivedUtc.AddSeconds(2.9), $"Sent again at {next.ReceivedUtc:O}, before the reset after {limited.ReceivedUtc:O}.");
    }

    [Fact]
    public async Task A_permanent_400_fails_after_one_attempt_and_retry_reuses_the_same_delivery()
    {
        Sandbox.Faults.Add(new Fault("linkedin", "status", Status: 400, Message: "Organization is not eligible to post"));
        var item = await Host.PublishPageAsync("Becas de comedor escolar");
        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6);

        var failed = Assert.Single(deliveries, d => d.State == DeliveryState.Failed);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(ErrorKind.Permanent, failed.LastErrorKind);
        Assert.Contains("Organization is not eligible to post", failed.LastError, StringComparison.Ordinal);

        Assert.True(await Host.RunAsync((services, ct) => services.GetRequiredService<DeliveryCommands>().RetryAsync(failed.Id, ct)));
        var retried = (await Host.WaitSettledAsync(item.ItemId, 6)).Single(d => d.Id == failed.Id);
        Assert.Equal(DeliveryState.Sent, retried.State);
        Assert.Equal(failed.IdempotencyKey, retried.IdempotencyKey);
        Assert.Single(Sandbox.Posts("linkedin"), p => p.Text.Contains(failed.Link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_http_client_never_retries_a_post_by_itself()
    {
        Sandbox.Faults.Add(new Fault("x", "status", Status: 503));
        var before = Sandbox.Creates("x").Count;

        var item = await Host.PublishPageAsync("Vacunación antigripal");
        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6);

        var x = deliveries.Single(d => Sandbox.Posts("x").Any(p => p.Text.Contains(d.Link, StringComparison.Ordinal)));
        Assert.Equal(DeliveryState.Sent, x.State);
        // One 503, then (after the dispatcher looked for the post and did not find it) one new create: never two in a row.
        var creates = Sandbox.Creates("x").Skip(before).Select(r => r.Status).ToList();
        Assert.Equal([503, 201], creates);
    }

    [Fact]
    public async Task A_call_slower_than_the_lease_keeps_its_delivery_and_posts_once()
    {
        // The fixture's lease is 5 s: an 8 s answer outlives it unless the worker keeps renewing it.
        var before = Sandbox.Creates("x").Count;
        Sandbox.Faults.Add(new Fault("x", "slow", DelayMs: 8000));

        var item = await Host.PublishPageAsync("Plazo de matrícula en la escuela de música");
        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6);

        // The sandbox logs a request when it answers: wait for the slow one before counting.
        await SyndicationTestSteps.WaitAsync(() => Task.FromResult(Sandbox.Store.Requests("x").FirstOrDefault(r => r.Fault == "slow")));
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.Equal([201], Sandbox.Creates("x").Skip(before).Select(r => r.Status));
        Assert.Single(Sandbox.Posts("x"), p => p.Text.Contains("Plazo de matrícula en la escuela de música", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_item_editor_says_where_the_item_was_posted_and_why_not()
    {
        Sandbox.Faults.Add(new Fault("facebook", "status", Status: 400, Message: "(#200) The page is not published"));
        var item = await Host.PublishPageAsync("Cortes de tráfico por obras");
        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6);
        using var client = await HttpForms.SignedInClientAsync(Host);

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/admin/contenidos/" + item.ItemId, UriKind.Relative), TestContext.Current.CancellationToken));

        Assert.Contains("Difundido en:", html, StringComparison.Ordinal);
        Assert.Equal(5, deliveries.Count(d => d.State == DeliveryState.Sent));
        foreach (var sent in deliveries.Where(d => d.State == DeliveryState.Sent))
        {
            Assert.Contains($"<a href=\"{sent.RemoteUrl}\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("No se ha podido difundir en Facebook (sandbox). La red ha rechazado el mensaje y no se volverá a intentar sola. La red respondió: «(#200) The page is not published».", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/admin/difusion/contenido/{item.ItemId}\">Ver la difusión</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updating_and_deleting_reach_the_remote_posts_where_the_network_allows_it()
    {
        var item = await Host.PublishPageAsync("Horario de la oficina de empleo");
        var posts = await Host.WaitSettledAsync(item.ItemId, 6);

        await Host.RunAsync(async (services, ct) =>
        {
            var manager = services.GetRequiredService<IContentManager>();
            var latest = (await manager.GetAsync(item.ItemId, VersionOptions.Latest, ct))!;
            var page = new PageContent { Title = "Horario de la oficina de empleo", Summary = "Nuevo horario: de 8:00 a 15:00." };
            var result = await manager.UpdateAsync(item.ItemId, page, latest.ConcurrencyStamp, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            Assert.True(result.Succeeded);
        });
        Assert.Equal(5, await Host.RunAsync((services, ct) => services.GetRequiredService<DeliveryCommands>().FollowUpAsync(item.ItemId, DeliveryKind.Update, ct)));
        await Host.WaitSettledAsync(item.ItemId, 11);

        foreach (var post in posts)
        {
            var remote = Sandbox.Store.Posts(null).Single(p => p.Text.Contains(post.Link, StringComparison.Ordinal));
            Assert.Equal(remote.Network == "x" ? 0 : 1, remote.Edits);
        }

        Assert.Equal(6, await Host.RunAsync((services, ct) => services.GetRequiredService<DeliveryCommands>().FollowUpAsync(item.ItemId, DeliveryKind.Delete, ct)));
        var all = await Host.WaitSettledAsync(item.ItemId, 17);
        Assert.All(all, d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.All(posts, post => Assert.True(Sandbox.Store.Posts(null).Single(p => p.Text.Contains(post.Link, StringComparison.Ordinal)).Deleted));
    }
}
