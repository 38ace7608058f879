namespace EventNews.Analysis.Tests;

public class ArticleIdentityTests
{
    [Fact]
    public void Differences_no_reader_sees_give_the_same_id()
    {
        var plain = "Le secrétaire d’État Antony Blinken a appelé Sergueï Lavrov.\nFin.";
        var noisy = "\uFEFF  Le secre\u0301taire d’État Antony  Blinken a appelé\u200B Sergueï Lavrov.\r\n\r\nFin.  ";

        Assert.Equal(ArticleIdentity.Of(plain), ArticleIdentity.Of(noisy));
    }

    [Fact]
    public void Different_text_gives_a_different_id()
    {
        Assert.NotEqual(ArticleIdentity.Of("Blinken a appelé Lavrov."), ArticleIdentity.Of("Blinken a appelé Lavrov!"));
    }

    [Fact]
    public void An_id_is_sixteen_lower_case_hex_characters()
    {
        var id = ArticleIdentity.Of("texte");

        Assert.Matches("^[0-9a-f]{16}$", id);
        Assert.True(ArticleIdentity.IsWellFormed(id));
        Assert.False(ArticleIdentity.IsWellFormed(id.ToUpperInvariant()));
        Assert.False(ArticleIdentity.IsWellFormed("../etc/passwd"));
    }

    [Fact]
    public void An_id_is_the_start_of_the_sha256_of_the_normalised_text_in_utf8()
    {
        // Ids are stored and shared: the same text must keep its id across releases. The value is
        // that of `printf '%s' 'Blinken a appelé Lavrov. Ensuite il est parti.' | sha256sum`.
        Assert.Equal("ce6ab400f43265c5", ArticleIdentity.Of("  Blinken a appelé Lavrov.\n\n Ensuite il est\tparti.\n"));
    }
}
