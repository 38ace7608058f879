namespace EventNews.Ingest.Tests;

public class BusRecoveryPolicyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int seconds) => Start + TimeSpan.FromSeconds(seconds);

    [Fact]
    public void An_unready_bus_is_restarted_once_the_patience_has_run_out_with_the_broker_reachable()
    {
        var policy = new BusRecoveryPolicy(Patience);
        Assert.Equal(BusRecovery.Wait, policy.Decide(healthy: false, brokerReachable: true, true, Start));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, Start + Patience - TimeSpan.FromSeconds(1)));
        Assert.Equal(BusRecovery.RestartBus, policy.Decide(false, true, true, Start + Patience));
        // The wait starts again after a restart.
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, Start + Patience + TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void An_unreachable_broker_or_a_ready_bus_starts_the_wait_again()
    {
        var policy = new BusRecoveryPolicy(Patience);
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, Start));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, brokerReachable: false, brokerAnswers: false, At(30)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, At(35)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, At(90)));
        Assert.Equal(BusRecovery.RestartBus, policy.Decide(false, true, true, At(95)));

        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, At(100)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(healthy: true, true, true, At(130)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, At(170)));
    }

    [Fact]
    public void A_bus_still_unready_after_its_restart_has_the_service_restarted()
    {
        var policy = new BusRecoveryPolicy(Patience);
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, Start));
        Assert.Equal(BusRecovery.RestartBus, policy.Decide(false, true, true, At(60)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, At(65)));
        // An outage in between does not count as having been ready.
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, brokerReachable: false, brokerAnswers: false, At(70)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, At(75)));
        Assert.Equal(BusRecovery.RestartService, policy.Decide(false, true, true, At(135)));
    }

    [Fact]
    public void A_broker_that_does_not_answer_the_supervisor_gets_bus_restarts_only()
    {
        var policy = new BusRecoveryPolicy(Patience);
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, brokerAnswers: false, Start));
        Assert.Equal(BusRecovery.RestartBus, policy.Decide(false, true, brokerAnswers: false, At(60)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, brokerAnswers: false, At(65)));
        Assert.Equal(BusRecovery.RestartBus, policy.Decide(false, true, brokerAnswers: false, At(125)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, brokerAnswers: true, At(130)));
        Assert.Equal(BusRecovery.RestartService, policy.Decide(false, true, brokerAnswers: true, At(190)));
    }

    [Fact]
    public void A_bus_that_was_ready_after_its_restart_is_restarted_again_before_the_service_is()
    {
        var policy = new BusRecoveryPolicy(Patience);
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, Start));
        Assert.Equal(BusRecovery.RestartBus, policy.Decide(false, true, true, At(60)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(healthy: true, true, true, At(65)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, At(600)));
        Assert.Equal(BusRecovery.RestartBus, policy.Decide(false, true, true, At(660)));
        Assert.Equal(BusRecovery.Wait, policy.Decide(false, true, true, At(665)));
        Assert.Equal(BusRecovery.RestartService, policy.Decide(false, true, true, At(725)));
    }
}
