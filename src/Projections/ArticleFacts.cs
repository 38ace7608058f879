using System.Collections.Concurrent;
using EventNews.Contracts;
using JasperFx.Events;

namespace EventNews.Projections;

/// <summary>
/// What a view needs of each article in the batches in flight, by event: worked out once when a
/// batch is grouped, on every core, then read by each document the article is applied to (an
/// article naming ten dates is applied to some thirty date documents). Only these facts outlive
/// the grouping, not the whole analysis: in a rebuild, a batch of kept analyses outlived several
/// garbage collections and made half of the collection pauses. Two generations, because the next
/// batch may be grouped while the last one is still applied; anything older is worked out again.
/// </summary>
internal sealed class ArticleFacts<T>(Func<IEvent<ArticleReceived>, T> workOut, SequenceCeiling ceiling)
    where T : class
{
    private volatile ConcurrentDictionary<Guid, T> _current = new();
    private volatile ConcurrentDictionary<Guid, T> _previous = new();

    /// <summary>Works out the facts of every arrival in a new batch up to the <see cref="SequenceCeiling"/>; returns those arrivals, in order.</summary>
    public IReadOnlyList<IEvent<ArticleReceived>> Group(IEnumerable<IEvent> events)
    {
        _previous = _current;
        _current = new ConcurrentDictionary<Guid, T>();
        var arrivals = events.OfType<IEvent<ArticleReceived>>().Where(ceiling.Admits).ToList();
        Parallel.ForEach(arrivals, e => Of(e));
        return arrivals;
    }

    public T Of(IEvent<ArticleReceived> e)
    {
        if (_current.TryGetValue(e.Id, out var facts) || _previous.TryGetValue(e.Id, out facts))
        {
            return facts;
        }

        facts = workOut(e);
        _current[e.Id] = facts;
        return facts;
    }
}
