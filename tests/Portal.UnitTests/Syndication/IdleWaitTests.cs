using Portal.Syndication.Deliveries;

namespace Portal.UnitTests.Syndication;

/// <summary>How long an idle dispatcher worker sleeps: never a negative wait, which SemaphoreSlim refuses.</summary>
public sealed class IdleWaitTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    [Fact]
    public void Nothing_waiting_sleeps_for_the_poll_interval() =>
        Assert.Equal(Poll, IdleWait.Until(null, Now, Poll));

    [Fact]
    public void A_delivery_due_later_than_the_poll_sleeps_for_the_poll_interval() =>
        Assert.Equal(Poll, IdleWait.Until(Now.AddMinutes(1), Now, Poll));

    [Fact]
    public void A_delivery_due_sooner_wakes_just_after_it() =>
        Assert.Equal(TimeSpan.FromSeconds(2) + IdleWait.Margin, IdleWait.Until(Now.AddSeconds(2), Now, Poll));

    [Fact]
    public void A_due_time_that_passed_while_it_was_read_wakes_at_once()
    {
        var wait = IdleWait.Until(Now.AddMilliseconds(-500), Now, Poll);

        Assert.Equal(IdleWait.Margin, wait);
        // What the worker passes the wait to: a negative timeout would throw.
        using var signal = new SemaphoreSlim(0);
        Assert.False(signal.Wait(wait, TestContext.Current.CancellationToken));
    }
}
