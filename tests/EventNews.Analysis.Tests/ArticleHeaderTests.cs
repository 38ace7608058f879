namespace EventNews.Analysis.Tests;

public class ArticleHeaderTests
{
    [Fact]
    public void A_date_prefix_on_the_first_line_is_metadata_with_month_precision()
    {
        var header = ArticleHeader.Read(" date 2022-10 \"Tout indique que…\", a déclaré M. Blinken.\n\nSuite.");

        Assert.Equal(new PartialDate(2022, 10), header.Published);
        Assert.Equal(DatePrecision.Month, header.Published!.Precision);
        Assert.StartsWith("\"Tout indique", header.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" Date 2022-10-05 Le ministre a parlé.", "2022-10-05")]
    [InlineData("Date: 2022-10-05 Le ministre a parlé.", "2022-10-05")]
    [InlineData(" date 2022-10-05T10:00:00+02:00 Le ministre a parlé.", "2022-10-05")]
    [InlineData(" date 05.10.2022 Le ministre a parlé.", "2022-10-05")]
    [InlineData(" date 2022-10-05\nLe ministre a parlé.", "2022-10-05")]
    public void A_date_prefix_may_be_capitalised_carry_a_time_or_be_written_day_first(string text, string published)
    {
        var header = ArticleHeader.Read(text);

        Assert.Equal(published, header.Published?.Key);
        Assert.Equal("Le ministre a parlé.", header.Body.Trim());
        Assert.Equal("metadata-prefix", Corpus.Analyzer.Analyze(new ArticleInput(text)).Published.Source);
    }

    [Fact]
    public void Text_without_a_prefix_has_no_date_and_keeps_its_body()
    {
        var header = ArticleHeader.Read("International\nRussie\n\nAntony Blinken et Sergueï Lavrov se sont téléphoné");

        Assert.Null(header.Published);
        Assert.StartsWith("International", header.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void An_impossible_prefix_date_is_left_in_the_body()
    {
        var header = ArticleHeader.Read(" date 2022-13 Texte");

        Assert.Null(header.Published);
        Assert.Contains("2022-13", header.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_does_not_end_at_an_honorific_initial()
    {
        var header = ArticleHeader.Read("Selon M. Blinken, la diplomatie avance. La suite du texte est ici.");

        Assert.Equal("Selon M. Blinken, la diplomatie avance.", header.Title);
    }

    [Fact]
    public void A_long_first_line_is_cut_at_a_word_boundary()
    {
        var header = ArticleHeader.Read(string.Join(' ', Enumerable.Repeat("mot", 100)));

        Assert.True(header.Title.Length <= 161);
        Assert.EndsWith("mot…", header.Title, StringComparison.Ordinal);
    }
}
