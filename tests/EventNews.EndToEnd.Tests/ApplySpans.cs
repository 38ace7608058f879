using System.Diagnostics;
using EventNews.Projections;
using JasperFx.Events;

namespace EventNews.EndToEnd.Tests;

/// <summary>Pure code: a listener in the test, no servers.</summary>
public class ApplySpans
{
    [Fact]
    public void A_live_view_traces_each_applied_event_and_a_rebuild_copy_does_not()
    {
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ProjectionTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        var e = new Event<string>("an event") { Sequence = 7, StreamKey = "a-1" };

        using (var live = ProjectionTelemetry.StartApply(e, "persons"))
        {
            Assert.NotNull(live);
            Assert.Equal("persons", live.GetTagItem("eventnews.projection"));
            Assert.Equal(7L, live.GetTagItem("eventnews.event.sequence"));
        }

        Assert.Null(ProjectionTelemetry.StartApply(e, ProjectionsExtensions.RebuildPrefix + "persons"));
    }
}
