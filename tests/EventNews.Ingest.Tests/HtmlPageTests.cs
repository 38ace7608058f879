using System.Text;
using EventNews.Ingest.Inbox;

namespace EventNews.Ingest.Tests;

public class A_news_page
{
    private static ArticleReadResult ReadPage(string name, byte[] bytes) => Assert.Single(ArticleFile.Read(name, bytes, Fixtures.Now));

    [Fact]
    public void Gives_the_article_paragraphs_separated_by_blank_lines()
    {
        var article = ReadPage("lavrov.html", Fixtures.Bytes("news-page.html")).Article!;

        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("Le chef de la diplomatie russe, Sergueï Lavrov,", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("« Nous ne nous attendions pas à une percée", paragraphs[1], StringComparison.Ordinal);
        Assert.StartsWith("Du côté russe, M. Lavrov", paragraphs[2], StringComparison.Ordinal);
        Assert.EndsWith("réclament d’être associés aux discussions.", paragraphs[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SCRIPT-TEXT")]
    [InlineData("STYLE-TEXT")]
    [InlineData("COOKIE-BANNER")]
    [InlineData("HEADER-TAGLINE")]
    [InlineData("NAV-MUST")]
    [InlineData("ASIDE-MUST")]
    [InlineData("LIRE AUSSI")]
    [InlineData("COMMENT-MUST")]
    [InlineData("Commentez cette histoire")]
    [InlineData("FOOTER-MUST")]
    [InlineData("Tout accepter")]
    [InlineData("datePublished")]
    public void Leaves_out_the_page_furniture(string furniture)
    {
        var article = ReadPage("lavrov.html", Fixtures.Bytes("news-page.html")).Article!;

        Assert.DoesNotContain(furniture, article.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Takes_title_date_address_and_language_from_the_metadata()
    {
        var article = ReadPage("lavrov.html", Fixtures.Bytes("news-page.html")).Article!;

        Assert.Equal("Sergueï Lavrov et Antony Blinken se parlent enfin à Genève", article.Title);
        Assert.Equal("2022-01-21T18:41:00+01:00", article.PublishedAt);
        Assert.Equal("https://quotidien.example/international/2022/01/21/lavrov-blinken-geneve", article.Url);
        Assert.Equal("fr-FR", article.Language);
        Assert.Equal("html", article.Format);
        Assert.Equal("utf-8", article.Encoding);
        Assert.Equal("inbox", article.Source);
    }

    [Fact]
    public void Takes_headline_and_date_from_json_ld_when_there_are_no_meta_tags()
    {
        var page = """
            <html><head><title>Site | Rubrique</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Le site"},
              {"@type":["NewsArticle"],"headline":"Poutine reçoit Macron","datePublished":"2022-02-07"}]}</script>
            </head><body><article><p>Vladimir Poutine a reçu Emmanuel Macron au Kremlin, lundi, pour cinq heures d’entretien.</p></article></body></html>
            """;

        var article = ReadPage("p.htm", Encoding.UTF8.GetBytes(page)).Article!;

        Assert.Equal("Poutine reçoit Macron", article.Title);
        Assert.Equal("2022-02-07", article.PublishedAt);
        Assert.Equal("Vladimir Poutine a reçu Emmanuel Macron au Kremlin, lundi, pour cinq heures d’entretien.", article.Text);
    }

    [Fact]
    public void Falls_back_to_the_title_element_meta_date_and_time_element()
    {
        var page = """
            <html><head><title>Choïgou à Minsk</title><meta name="date" content="2022-10"></head>
            <body><p>Le ministre est arrivé à Minsk. <time datetime="2022-10-04">mardi</time></p></body></html>
            """;

        var article = ReadPage("p.html", Encoding.UTF8.GetBytes(page)).Article!;

        Assert.Equal("Choïgou à Minsk", article.Title);
        Assert.Equal("2022-10", article.PublishedAt);
        Assert.Null(article.Language);
        Assert.Null(article.Url);
    }

    [Fact]
    public void Uses_a_time_element_when_it_is_the_only_date()
    {
        var page = "<html><body><article><p>Le texte de l’article.</p><time datetime=\"2022-10-04T08:00\">4 octobre</time></article></body></html>";

        Assert.Equal("2022-10-04T08:00", ReadPage("p.html", Encoding.UTF8.GetBytes(page)).Article!.PublishedAt);
    }

    [Fact]
    public void Declared_as_windows_1252_in_a_meta_charset_decodes_right()
    {
        var page = """
            <!DOCTYPE html><html lang="fr"><head><meta charset="windows-1252"><title>L’œuvre de l’été</title></head>
            <body><article><p>Le secrétaire d’État a dit « non » à l’été : 12 € pour un œuf.</p></article></body></html>
            """;

        var article = ReadPage("p.html", Fixtures.Windows1252.GetBytes(page)).Article!;

        Assert.Equal("windows-1252", article.Encoding);
        Assert.Equal("L’œuvre de l’été", article.Title);
        Assert.Equal("Le secrétaire d’État a dit « non » à l’été : 12 € pour un œuf.", article.Text);
    }

    [Fact]
    public void Declared_as_latin1_but_holding_windows_1252_quotes_decodes_them_as_browsers_do()
    {
        var page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><p>L’été de Noël</p></body></html>";

        var article = ReadPage("p.html", Fixtures.Windows1252.GetBytes(page)).Article!;

        Assert.Equal("L’été de Noël", article.Text);
        Assert.Equal("windows-1252", article.Encoding);
    }

    [Fact]
    public void Saved_as_utf8_despite_its_meta_charset_is_read_as_utf8()
    {
        var page = "<html><head><meta charset=\"windows-1252\"></head><body><p>L’été de Noël</p></body></html>";

        var article = ReadPage("p.html", Encoding.UTF8.GetBytes(page)).Article!;

        Assert.Equal("L’été de Noël", article.Text);
        Assert.Equal("utf-8", article.Encoding);
    }

    [Fact]
    public void Declared_as_utf16_without_a_byte_order_mark_is_not_read_as_utf16()
    {
        var page = "<html><head><meta charset=\"utf-16\"></head><body><p>Le secrétaire d’État</p></body></html>";

        var article = ReadPage("p.html", Fixtures.Windows1252.GetBytes(page)).Article!;

        Assert.Equal("Le secrétaire d’État", article.Text);
    }

    [Theory]
    [InlineData("class=\"ad\"")]
    [InlineData("class=\"ads ads-top\"")]
    [InlineData("id=\"ad-slot-2\"")]
    [InlineData("class=\"pub\"")]
    [InlineData("class=\"block advertisement\"")]
    [InlineData("class=\"sponsored\"")]
    public void Leaves_out_advertising_slots(string attribute)
    {
        var page = $"""
            <html><body><article>
              <p class="lead">Le ministre russe de la Défense est arrivé mardi à Minsk pour des manœuvres conjointes.</p>
              <div {attribute}>Publicité AD-MUST-NOT-APPEAR</div>
              <p class="head-note">Les Européens s’inquiètent d’un déploiement qui pourrait durer au-delà de l’été.</p>
            </article></body></html>
            """;

        var text = ReadPage("p.html", Encoding.UTF8.GetBytes(page)).Article!.Text;

        Assert.Equal("Le ministre russe de la Défense est arrivé mardi à Minsk pour des manœuvres conjointes.\n\nLes Européens s’inquiètent d’un déploiement qui pourrait durer au-delà de l’été.", text);
    }

    [Fact]
    public void Keeps_the_text_of_a_layout_wrapper_named_like_furniture()
    {
        var page = """
            <html><body><div class="page with-sidebar">
              <div class="sidebar"><p>Les plus lus SIDEBAR-MUST-NOT-APPEAR</p></div>
              <div class="story"><p>Le ministre russe de la Défense est arrivé mardi à Minsk pour des manœuvres conjointes.</p>
              <p>Les Européens s’inquiètent d’un déploiement qui pourrait durer au-delà de l’été.</p></div>
            </div></body></html>
            """;

        var text = ReadPage("p.html", Encoding.UTF8.GetBytes(page)).Article!.Text;

        Assert.Contains("Le ministre russe de la Défense est arrivé mardi", text, StringComparison.Ordinal);
        Assert.Contains("au-delà de l’été.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SIDEBAR", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_text_is_rejected_as_no_text()
    {
        var page = "<html><head><title>Vide</title><script>var x = 'du texte caché';</script></head><body><nav><a href=\"/\">Accueil</a></nav><img src=\"a.png\"></body></html>";

        var result = ReadPage("p.html", Encoding.UTF8.GetBytes(page));

        Assert.Equal(RejectionReason.NoText, result.Reason);
        Assert.Equal("no-text", InboxWatcher.ReasonCode(result.Reason!.Value));
    }
}
