using EventNews.Analysis.Stories;

namespace EventNews.Analysis.Tests.Stories;

public class NearDuplicateTests
{
    private static readonly string[] Persons = ["antony-blinken", "sergei-lavrov", "brittney-griner", "paul-whelan", "viktor-bout"];

    private static StoryAssignment AssignAfterOriginal(string copy)
    {
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        clusterer.Assign(StoryTestData.Fingerprint(StoryTestData.CorpusText("004_"), 0, Persons));
        return clusterer.Assign(StoryTestData.Fingerprint(copy, 1, Persons));
    }

    [Fact]
    public void Two_articles_left_without_text_are_not_copies_of_each_other()
    {
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        var first = StoryTestData.Fingerprint("Commentez cette histoire\nLIRE AUSSI | Le gaz russe", 0);
        var second = StoryTestData.Fingerprint("#Ukraine #Russie\nImage: AFP", 1);
        Assert.Equal(0, first.ShingleCount);
        Assert.Equal(0, second.ShingleCount);

        var opened = clusterer.Assign(first);
        var assignment = clusterer.Assign(second);

        Assert.NotEqual(opened.ClusterId, assignment.ClusterId);
        Assert.Null(assignment.Evidence);
    }

    [Fact]
    public void An_exact_copy_under_another_outlet_header_joins_its_original()
    {
        var assignment = AssignAfterOriginal("Monde\n\n" + StoryTestData.CorpusText("004_"));

        Assert.NotNull(assignment.Evidence);
        Assert.Equal("near-duplicate", assignment.Evidence.Rule);
        Assert.True(assignment.Evidence.TextOverlap > 0.95);
    }

    [Fact]
    public void A_republished_dispatch_with_cuts_joins_its_original()
    {
        var paragraphs = StoryTestData.CorpusText("004_").Split("\n\n");
        var edited = string.Join("\n\n", paragraphs.Where((_, i) => i != 2 && i != 5))
            .Replace("a déclaré", "a affirmé", StringComparison.Ordinal)
            .Replace("Blinken", "M. Blinken", StringComparison.Ordinal);

        var assignment = AssignAfterOriginal("Par notre correspondant à Washington\n\n" + edited);

        Assert.NotNull(assignment.Evidence);
        Assert.Empty(assignment.MergedClusterIds);
        Assert.True(assignment.Score >= ClusteringOptions.Default.MatchThreshold, assignment.ToString());
    }

    [Fact]
    public void A_copy_cut_off_mid_word_joins_its_original()
    {
        var text = StoryTestData.CorpusText("004_");

        var assignment = AssignAfterOriginal(text[..(text.Length * 45 / 100)]);

        Assert.NotNull(assignment.Evidence);
        Assert.Equal("near-duplicate", assignment.Evidence.Rule);
    }

    [Fact]
    public void A_copy_wrapped_in_scraped_boilerplate_joins_its_original()
    {
        var wrapped = "Commentez cette histoire\nA LIRE AUSSI | Le gaz russe, une arme politique\n"
            + StoryTestData.CorpusText("004_")
            + "\n#diplomatie #russie\n0 Commentaires\nImage: AFP\n"
            + StoryTestData.CorpusText("027_")[..600];

        var assignment = AssignAfterOriginal(wrapped);

        Assert.NotNull(assignment.Evidence);
        Assert.Equal("near-duplicate", assignment.Evidence.Rule);
    }

    [Fact]
    public void The_same_story_translated_joins_through_persons_numbers_and_dates()
    {
        var clusterer = new StoryClusterer(ClusteringOptions.Default);
        var english = StoryTestData.Fingerprint(StoryTestData.CorpusText("022_"), 0, ["antony-blinken", "sergei-lavrov", "brittney-griner", "paul-whelan", "viktor-bout", "joe-biden", "maria-zakharova", "vladimir-putin"]);
        var french = StoryTestData.Fingerprint(StoryTestData.CorpusText("052_"), 1, ["antony-blinken", "sergei-lavrov", "brittney-griner", "paul-whelan", "viktor-bout"]);
        clusterer.Assign(english);
        var comparison = clusterer.Compare(french, english);

        var assignment = clusterer.Assign(french);

        Assert.True(assignment.Evidence is not null, comparison.ToString());
        Assert.Equal("shared-evidence", assignment.Evidence.Rule);
        Assert.Contains("brittney-griner", assignment.Evidence.SharedPersons);
        Assert.Equal(1, assignment.Evidence.DateGapDays);
    }
}
