using EventNews.Analysis;
using EventNews.Contracts;
using EventNews.Projections.Articles;
using JasperFx.Events;
using Marten.Events.Projections;

namespace EventNews.Projections.People;

public sealed class AliasCount
{
    public string Name { get; set; } = string.Empty;

    public int Count { get; set; }
}

public sealed class CoMention
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public int Count { get; set; }
}

/// <summary>
/// One person across all articles: every spelling seen, where and when. Lists grow in place (a
/// famous person is named in most articles, so copying them per event would be quadratic); the API
/// orders aliases and co-mentioned persons by count when it serves them. Of the articles, the view
/// counts all and names the latest <see cref="LatestIds.Kept"/>; /api/articles?person= pages through all.
/// </summary>
public sealed class PersonView
{
    public string Id { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public List<AliasCount> Aliases { get; set; } = [];

    /// <summary>The latest articles naming the person, oldest first.</summary>
    public List<string> LatestArticleIds { get; set; } = [];

    public string? FirstDate { get; set; }

    public string? LastDate { get; set; }

    public List<CoMention> CoMentioned { get; set; } = [];

    public int Mentions { get; set; }

    public int ArticleCount { get; set; }

    /// <summary>Lower-case, accents removed, name and aliases: what /api/persons?search= matches against.</summary>
    public string SearchText { get; set; } = string.Empty;

    // Lookups by key for the lists above, never stored (private fields are not serialized). A
    // famous person has thousands of companions: a linear search per companion per article made
    // replays quadratic.
    private readonly KeyIndex<AliasCount> _aliases = new(a => a.Name);
    private readonly KeyIndex<CoMention> _coMentioned = new(c => c.Id);

    /// <summary>The alias written <paramref name="surface"/>, or null.</summary>
    public AliasCount? FindAlias(string surface) => _aliases.Find(Aliases, surface);

    public void AddAlias(AliasCount alias) => _aliases.Add(Aliases, alias);

    /// <summary>The person mentioned with this one under <paramref name="id"/>, or null.</summary>
    public CoMention? FindCoMention(string id) => _coMentioned.Find(CoMentioned, id);

    public void AddCoMention(CoMention other) => _coMentioned.Add(CoMentioned, other);

    /// <summary>A list's items by key, built on first use and made again whenever the list is another one or was changed elsewhere.</summary>
    private sealed class KeyIndex<T>(Func<T, string> keyOf)
        where T : class
    {
        private Dictionary<string, T>? _byKey;
        private List<T>? _of;

        public T? Find(List<T> list, string key) => For(list).GetValueOrDefault(key);

        public void Add(List<T> list, T item)
        {
            For(list)[keyOf(item)] = item;
            list.Add(item);
        }

        private Dictionary<string, T> For(List<T> list)
        {
            if (_byKey is null || !ReferenceEquals(_of, list) || _byKey.Count != list.Count)
            {
                _byKey = new Dictionary<string, T>(list.Count, StringComparer.Ordinal);
                foreach (var item in list)
                {
                    _byKey[keyOf(item)] = item;
                }

                _of = list;
            }

            return _byKey;
        }
    }
}

/// <summary>Each article adds itself to the view of every person it names.</summary>
public sealed class PersonViewProjection : MultiStreamProjection<PersonView, string>
{
    public const string ProjectionName = "persons";

    /// <summary>The parts of an analysis the view reads.</summary>
    public const AnalysisParts Reads = AnalysisParts.Persons;
    private readonly ArticleAnalyses _analyses;
    private readonly ArticleFacts<PersonFacts> _facts;

    /// <param name="analyses">Where the article analyses come from.</param>
    /// <param name="name">The projection's name; a rebuild builds a second copy under another name.</param>
    /// <param name="ceiling">The last event it may apply (a rebuilt copy's); every event when null.</param>
    public PersonViewProjection(ArticleAnalyses analyses, string name = ProjectionName, SequenceCeiling? ceiling = null)
    {
        _analyses = analyses;
        Name = name;
        _facts = new ArticleFacts<PersonFacts>(FactsOf, ceiling ?? new SequenceCeiling());
        CustomGrouping((_, events, grouping) =>
        {
            foreach (var e in _facts.Group(events))
            {
                foreach (var person in _facts.Of(e).Persons)
                {
                    grouping.AddEvent(person.PersonId, e);
                }
            }

            return Task.CompletedTask;
        });
    }

    // What the view reads of an article: the persons it names and its publication date.
    private sealed record PersonFacts(IReadOnlyList<PersonSummary> Persons, string? Published);

    private PersonFacts FactsOf(IEvent<ArticleReceived> e)
    {
        var analysis = _analyses.Transient(e, Reads);
        return new PersonFacts(analysis.Persons, analysis.Published.Date?.Key);
    }

    public override PersonView? Evolve(PersonView? snapshot, string id, IEvent e)
    {
        if (e is not IEvent<ArticleReceived> received)
        {
            return snapshot;
        }

        using var activity = ProjectionTelemetry.StartApply(e, Name);
        activity?.SetTag("eventnews.view.id", id);
        var facts = _facts.Of(received);
        var person = facts.Persons.FirstOrDefault(p => p.PersonId == id);
        if (person is null)
        {
            return snapshot;
        }

        var view = snapshot ?? new PersonView { Id = id };
        view.Name = person.CanonicalName;
        LatestIds.Add(view.LatestArticleIds, received.StreamKey!);
        view.ArticleCount++;
        var newSpelling = false;
        foreach (var surface in person.Surfaces)
        {
            var alias = view.FindAlias(surface.Surface);
            if (alias is null)
            {
                view.AddAlias(new AliasCount { Name = surface.Surface, Count = surface.Count });
                newSpelling = true;
            }
            else
            {
                alias.Count += surface.Count;
            }

            view.Mentions += surface.Count;
        }

        foreach (var other in facts.Persons.Where(p => p.PersonId != id))
        {
            var known = view.FindCoMention(other.PersonId);
            if (known is null)
            {
                view.AddCoMention(new CoMention { Id = other.PersonId, Name = other.CanonicalName, Count = 1 });
            }
            else
            {
                known.Count++;
            }
        }

        if (facts.Published is { } date)
        {
            view.FirstDate = view.FirstDate is null || string.CompareOrdinal(date, view.FirstDate) < 0 ? date : view.FirstDate;
            view.LastDate = view.LastDate is null || string.CompareOrdinal(date, view.LastDate) > 0 ? date : view.LastDate;
        }

        if (newSpelling || view.SearchText.Length == 0)
        {
            view.SearchText = SearchText.Fold(string.Join(" | ", view.Aliases.Select(a => a.Name).Prepend(view.Name)));
        }

        return view;
    }
}
