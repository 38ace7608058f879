using System.Text;
using EventNews.Ingest.Inbox;

namespace EventNews.Ingest.Tests;

public class An_agency_xml_document
{
    private static IReadOnlyList<ArticleReadResult> Read(string xml, string name = "depeche.xml") =>
        ArticleFile.Read(name, Encoding.UTF8.GetBytes(xml), Fixtures.Now);

    [Fact]
    public void In_nitf_gives_its_headline_issue_date_language_holder_and_paragraphs()
    {
        var article = Assert.Single(Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
            <nitf xml:lang="fr">
              <head>
                <title>Lavrov-Blinken</title>
                <docdata>
                  <date.issue norm="20220121T184100+0100"/>
                  <doc.copyright holder="AFP"/>
                </docdata>
              </head>
              <body>
                <body.head>
                  <hedline><hl1>Lavrov et Blinken se parlent à Genève</hl1></hedline>
                  <byline>Par Jean Dupont</byline>
                </body.head>
                <body.content>
                  <p>Sergueï Lavrov a rencontré Antony Blinken.</p>
                  <p>« Nous ne nous attendions pas à une percée », a-t-il dit.</p>
                </body.content>
              </body>
            </nitf>
            """)).Article!;

        Assert.Equal("Sergueï Lavrov a rencontré Antony Blinken.\n\n« Nous ne nous attendions pas à une percée », a-t-il dit.", article.Text);
        Assert.Equal("Lavrov et Blinken se parlent à Genève", article.Title);
        Assert.Equal("2022-01-21", article.PublishedAt);
        Assert.Equal("fr", article.Language);
        Assert.Equal("AFP", article.Source);
        Assert.Equal("xml", article.Format);
        Assert.Null(article.Item);
    }

    [Fact]
    public void In_a_newsml_g2_message_gives_one_article_per_news_item_and_rejects_an_empty_one_alone()
    {
        var results = Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
              <header><sent>2023-11-15T10:05:00Z</sent></header>
              <itemSet>
                <newsItem guid="urn:example:1" xml:lang="en">
                  <itemMeta><provider literal="EventWire"/><firstCreated>2023-11-15T10:00:00Z</firstCreated></itemMeta>
                  <contentMeta><headline>Biden meets Xi</headline><language tag="en"/></contentMeta>
                  <contentSet>
                    <inlineXML contenttype="application/xhtml+xml">
                      <html xmlns="http://www.w3.org/1999/xhtml"><body><p>President Joe Biden met Xi Jinping.</p><p>They spoke for four hours.</p></body></html>
                    </inlineXML>
                  </contentSet>
                </newsItem>
                <newsItem guid="urn:example:2">
                  <contentMeta><headline>Photo only</headline></contentMeta>
                  <contentSet><remoteContent href="https://example.org/photo.jpg"/></contentSet>
                </newsItem>
              </itemSet>
            </newsMessage>
            """, "message.xml");

        Assert.Equal(["item 1", "item 2"], results.Select(r => r.Item));
        var article = results[0].Article!;
        Assert.Equal("President Joe Biden met Xi Jinping.\n\nThey spoke for four hours.", article.Text);
        Assert.Equal("Biden meets Xi", article.Title);
        Assert.Equal("2023-11-15T10:00:00Z", article.PublishedAt);
        Assert.Equal("en", article.Language);
        Assert.Equal("EventWire", article.Source);
        Assert.Equal(RejectionReason.NoText, results[1].Reason);
        Assert.Contains("Photo only", results[1].Content, StringComparison.Ordinal);
    }
}
