namespace EventNews.Ingest.Tests;

public class BusRecoveryPolicyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_unready_bus_is_restarted_once_the_patience_has_run_out_with_the_broker_reachable()
    {
        var policy = new BusRecoveryPolicy(Patience);
        Assert.False(policy.ShouldRestart(healthy: false, brokerReachable: true, Start));
        Assert.False(policy.ShouldRestart(false, true, Start + Patience - TimeSpan.FromSeconds(1)));
        Assert.True(policy.ShouldRestart(false, true, Start + Patience));
        // The wait starts again after a restart.
        Assert.False(policy.ShouldRestart(false, true, Start + Patience + TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void An_unreachable_broker_or_a_ready_bus_starts_the_wait_again()
    {
        var policy = new BusRecoveryPolicy(Patience);
        Assert.False(policy.ShouldRestart(false, true, Start));
        Assert.False(policy.ShouldRestart(false, brokerReachable: false, Start + TimeSpan.FromSeconds(30)));
        Assert.False(policy.ShouldRestart(false, true, Start + TimeSpan.FromSeconds(35)));
        Assert.False(policy.ShouldRestart(false, true, Start + TimeSpan.FromSeconds(90)));
        Assert.True(policy.ShouldRestart(false, true, Start + TimeSpan.FromSeconds(95)));

        Assert.False(policy.ShouldRestart(false, true, Start + TimeSpan.FromSeconds(100)));
        Assert.False(policy.ShouldRestart(healthy: true, true, Start + TimeSpan.FromSeconds(130)));
        Assert.False(policy.ShouldRestart(false, true, Start + TimeSpan.FromSeconds(170)));
    }
}
