using EventNews.Analysis;
using EventNews.Contracts;
using EventNews.Projections.Articles;
using JasperFx.Events;

namespace EventNews.EndToEnd.Tests;

/// <summary>Pure code: no servers. Which parts of an analysis the views get, and when one is made again.</summary>
public class ArticleAnalysesTests
{
    private static readonly ArticleAnalyzer Analyzer = new(AliasTable.Default);

    private const string MacronMeetsScholz =
        "Emmanuel Macron a reçu Olaf Scholz à Paris le 12 mars 2023. Macron et Scholz ont parlé de l'Ukraine.";

    /// <summary>A new arrival (an id and a stream of its own), published on 13 March 2023.</summary>
    private static Event<ArticleReceived> Arrival(string text = MacronMeetsScholz) => new(new ArticleReceived(
        "a.txt", text.Length, "00", "txt", "utf-8", text, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "inbox", PublishedAt: "2023-03-13"))
    {
        Id = Guid.NewGuid(),
        StreamKey = "a-" + Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public void The_live_views_share_whole_analyses_whatever_part_each_asks_for()
    {
        var analyses = new ArticleAnalyses(Analyzer);
        var e = Arrival();

        var forPersons = analyses.Of(e, AnalysisParts.Persons);
        Assert.Equal(AnalysisParts.All, forPersons.Parts);
        Assert.Same(forPersons, analyses.Of(e, AnalysisParts.MentionedDates));
        Assert.Contains(forPersons.Persons, p => p.CanonicalName == "Olaf Scholz");
        Assert.Contains(forPersons.MentionedDates, d => d.Date.Key == "2023-03-12");
    }

    [Fact]
    public void Views_that_ask_for_the_same_articles_at_the_same_moment_share_one_analysis_of_each()
    {
        var analyses = new ArticleAnalyses(Analyzer);
        var arrivals = Enumerable.Range(0, 300).Select(i => Arrival($"{MacronMeetsScholz} Dépêche {i}.")).ToList();
        const int views = 4;
        var made = new ArticleAnalysis[views][];
        using var start = new Barrier(views);

        // Four views following the log side by side, as the live views do.
        var threads = Enumerable.Range(0, views).Select(v => new Thread(() =>
        {
            start.SignalAndWait();
            made[v] = [.. arrivals.Select(e => analyses.Of(e, v % 2 == 0 ? AnalysisParts.Persons : AnalysisParts.MentionedDates))];
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var i = 0; i < arrivals.Count; i++)
        {
            Assert.All(made, byView => Assert.Same(made[0][i], byView[i]));
        }
    }

    [Fact]
    public void A_replay_makes_only_the_parts_its_view_reads_and_more_when_another_view_asks()
    {
        var analyses = new ArticleAnalyses(Analyzer, wholeAnalyses: false);
        var e = Arrival();

        analyses.Prepare([e], AnalysisParts.Persons);
        var forPersons = analyses.Of(e, AnalysisParts.Persons);
        Assert.Equal(AnalysisParts.Persons, forPersons.Parts);
        Assert.Contains(forPersons.Persons, p => p.CanonicalName == "Olaf Scholz");
        Assert.Empty(forPersons.MentionedDates);
        Assert.Same(forPersons, analyses.Of(e, AnalysisParts.Persons));

        var forDates = analyses.Of(e, AnalysisParts.MentionedDates);
        Assert.NotSame(forPersons, forDates);
        Assert.Contains(forDates.MentionedDates, d => d.Date.Key == "2023-03-12");
        Assert.Equal(forPersons.Published, forDates.Published);

        var whole = analyses.Of(e, AnalysisParts.All);
        Assert.True(whole.Covers(AnalysisParts.All));
        Assert.Same(whole, analyses.Of(e, AnalysisParts.Persons));
    }

    [Fact]
    public void A_view_that_keeps_its_own_facts_gets_a_shared_analysis_live_and_an_unkept_one_in_a_replay()
    {
        var live = new ArticleAnalyses(Analyzer);
        var e = Arrival();
        var shared = live.Transient(e, AnalysisParts.MentionedDates);
        Assert.Equal(AnalysisParts.All, shared.Parts);
        Assert.Same(shared, live.Of(e, AnalysisParts.Persons));

        var replay = new ArticleAnalyses(Analyzer, wholeAnalyses: false);
        var once = replay.Transient(e, AnalysisParts.MentionedDates);
        Assert.Equal(AnalysisParts.MentionedDates, once.Parts);
        Assert.Contains(once.MentionedDates, d => d.Date.Key == "2023-03-12");
        Assert.NotSame(once, replay.Of(e, AnalysisParts.MentionedDates));

        // One already kept is used rather than made again.
        var kept = replay.Of(e, AnalysisParts.All);
        Assert.Same(kept, replay.Transient(e, AnalysisParts.MentionedDates));
    }

    [Fact]
    public void The_newest_analyses_are_kept_and_the_oldest_made_again_once_more_than_the_capacity_arrived()
    {
        var analyses = new ArticleAnalyses(Analyzer);
        var arrivals = Enumerable.Range(0, ArticleAnalyses.Capacity + 10).Select(i => Arrival($"Dépêche {i}.")).ToList();
        var made = arrivals.Select(e => analyses.Of(e, AnalysisParts.All)).ToList();

        // The first ten went when the last ten came; every later one is still there.
        Assert.All(Enumerable.Range(0, 10), i => Assert.NotSame(made[i], analyses.Of(arrivals[i], AnalysisParts.All)));
        Assert.All(Enumerable.Range(20, arrivals.Count - 20), i => Assert.Same(made[i], analyses.Of(arrivals[i], AnalysisParts.All)));
    }
}
