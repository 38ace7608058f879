using System.Text;
using EventNews.Ingest.Inbox;

namespace EventNews.Ingest.Tests;

public class A_json_article
{
    private static IReadOnlyList<ArticleReadResult> Read(string json, string name = "article.json") =>
        ArticleFile.Read(name, Encoding.UTF8.GetBytes(json), Fixtures.Now);

    [Theory]
    [InlineData("body")]
    [InlineData("text")]
    [InlineData("content")]
    [InlineData("Body")]
    [InlineData("TEXT")]
    [InlineData("articleBody")]
    [InlineData("content_text")]
    [InlineData("content_html")]
    public void Takes_its_text_from_any_text_field_in_any_case(string field)
    {
        var article = Assert.Single(Read($$"""{"{{field}}": "Sergueï Lavrov a rencontré Antony Blinken."}""")).Article;

        Assert.Equal("Sergueï Lavrov a rencontré Antony Blinken.", article?.Text);
        Assert.Equal("json", article?.Format);
        Assert.Null(article?.Item);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("published")]
    [InlineData("publishedAt")]
    [InlineData("datePublished")]
    [InlineData("PUBLISHEDAT")]
    [InlineData("date_published")]
    [InlineData("published_at")]
    [InlineData("pubDate")]
    [InlineData("publication_date")]
    public void Takes_its_date_from_any_date_field_as_written(string field)
    {
        var article = Assert.Single(Read($$"""{"body": "Le texte.", "{{field}}": " 2022-10 "}""")).Article;

        Assert.Equal("2022-10", article?.PublishedAt);
    }

    [Theory]
    [InlineData("language")]
    [InlineData("lang")]
    [InlineData("Language")]
    [InlineData("inLanguage")]
    public void Takes_its_language_from_either_language_field(string field)
    {
        Assert.Equal("fr", Assert.Single(Read($$"""{"body": "Le texte.", "{{field}}": "fr"}""")).Article?.Language);
    }

    [Fact]
    public void Takes_title_url_and_source_when_given()
    {
        var article = Assert.Single(Read("""
            {
              "Title": "Lavrov à Genève",
              "URL": "https://example.org/lavrov",
              "Source": "afp-wire",
              "body": "Le texte.",
              "tags": ["diplomatie"]
            }
            """)).Article;

        Assert.Equal("Lavrov à Genève", article?.Title);
        Assert.Equal("https://example.org/lavrov", article?.Url);
        Assert.Equal("afp-wire", article?.Source);
    }

    [Fact]
    public void Takes_a_headline_a_link_and_the_name_of_a_source_object()
    {
        var article = Assert.Single(Read("""
            {"headline": "Lavrov à Genève", "link": "https://example.org/lavrov", "source": {"id": "afp", "name": "AFP"}, "body": "Le texte."}
            """)).Article;

        Assert.Equal("Lavrov à Genève", article?.Title);
        Assert.Equal("https://example.org/lavrov", article?.Url);
        Assert.Equal("AFP", article?.Source);
    }

