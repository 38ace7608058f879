using EventNews.Analysis.Evaluation;

namespace EventNews.Analysis.Tests;

/// <summary>An analysis of some parts is the whole analysis with the other parts left empty, on every labelled article.</summary>
public class AnalysisPartsTests
{
    public static TheoryData<AnalysisParts> Parts => [AnalysisParts.None, AnalysisParts.Persons, AnalysisParts.MentionedDates];

    [Theory]
    [MemberData(nameof(Parts))]
    public void A_partial_analysis_makes_exactly_the_parts_asked_for(AnalysisParts parts)
    {
        var corpus = GoldCorpus.Load(Corpus.EvalFolder());
        Assert.NotEmpty(corpus.Articles);
        var personsSeen = 0;
        var datesSeen = 0;
        foreach (var article in corpus.Articles)
        {
            var input = new ArticleInput(corpus.ReadText(article), Language: article.Language);
            var whole = Corpus.Analyzer.Analyze(input);
            var partial = Corpus.Analyzer.Analyze(input, parts);

            Assert.Equal(AnalysisParts.All, whole.Parts);
            Assert.Equal(parts, partial.Parts);
            Assert.True(partial.Covers(parts));
            Assert.Equal(parts == AnalysisParts.All, partial.Covers(AnalysisParts.All));
            Assert.Equal(whole.Title, partial.Title);
            Assert.Equal(whole.CleanText, partial.CleanText);
            Assert.Equal(whole.Published, partial.Published);
            Assert.Equal(whole.Dropped, partial.Dropped);

            if (parts.HasFlag(AnalysisParts.Persons))
            {
                Assert.Equal(whole.Mentions, partial.Mentions);
                Assert.Equal(whole.Persons.Select(p => (p.PersonId, p.CanonicalName, string.Join('|', p.Surfaces))), partial.Persons.Select(p => (p.PersonId, p.CanonicalName, string.Join('|', p.Surfaces))));
                personsSeen += partial.Persons.Count;
            }
            else
            {
                Assert.Empty(partial.Mentions);
                Assert.Empty(partial.Persons);
            }

            if (parts.HasFlag(AnalysisParts.MentionedDates))
            {
                Assert.Equal(whole.MentionedDates, partial.MentionedDates);
                datesSeen += partial.MentionedDates.Count;
            }
            else
            {
                Assert.Empty(partial.MentionedDates);
            }
        }

        // The comparisons above compared something: the corpus names people and dates.
        Assert.True(!parts.HasFlag(AnalysisParts.Persons) || personsSeen > 0);
        Assert.True(!parts.HasFlag(AnalysisParts.MentionedDates) || datesSeen > 0);
    }

    [Fact]
    public void The_clean_text_made_on_first_read_is_the_same_on_every_thread()
    {
        var corpus = GoldCorpus.Load(Corpus.EvalFolder());
        foreach (var article in corpus.Articles.Take(20))
        {
            var input = new ArticleInput(corpus.ReadText(article), Language: article.Language);
            var expected = Corpus.Analyzer.Analyze(input).CleanText;
            var analysis = Corpus.Analyzer.Analyze(input);
            var seen = new string?[32];
            Parallel.For(0, seen.Length, i => seen[i] = analysis.CleanText);
            Assert.All(seen, text => Assert.Equal(expected, text));
            Assert.False(string.IsNullOrEmpty(expected));
            Assert.Equal(expected, analysis.CleanText);
        }
    }
}
