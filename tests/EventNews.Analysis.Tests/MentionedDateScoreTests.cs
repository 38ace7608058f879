using EventNews.Analysis.Evaluation;

namespace EventNews.Analysis.Tests;

public class MentionedDateScoreTests
{
    private const string Text = "Le ministre a parlé mardi dernier. En 2019, il était à Kiev; il y retournera le 3 mars.";

    private static MentionedDate Found(string surface, int year, int? month = null, int? day = null) =>
        new(new PartialDate(year, month, day), surface, Text.IndexOf(surface, StringComparison.Ordinal), surface.Length);

    [Fact]
    public void A_found_date_inside_its_label_with_the_same_value_is_right()
    {
        var score = MentionedDateScore.None.Add("a.txt", Text, [new("mardi dernier", "2025-02-25"), new("En 2019", "2019")], [Found("mardi", 2025, 2, 25), Found("2019", 2019)]);

        Assert.Equal((1, 2, 0, 0, 0), (score.Articles, score.Right, score.Wrong, score.Missed, score.Unlabelled));
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Another_value_is_wrong_an_unfound_label_missed_and_an_unlabelled_find_counted_against_precision()
    {
        var score = MentionedDateScore.None.Add(
            "a.txt",
            Text,
            [new("mardi dernier", "2025-02-25"), new("En 2019", "2019")],
            [Found("mardi dernier", 2025, 2, 18), Found("3 mars", 2025, 3, 3)]);

        Assert.Equal((0, 1, 1, 1), (score.Right, score.Wrong, score.Missed, score.Unlabelled));
        Assert.Equal(
            ["a.txt: \"mardi dernier\" expected 2025-02-25, got 2025-02-18", "a.txt: \"En 2019\" (2019) not found", "a.txt: \"3 mars\" (2025-03-03) found, not labelled"],
            score.Errors.Select(e => e.Describe()));
        Assert.Equal(0.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
    }

    [Fact]
    public void A_found_date_pairs_with_a_label_by_where_both_are_written_not_by_their_words()
    {
        const string text = "Le ministre arrive mardi matin. Mardi dernier, il était à Rome.";
        var morning = new MentionedDate(new PartialDate(2025, 3, 4), "arrive mardi", text.IndexOf("arrive mardi", StringComparison.Ordinal), 12);
        var last = new MentionedDate(new PartialDate(2025, 2, 25), "Mardi", text.IndexOf("Mardi", StringComparison.Ordinal), 5);

        var score = MentionedDateScore.None.Add("d.txt", text, [new("mardi matin", "2025-03-04"), new("Mardi dernier", "2025-03-04")], [last, morning]);

        // "arrive mardi" shares "mardi" with the first label's place; "Mardi" is written where the second label is, with another value.
        Assert.Equal((1, 1, 0, 0), (score.Right, score.Wrong, score.Missed, score.Unlabelled));
        Assert.Equal("d.txt: \"Mardi dernier\" expected 2025-03-04, got 2025-02-25", score.Errors.Single().Describe());
    }

    [Fact]
    public void Pairs_with_equal_values_are_made_before_pairs_with_other_values()
    {
        // Both ends of "du 3 au 5 mars" share one surface; the second label must not be taken by the first end.
        const string range = "Le salon se tient du 3 au 5 mars.";
        var at = range.IndexOf("3 au 5 mars", StringComparison.Ordinal);
        MentionedDate[] found = [new(new PartialDate(2025, 3, 3), "3 au 5 mars", at, 11), new(new PartialDate(2025, 3, 5), "3 au 5 mars", at, 11)];

        var score = MentionedDateScore.None.Add("b.txt", range, [new("3 au 5 mars", "2025-03-05"), new("3 au 5 mars", "2025-03-03")], found);

        Assert.Equal((2, 0, 0, 0), (score.Right, score.Wrong, score.Missed, score.Unlabelled));
    }

    [Fact]
    public void Scores_add_up_over_articles()
    {
        var score = MentionedDateScore.None
            .Add("a.txt", Text, [new("En 2019", "2019")], [Found("2019", 2019)])
            .Add("b.txt", Text, [], [Found("3 mars", 2025, 3, 3)]);

        Assert.Equal((2, 1, 1), (score.Articles, score.Right, score.Unlabelled));
        Assert.Equal(0.5, score.Precision);
    }

    [Theory]
    [InlineData("mercredi", "2025-02-26", "does not occur in the article")]
    [InlineData("En 2019", "2019-13", "not yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("En 2019", "l'an 2019", "not yyyy, yyyy-MM or yyyy-MM-dd")]
    public void A_label_that_cannot_be_right_is_a_labelling_error_naming_the_file(string surface, string value, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => MentionedDateScore.None.Add("c.txt", Text, [new(surface, value)], []));

        Assert.StartsWith("c.txt: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