    [Theory]
    [InlineData("""{"version": "https://jsonfeed.org/version/1.1", "title": "Le fil", "items": [{"id": "1", "title": "Un", "content_html": "<p>Premier article.</p>", "date_published": "2024-07-02T10:00:00+02:00"}, {"id": "2", "title": "Deux", "content_text": "Second article."}]}""")]
    [InlineData("""{"status": "ok", "totalResults": 2, "articles": [{"source": {"id": null, "name": "Le Monde"}, "title": "Un", "content": "Premier article.", "publishedAt": "2024-07-02T08:00:00Z"}, {"title": "Deux", "description": "Résumé", "content": "Second article."}]}""")]
    public void In_a_feed_object_gives_one_result_per_listed_article(string json)
    {
        var results = Read(json);

        Assert.Equal(["item 1", "item 2"], results.Select(r => r.Item));
        Assert.Equal(["Premier article.", "Second article."], results.Select(r => r.Article?.Text));
        Assert.Equal(["Un", "Deux"], results.Select(r => r.Article?.Title));
        Assert.StartsWith("2024-07-02", results[0].Article?.PublishedAt, StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_text_of_its_own_is_one_article_even_when_it_lists_items()
    {
        var article = Assert.Single(Read("""{"title": "Un", "body": "Le texte.", "items": [{"body": "Autre."}]}""")).Article;

        Assert.Equal("Le texte.", article?.Text);
    }

    [Fact]
    public void Comes_from_the_inbox_unless_it_names_a_source()
    {
        Assert.Equal("inbox", Assert.Single(Read("""{"body": "Le texte."}""")).Article?.Source);
    }

    [Fact]
    public void Prefers_body_to_text_to_content()
    {
        Assert.Equal("corps", Assert.Single(Read("""{"content": "contenu", "text": "texte", "body": "corps"}""")).Article?.Text);
    }

    [Fact]
    public void Holding_html_in_its_body_gives_the_text_of_that_html()
    {
        var article = Assert.Single(Read("""{"body": "<p>Premier paragraphe.</p><script>alert('x')</script><p>Second <b>paragraphe</b>.</p>"}""")).Article;

        Assert.Equal("Premier paragraphe.\n\nSecond paragraphe.", article?.Text);
    }

    [Fact]
    public void Holding_its_body_as_an_array_of_paragraphs_joins_them()
    {
        Assert.Equal("Un.\n\nDeux.", Assert.Single(Read("""{"body": ["Un.", "Deux."]}""")).Article?.Text);
    }

    [Fact]
    public void In_an_array_gives_one_result_per_element_with_its_place()
    {
        var results = Read("""
            [
              {"title": "Un", "body": "Premier article."},
              {"title": "Deux", "body": "   "},
              42,
              {"title": "Trois", "text": "Troisième article."}
            ]
            """);

        Assert.Equal(["item 1", "item 2", "item 3", "item 4"], results.Select(r => r.Item));
        Assert.Equal("Premier article.", results[0].Article?.Text);
        Assert.Equal("item 1", results[0].Article?.Item);
        Assert.Equal(RejectionReason.NoText, results[1].Reason);
        Assert.Contains("\"Deux\"", results[1].Content, StringComparison.Ordinal);
        Assert.Equal(RejectionReason.NoText, results[2].Reason);
        Assert.Equal("42", results[2].Content);
        Assert.Equal("Trois", results[3].Article?.Title);
        Assert.All(results.Where(r => r.Article is not null), r => Assert.Equal(results[0].Article!.BytesSha256, r.Article!.BytesSha256));
    }

    [Fact]
    public void Malformed_is_rejected_with_the_parsers_position()
    {
        var result = Assert.Single(Read("{\n  \"title\": \"Lavrov\",\n  \"body\": \"Le texte\"\n  \"date\": \"2022\"\n}"));

        Assert.Equal(RejectionReason.MalformedJson, result.Reason);
        Assert.Equal("malformed-json", InboxWatcher.ReasonCode(result.Reason!.Value));
        Assert.Contains("line 4, byte 3", result.Message, StringComparison.Ordinal);
        Assert.Null(result.Item);
    }

    [Theory]
    [InlineData("""{"title": "Sans texte", "url": "https://example.org"}""")]
    [InlineData("""{"title": "Blanc", "body": " \n\t "}""")]
    [InlineData("""{"body": 42}""")]
    [InlineData("""{"body": "<p> </p><script>var texte = 1;</script>"}""")]
    public void Without_text_is_rejected_as_no_text(string json)
    {
        var result = Assert.Single(Read(json));

        Assert.Equal(RejectionReason.NoText, result.Reason);
        Assert.Contains("body, text, content", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"juste une chaîne\"")]
    [InlineData("[]")]
    [InlineData("null")]
    public void That_is_no_object_is_rejected_as_no_text(string json)
    {
        Assert.Equal(RejectionReason.NoText, Assert.Single(Read(json)).Reason);
    }

    [Fact]
    public void Saved_as_utf16_is_read_all_the_same()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("""{"body": "L’été de Noël"}""")).ToArray();

        var article = Assert.Single(ArticleFile.Read("a.json", bytes, Fixtures.Now)).Article;

        Assert.Equal("L’été de Noël", article?.Text);
        Assert.Equal("utf-16le", article?.Encoding);
    }
}

public class An_ndjson_file
{
    [Fact]
    public void Accepts_the_good_lines_and_rejects_the_bad_ones_by_line_number()
    {
        var results = ArticleFile.Read("feed.ndjson", Fixtures.Bytes("feed.ndjson"), Fixtures.Now);

        Assert.Equal(5, results.Count);
        var accepted = results.Where(r => r.Article is not null).ToList();
        Assert.Equal(["line 1", "line 3", "line 6"], accepted.Select(r => r.Item));
        Assert.Equal(["line 1", "line 3", "line 6"], accepted.Select(r => r.Article!.Item));
        Assert.Equal(["Lavrov à Genève", "Choïgou à Minsk", "Poutine et Macron"], accepted.Select(r => r.Article!.Title));
        Assert.All(accepted, r => Assert.Equal("ndjson", r.Article!.Format));
        Assert.Equal("fr", accepted[1].Article!.Language);
        Assert.Equal("wire", accepted[2].Article!.Source);
        Assert.Equal("2022-01-21", accepted[0].Article!.PublishedAt);

        var rejected = results.Where(r => r.Article is null).ToList();
        Assert.Equal(["line 2", "line 5"], rejected.Select(r => r.Item));
        Assert.Equal([RejectionReason.MalformedJson, RejectionReason.NoText], rejected.Select(r => r.Reason!.Value));
        Assert.Contains("line 2, byte", rejected[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("{\"title\": \"Ligne coupée\"", rejected[0].Content, StringComparison.Ordinal);
        Assert.StartsWith("{\"title\": \"Sans texte\"", rejected[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_jsonl_extension_and_windows_line_ends_reads_the_same()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"body\": \"Un.\"}\r\n\r\n{\"body\": \"Deux.\"}\r\n");

        var results = ArticleFile.Read("feed.JSONL", bytes, Fixtures.Now);

        Assert.Equal(["Un.", "Deux."], results.Select(r => r.Article?.Text));
        Assert.Equal(["line 1", "line 3"], results.Select(r => r.Item));
        Assert.All(results, r => Assert.Equal("ndjson", r.Article?.Format));
    }
}
