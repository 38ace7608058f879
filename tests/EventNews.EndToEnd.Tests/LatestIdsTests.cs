using EventNews.Projections;

namespace EventNews.EndToEnd.Tests;

/// <summary>Pure code: no servers.</summary>
public class LatestIdsTests
{
    [Fact]
    public void Keeps_the_newest_ids_oldest_first_and_never_more_than_the_limit()
    {
        var ids = new List<string>();
        for (var i = 0; i < LatestIds.Kept + 25; i++)
        {
            LatestIds.Add(ids, $"a{i}");
        }

        Assert.Equal(LatestIds.Kept, ids.Count);
        Assert.Equal("a25", ids[0]);
        Assert.Equal($"a{LatestIds.Kept + 24}", ids[^1]);
    }

    [Fact]
    public void A_list_stored_longer_than_the_limit_is_trimmed_on_the_next_add()
    {
        var ids = Enumerable.Range(0, LatestIds.Kept + 10).Select(i => $"a{i}").ToList();
        LatestIds.Add(ids, "new");
        Assert.Equal(LatestIds.Kept, ids.Count);
        Assert.Equal("new", ids[^1]);
        Assert.Equal("a11", ids[0]);
    }
}
