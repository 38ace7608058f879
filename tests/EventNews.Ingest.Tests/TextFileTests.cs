using System.Security.Cryptography;
using System.Text;
using EventNews.Ingest.Inbox;

namespace EventNews.Ingest.Tests;

public class A_text_file
{
    private static readonly string French = Fixtures.Text("article-fr.txt");

    // Latin-1 has no ’ œ €; ISO-8859-15 has œ and € but no ’: the same article as those can write it.
    private static readonly string FrenchInLatin1 = French.Replace('’', '\'').Replace("œ", "oe").Replace("€", "euros");
    private static readonly string FrenchInLatin9 = French.Replace('’', '\'');

    public static TheoryData<string, byte[], string> TheSameArticleInEveryEncoding() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(French), French },
        { "utf-8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(French)], French },
        { "utf-16le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(French)], French },
        { "utf-16be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(French)], French },
        { "utf-32le", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(French)], French },
        { "utf-32be", [.. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble(), .. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetBytes(French)], French },
        { "utf-16le", Encoding.Unicode.GetBytes(French), French },
        { "utf-16be", Encoding.BigEndianUnicode.GetBytes(French), French },
        { "windows-1252", Fixtures.Windows1252.GetBytes(French), French },
        { "iso-8859-1", Encoding.Latin1.GetBytes(FrenchInLatin1), FrenchInLatin1 },
        { "iso-8859-15", Fixtures.Iso885915.GetBytes(FrenchInLatin9), FrenchInLatin9 },
    };

    [Theory]
    [MemberData(nameof(TheSameArticleInEveryEncoding))]
    public void Decodes_to_the_same_text_in_every_encoding(string encoding, byte[] bytes, string expected)
    {
        var result = Assert.Single(ArticleFile.Read("choigou.txt", bytes, Fixtures.Now));

        Assert.NotNull(result.Article);
        Assert.Equal(expected, result.Article.Text);
        Assert.Equal(encoding, result.Article.Encoding);
        Assert.Equal(bytes.LongLength, result.Article.SizeBytes);
        Assert.Equal("txt", result.Article.Format);
        Assert.Equal("inbox", result.Article.Source);
        Assert.Null(result.Item);
    }

    [Fact]
    public void Prefers_utf8_when_the_bytes_are_valid_utf8()
    {
        var article = Assert.Single(ArticleFile.Read("a.txt", Encoding.UTF8.GetBytes("Sergueï Choïgou, Noël"), Fixtures.Now)).Article;

        Assert.Equal("utf-8", article?.Encoding);
        Assert.Equal("Sergueï Choïgou, Noël", article?.Text);
    }

    [Fact]
    public void Cut_off_inside_its_last_character_keeps_its_text_and_encoding()
    {
        var whole = Encoding.UTF8.GetBytes("Le ministre a quitté Minsk à l’été");

        var article = Assert.Single(ArticleFile.Read("a.txt", whole[..^1], Fixtures.Now)).Article;

        Assert.Equal("utf-8", article?.Encoding);
        Assert.Equal("Le ministre a quitté Minsk à l’ét", article?.Text);
        Assert.Equal(whole.Length - 1, article?.SizeBytes);
    }

    [Fact]
    public void With_one_corrupt_byte_in_much_utf8_stays_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(French);
        bytes[bytes.Length / 2] = 0xFF;

        var article = Assert.Single(ArticleFile.Read("a.txt", bytes, Fixtures.Now)).Article;

        Assert.Equal("utf-8", article?.Encoding);
        Assert.Contains("Choïgou à Minsk : l’œuvre d’une alliance", article?.Text, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', article?.Text ?? "");
    }

    [Theory]
    [InlineData("Titre\rPar Jean Dupont\r\rLe ministre a parlé.\r", "Titre\nPar Jean Dupont\n\nLe ministre a parlé.\n")]
    [InlineData("Titre\r\nLe texte.\r\n", "Titre\r\nLe texte.\r\n")]
    [InlineData("Titre\r\rLe texte.\rFin", "Titre\n\nLe texte.\nFin")]
    [InlineData("Titre\r\n\rLe texte.", "Titre\r\n\nLe texte.")]
    public void Ends_its_lines_with_line_feeds_when_they_end_with_a_carriage_return_alone(string written, string expected)
    {
        foreach (var encoding in new[] { Encoding.UTF8, Encoding.Unicode })
        {
            var article = Assert.Single(ArticleFile.Read("mac.txt", encoding.GetBytes(written), Fixtures.Now)).Article;

            Assert.Equal(expected, article?.Text);
        }
    }

    [Fact]
    public void Markdown_is_read_as_markdown_with_its_own_format_name_whatever_the_extension_case()
    {
        var article = Assert.Single(ArticleFile.Read("notes/Article.MD", Encoding.UTF8.GetBytes("# Titre\n\nLe texte."), Fixtures.Now)).Article;

        Assert.Equal("md", article?.Format);
        Assert.Equal("Titre\n\nLe texte.", article?.Text);
        Assert.Equal("Titre", article?.Title);
        Assert.Equal("notes/Article.MD", article?.SourceFile);
    }

    [Fact]
    public void The_hash_and_size_are_those_of_the_original_bytes()
    {
        var bytes = Encoding.Unicode.GetBytes(French);

        var article = Assert.Single(ArticleFile.Read("a.txt", bytes, Fixtures.Now)).Article!;

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), article.BytesSha256);
        Assert.Equal(bytes.LongLength, article.SizeBytes);
        Assert.Equal(Fixtures.Now, article.ReceivedAt);
    }
}
