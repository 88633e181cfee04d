using Portal.Syndication.Deliveries;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>
/// Facebook and X keep no idempotency key, so a post whose answer was lost is looked for in the account's posts before
/// it is sent again. A busy account may have published many posts since: the lookup reads back to the delivery's
/// time, page after page, and when that is more than it may read it stops for staff instead of posting blind.
/// </summary>
public sealed class LookupPagingTests(SyndicationFixture fixture) : SyndicationTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    private static readonly string[] Unkeyed = ["facebook", "x"];

    [Fact]
    public async Task A_post_with_more_than_a_page_of_newer_posts_is_found_further_back_and_not_sent_again()
    {
        var (item, creates) = await PublishWithLostAnswersAsync("Cortes de tráfico por obras", newerPosts: 250);

        var deliveries = await Host.WaitSettledAsync(item, 6);

        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        foreach (var network in Unkeyed)
        {
            Assert.Single(Sandbox.Creates(network).Skip(creates[network]));
            var delivery = deliveries.Single(d => Sandbox.Store.Posts(network).Any(p => p.Text.Contains(d.Link, StringComparison.Ordinal)));
            var post = Assert.Single(Sandbox.Store.Posts(network), p => p.Text.Contains(delivery.Link, StringComparison.Ordinal));
            Assert.Equal(post.Id, delivery.RemoteId?.Split('/').Last());
        }
    }

    [Fact]
    public async Task A_post_buried_deeper_than_the_lookup_may_read_stops_for_staff_and_is_never_sent_blind()
    {
        // Ten pages of a hundred are what a lookup may read; eleven hundred newer posts are more.
        var (item, creates) = await PublishWithLostAnswersAsync("Feria de empleo", newerPosts: 1_100);

        var deliveries = await Host.WaitSettledAsync(item, 6);

        foreach (var network in Unkeyed)
        {
            Assert.Single(Sandbox.Creates(network).Skip(creates[network]));
        }

        var stopped = deliveries.Where(d => d.State == DeliveryState.Failed).ToList();
        Assert.Equal(2, stopped.Count);
        Assert.All(stopped, d => Assert.Equal(ErrorKind.Unverifiable, d.LastErrorKind));
        Assert.All(deliveries.Except(stopped), d => Assert.Equal(DeliveryState.Sent, d.State));
    }

    /// <summary>
    /// Publishes a page whose Facebook and X answers are lost after the networks stored the posts. The first lookups
    /// fail (503) until the accounts have published <paramref name="newerPosts"/> more; then the lookups may read.
    /// </summary>
    private async Task<(string ItemId, Dictionary<string, int> Creates)> PublishWithLostAnswersAsync(string title, int newerPosts)
    {
        // The refused lookups are GETs, which the HTTP pipeline retries and reports as warnings.
        ExpectLog(r => r.Category.StartsWith("Polly", StringComparison.Ordinal));
        var creates = Unkeyed.ToDictionary(n => n, n => Sandbox.Creates(n).Count);
        var reads = Unkeyed.ToDictionary(n => n, ReadsOf);
        foreach (var network in Unkeyed)
        {
            Sandbox.Faults.Add(new Fault(network, "reset-after-accept"));
            Sandbox.Faults.Add(new Fault(network, "status", Operation: "read", Status: 503, Count: 10_000));
        }

        var item = await Host.PublishPageAsync(title);
        foreach (var network in Unkeyed)
        {
            await SyndicationTestSteps.WaitAsync(() => Task.FromResult(ReadsOf(network) > reads[network] ? "looked" : null));
            var ours = Sandbox.Store.Posts(network).Last(p => p.Text.Contains(title, StringComparison.Ordinal));
            for (var n = 0; n < newerPosts; n++)
            {
                Sandbox.Store.Add(network, ours.Account, $"Aviso {n} de otra publicación", id => $"{Sandbox.Url}/{network}/{id}");
            }
        }

        Sandbox.Faults.Clear();
        return (item.ItemId, creates);
    }

    private int ReadsOf(string network) => Sandbox.Store.Requests(network).Count(r => r.Operation == "read");
}
