using System.Text;

namespace EventNews.Synthetic.Tests;

public class SyntheticCorpusTests
{
    private static readonly List<SyntheticArticle> Sample = [.. SyntheticCorpus.Generate(2000, 5)];

    [Fact]
    public void The_same_count_and_seed_give_the_same_articles_byte_for_byte()
    {
        var again = SyntheticCorpus.Generate(2000, 5).ToList();

        Assert.Equal(Sample.Count, again.Count);
        for (var i = 0; i < Sample.Count; i++)
        {
            Assert.Equal(Sample[i], again[i] with { PersonIds = Sample[i].PersonIds });
            Assert.Equal(Sample[i].PersonIds, again[i].PersonIds);
        }
    }

    [Fact]
    public void Another_seed_gives_other_articles()
    {
        var other = SyntheticCorpus.Generate(50, 6).ToList();

        Assert.NotEqual(Sample.Take(50).Select(a => a.Text), other.Select(a => a.Text));
    }

    [Fact]
    public void Exactly_the_requested_number_of_articles_comes_out_in_publication_order()
    {
        Assert.Equal(2000, Sample.Count);
        Assert.Equal(Sample.Select(a => a.FileName).Order(StringComparer.Ordinal), Sample.Select(a => a.FileName));
        Assert.True(Sample.Zip(Sample.Skip(1)).All(pair => pair.First.Published <= pair.Second.Published));
    }

    [Fact]
    public void Whole_articles_are_two_to_six_kilobytes()
    {
        var whole = Sample.Where(a => a.Variant is "original" or "retold" or "translated" or "decoy").ToList();
        var sizes = whole.Select(a => Encoding.UTF8.GetByteCount(a.Text)).ToList();

        Assert.True(sizes.Count(s => s is >= 2000 and <= 7000) >= whole.Count * 0.95, $"sizes {sizes.Min()}–{sizes.Max()}");
    }

    [Fact]
    public void Every_kind_of_variant_and_decoy_stories_are_made()
    {
        var kinds = Sample.Select(a => a.Variant).Distinct().ToHashSet();

        Assert.Superset(kinds, new HashSet<string> { "original", "republished", "cut", "boilerplate", "retold", "translated", "decoy" });
        Assert.Contains(Sample, a => a.Language == "fr");
        Assert.Contains(Sample, a => a.Language == "en");
    }

    [Fact]
    public void Ground_truth_names_known_persons_that_appear_in_the_text()
    {
        var known = SyntheticCorpus.Persons.ToDictionary(p => p.Id);

        foreach (var article in Sample)
        {
            Assert.All(article.PersonIds, id => Assert.True(known.ContainsKey(id), id));
            Assert.All(article.PersonIds, id => Assert.Contains(article.Language == "fr" ? known[id].French.Split(' ')[^1] : known[id].LastName, article.Text, StringComparison.Ordinal));
        }

        Assert.True(Sample.Count(a => a.PersonIds.Count >= 2) > Sample.Count * 0.8);
    }

    [Fact]
    public void A_translation_tells_the_story_of_its_original_in_the_other_language()
    {
        var translations = Sample.Where(a => a.Variant == "translated").ToList();
        var originals = Sample.Where(a => a.Variant is "original" or "decoy").ToDictionary(a => a.StoryId);

        Assert.NotEmpty(translations);
        foreach (var translation in translations.Where(t => originals.ContainsKey(t.StoryId)))
        {
            Assert.NotEqual(originals[translation.StoryId].Language, translation.Language);
        }
    }

    [Fact]
    public void Decoys_are_new_stories_about_people_seen_before()
    {
        var decoys = Sample.Where(a => a.Variant == "decoy").ToList();

        Assert.NotEmpty(decoys);
        Assert.All(decoys, decoy => Assert.Contains(
            Sample.TakeWhile(a => a != decoy),
            earlier => earlier.StoryId != decoy.StoryId && decoy.PersonIds.Take(2).All(earlier.PersonIds.Contains) && earlier.Published.DayNumber <= decoy.Published.DayNumber - 30));
    }
}
