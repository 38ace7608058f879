using EventNews.Contracts;
using EventNews.Projections.Articles;
using JasperFx.Events;
using Marten.Events.Projections;

namespace EventNews.Projections.People;

public sealed record AliasCount(string Name, int Count);

public sealed record CoMention(string Id, string Name, int Count);

/// <summary>One person across all articles: every spelling seen, where and when.</summary>
public sealed record PersonView(
    string Id,
    string Name,
    IReadOnlyList<AliasCount> Aliases,
    IReadOnlyList<string> ArticleIds,
    string? FirstDate,
    string? LastDate,
    IReadOnlyList<CoMention> CoMentioned,
    int Mentions,
    string SearchText)
{
    public int ArticleCount => ArticleIds.Count;
}

/// <summary>Each article adds itself to the view of every person it names.</summary>
public sealed class PersonViewProjection : MultiStreamProjection<PersonView, string>
{
    public const string ProjectionName = "persons";
    private readonly ArticleAnalyses _analyses;

    public PersonViewProjection(ArticleAnalyses analyses)
    {
        _analyses = analyses;
        Name = ProjectionName;
        Identities<IEvent<ArticleReceived>>(e => _analyses.Of(e).Persons.Select(p => p.PersonId).ToArray());
    }

    public override PersonView? Evolve(PersonView? snapshot, string id, IEvent e)
    {
        if (e is not IEvent<ArticleReceived> received)
        {
            return snapshot;
        }

        using var activity = ProjectionTelemetry.StartApply(e, Name);
        activity?.SetTag("eventnews.view.id", id);
        var articleId = received.StreamKey!;
        if (snapshot is not null && snapshot.ArticleIds.Contains(articleId))
        {
            return snapshot;
        }

        var analysis = _analyses.Of(received);
        var person = analysis.Persons.FirstOrDefault(p => p.PersonId == id);
        if (person is null)
        {
            return snapshot;
        }

        var aliases = (snapshot?.Aliases ?? []).ToDictionary(a => a.Name, a => a.Count, StringComparer.Ordinal);
        foreach (var surface in person.Surfaces)
        {
            aliases[surface.Surface] = aliases.GetValueOrDefault(surface.Surface) + surface.Count;
        }

        var others = (snapshot?.CoMentioned ?? []).ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var other in analysis.Persons.Where(p => p.PersonId != id))
        {
            others[other.PersonId] = new CoMention(other.PersonId, other.CanonicalName, (others.TryGetValue(other.PersonId, out var c) ? c.Count : 0) + 1);
        }

        var date = analysis.Published.Date?.Key;
        var first = snapshot?.FirstDate;
        var last = snapshot?.LastDate;
        if (date is not null)
        {
            first = first is null || string.CompareOrdinal(date, first) < 0 ? date : first;
            last = last is null || string.CompareOrdinal(date, last) > 0 ? date : last;
        }

        var aliasList = aliases.Select(a => new AliasCount(a.Key, a.Value)).OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
        return new PersonView(
            id,
            person.CanonicalName,
            aliasList,
            [.. snapshot?.ArticleIds ?? [], articleId],
            first,
            last,
            others.Values.OrderByDescending(c => c.Count).ThenBy(c => c.Id, StringComparer.Ordinal).ToList(),
            (snapshot?.Mentions ?? 0) + person.Surfaces.Sum(s => s.Count),
            SearchTextOf(person.CanonicalName, aliasList.Select(a => a.Name)));
    }

    /// <summary>Lower-case, accents removed: what /api/persons?search= matches against.</summary>
    public static string SearchTextOf(string name, IEnumerable<string> aliases) =>
        Fold(string.Join(" | ", aliases.Prepend(name)));

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var folded = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}
