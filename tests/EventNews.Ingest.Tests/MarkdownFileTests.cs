using System.Text;
using EventNews.Ingest.Inbox;

namespace EventNews.Ingest.Tests;

public class A_markdown_file
{
    private static ArticleReadResult Read(string markdown) =>
        Assert.Single(ArticleFile.Read("note.md", Encoding.UTF8.GetBytes(markdown), Fixtures.Now));

    [Fact]
    public void Gives_its_words_without_the_markup_one_paragraph_per_block()
    {
        var article = Read("""
            # Sergueï Lavrov reçu à Ankara

            Le ministre **Sergueï Lavrov** a rencontré son homologue *turc* à [Ankara](https://example.org/ankara "carte")
            le 3 mars 2023. ![Photo du ministre](https://example.org/photo.jpg)

            > « Nous avons parlé du grain », a-t-il dit.

            - premier point
            - second point

            <div class="encadre"><p>Un encadré en <b>HTML</b>.</p></div>

            ---

            Voir le [communiqué][1].

            [1]: https://example.org/communique
            """).Article!;

        Assert.Equal("md", article.Format);
        Assert.Equal("Sergueï Lavrov reçu à Ankara", article.Title);
        var paragraphs = article.Text.Split("\n\n");
        Assert.Equal("Sergueï Lavrov reçu à Ankara", paragraphs[0]);
        Assert.Equal("Le ministre Sergueï Lavrov a rencontré son homologue turc à Ankara\nle 3 mars 2023. Photo du ministre", paragraphs[1]);
        Assert.Equal("« Nous avons parlé du grain », a-t-il dit.", paragraphs[2]);
        Assert.Equal("premier point\nsecond point", paragraphs[3]);
        Assert.Equal("Un encadré en HTML.", paragraphs[4]);
        Assert.Equal("Voir le communiqué.", paragraphs[5]);
        Assert.Equal(6, paragraphs.Length);
        Assert.DoesNotContain("example.org", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_title_date_address_language_and_source_from_its_front_matter()
    {
        var article = Read("""
            ---
            title: "Blinken et Lavrov au téléphone"
            date: 2022-07-29
            url: https://example.org/blinken-lavrov
            lang: fr
            sitename: Le Quotidien
            tags: [diplomatie, russie]
            ---
            ## International

            Antony Blinken et Sergueï Lavrov se sont parlé vendredi.
            """).Article!;

        Assert.Equal("Blinken et Lavrov au téléphone", article.Title);
        Assert.Equal("2022-07-29", article.PublishedAt);
        Assert.Equal("https://example.org/blinken-lavrov", article.Url);
        Assert.Equal("fr", article.Language);
        Assert.Equal("Le Quotidien", article.Source);
        Assert.Equal("International\n\nAntony Blinken et Sergueï Lavrov se sont parlé vendredi.", article.Text);
    }

    [Fact]
    public void With_a_front_matter_that_is_not_yaml_is_read_without_it()
    {
        var article = Read("---\ntitle: [unclosed\n---\nOlaf Scholz a parlé à Berlin.\n").Article!;

        Assert.Equal("Olaf Scholz a parlé à Berlin.", article.Text);
        Assert.Null(article.Title);
        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void Without_a_heading_first_leaves_the_title_to_the_analysis()
    {
        var article = Read("Olaf Scholz a parlé à Berlin.\n\n## Contexte\n\nLe chancelier revenait de Paris.\n").Article!;

        Assert.Null(article.Title);
        Assert.Equal("Olaf Scholz a parlé à Berlin.\n\nContexte\n\nLe chancelier revenait de Paris.", article.Text);
    }

    [Fact]
    public void With_nothing_but_front_matter_and_markup_is_rejected_with_the_reason()
    {
        var result = Read("---\ntitle: Vide\n---\n\n---\n\n![](https://example.org/seule-image.jpg)\n");

        Assert.Null(result.Article);
        Assert.Equal(RejectionReason.NoText, result.Reason);
        Assert.Contains("no text outside its front matter and markup", result.Message, StringComparison.Ordinal);
    }
}
