using System.Text;
using EventNews.Ingest.Inbox;

namespace EventNews.Ingest.Tests;

public class A_news_feed
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Le Fil International</title>
            <language>fr</language>
            <item>
              <title>Lavrov et Blinken à Genève</title>
              <link>https://example.org/2022/01/21/geneve</link>
              <pubDate>Fri, 21 Jan 2022 18:41:00 +0100</pubDate>
              <description>Un court résumé.</description>
              <content:encoded><![CDATA[<p>Sergueï Lavrov a rencontré <b>Antony Blinken</b>.</p><p>Second paragraphe.</p>]]></content:encoded>
            </item>
            <item>
              <title>Choïgou à Minsk</title>
              <pubDate>21/01/2022 à 18h41</pubDate>
              <description>&lt;p&gt;Sergueï Choïgou est arrivé à Minsk.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Sans texte</title>
            </item>
          </channel>
        </rss>
        """;

    private static IReadOnlyList<ArticleReadResult> Read(string xml, string name = "fil.rss", Encoding? encoding = null) =>
        ArticleFile.Read(name, (encoding ?? Encoding.UTF8).GetBytes(xml), Fixtures.Now);

    [Fact]
    public void Gives_one_article_per_rss_item_with_the_full_text_else_the_description()
    {
        var results = Read(Rss);

        Assert.Equal(["item 1", "item 2", "item 3"], results.Select(r => r.Item));
        var first = results[0].Article!;
        Assert.Equal("Sergueï Lavrov a rencontré Antony Blinken.\n\nSecond paragraphe.", first.Text);
        Assert.Equal("Lavrov et Blinken à Genève", first.Title);
        Assert.Equal("Fri, 21 Jan 2022 18:41:00 +0100", first.PublishedAt);
        Assert.Equal("https://example.org/2022/01/21/geneve", first.Url);
        Assert.Equal("fr", first.Language);
        Assert.Equal("Le Fil International", first.Source);
        Assert.Equal("xml", first.Format);

        var second = results[1].Article!;
        Assert.Equal("Sergueï Choïgou est arrivé à Minsk.", second.Text);
        Assert.Equal("21/01/2022 à 18h41", second.PublishedAt);
    }

    [Fact]
    public void Rejects_an_item_without_text_alone_with_its_own_xml()
    {
        var rejected = Read(Rss)[2];

        Assert.Equal(RejectionReason.NoText, rejected.Reason);
        Assert.Equal("item 3", rejected.Item);
        Assert.Contains("the item has no text", rejected.Message, StringComparison.Ordinal);
        Assert.Contains("<title>Sans texte</title>", rejected.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_atom_entries_with_their_content_published_date_and_link()
    {
        var article = Assert.Single(Read("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Wire</title>
              <entry>
                <title>Biden meets Xi</title>
                <link rel="alternate" href="https://example.org/b"/>
                <published>2023-11-15T10:00:00Z</published>
                <updated>2023-11-16T10:00:00Z</updated>
                <summary>Short.</summary>
                <content type="html">&lt;p&gt;President Joe Biden met Xi Jinping.&lt;/p&gt;</content>
              </entry>
            </feed>
            """, "wire.atom")).Article!;

        Assert.Equal("President Joe Biden met Xi Jinping.", article.Text);
        Assert.Equal("2023-11-15T10:00:00Z", article.PublishedAt);
        Assert.Equal("https://example.org/b", article.Url);
        Assert.Equal("Wire", article.Source);
    }

    [Fact]
    public void Is_decoded_in_the_charset_its_xml_declaration_names()
    {
        const string xml = """
            <?xml version="1.0" encoding="windows-1252"?>
            <rss version="2.0"><channel><title>Fil</title><item><title>L’été</title><description>Sergueï Choïgou est arrivé à Minsk l’été dernier.</description></item></channel></rss>
            """;

        var article = Assert.Single(Read(xml, "fil.xml", Fixtures.Windows1252)).Article!;

        Assert.Equal("Sergueï Choïgou est arrivé à Minsk l’été dernier.", article.Text);
        Assert.Equal("L’été", article.Title);
        Assert.Equal("windows-1252", article.Encoding);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><item><title>Coupé", "malformed-xml", "malformed XML at line 1")]
    [InlineData("<note><to>Tove</to></note>", "no-text", "not an RSS or Atom feed, nor NITF or NewsML-G2")]
    [InlineData("<rss version=\"2.0\"><channel><title>Vide</title></channel></rss>", "no-text", "holds no item")]
    public void Rejects_what_is_no_feed_or_no_item_with_a_clear_reason(string xml, string code, string message)
    {
        var rejected = Assert.Single(Read(xml, "fil.xml"));

        Assert.Equal(code, InboxWatcher.ReasonCode(rejected.Reason!.Value));
        Assert.Contains(message, rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_reads_an_external_entity_and_refuses_an_entity_bomb()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "contenu secret");
        try
        {
            var xxe = $"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]><rss version="2.0"><channel><title>t</title><item><title>a</title><description>Fuite : &x; fin.</description></item></channel></rss>""";
            var article = Assert.Single(Read(xxe)).Article;
            Assert.DoesNotContain("secret", article?.Text ?? "", StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }

        var entities = string.Concat(Enumerable.Range(1, 7).Select(i => $"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">"));
        var bomb = $"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e0 "aaaaaaaaaa">{entities}]><rss version="2.0"><channel><title>t</title><item><title>a</title><description>&e7;</description></item></channel></rss>""";
        Assert.Equal(RejectionReason.MalformedXml, Assert.Single(Read(bomb)).Reason);
    }

    [Fact]
    public void A_feed_its_reader_fails_on_is_refused_with_the_failure_not_thrown()
    {
        var rejected = Assert.Single(Read("<rss version=\"2.0\"/>", "vide.rss"));

        Assert.Equal("reader-failed", InboxWatcher.ReasonCode(rejected.Reason!.Value));
        Assert.StartsWith("the xml reader failed on the file: ", rejected.Message, StringComparison.Ordinal);
    }
}

