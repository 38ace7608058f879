using System.Text;
using EventNews.Ingest.Inbox;

namespace EventNews.Ingest.Tests;

public class A_file_that_is_no_article
{
    public static TheoryData<string, byte[]> BinarySignatures() => new()
    {
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52] },
        { "jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46] },
        { "gif", [.. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80] },
        { "pdf", [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>"u8] },
        { "zip", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00] },
    };

    [Theory]
    [MemberData(nameof(BinarySignatures))]
    public void Is_binary_when_it_starts_with_a_binary_signature(string kind, byte[] bytes)
    {
        foreach (var name in new[] { "image.txt", "page.html", "article.json", "feed.ndjson" })
        {
            var result = Assert.Single(ArticleFile.Read(name, bytes, Fixtures.Now));

            Assert.Equal(RejectionReason.Binary, result.Reason);
            Assert.Contains(kind, result.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Is_binary_when_it_holds_nul_bytes_that_are_not_utf16()
    {
        var bytes = new byte[4096];
        new Random(20261122).NextBytes(bytes);

        var result = Assert.Single(ArticleFile.Read("random.txt", bytes, Fixtures.Now));

        Assert.Equal(RejectionReason.Binary, result.Reason);
    }

    [Fact]
    public void Is_undecodable_when_it_is_random_bytes()
    {
        var random = new Random(20261122);
        var bytes = Enumerable.Range(0, 4096).Select(_ => (byte)random.Next(1, 256)).ToArray();

        var result = Assert.Single(ArticleFile.Read("random.txt", bytes, Fixtures.Now));

        Assert.Equal(RejectionReason.Undecodable, result.Reason);
        Assert.Equal("undecodable", InboxWatcher.ReasonCode(result.Reason!.Value));
    }

    [Fact]
    public void Is_undecodable_when_it_is_full_of_control_characters()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("ab\u0001\u0002\u0003cd\u001B", 50)));

        Assert.Equal(RejectionReason.Undecodable, Assert.Single(ArticleFile.Read("a.txt", bytes, Fixtures.Now)).Reason);
    }

    [Theory]
    [InlineData("article.docx")]
    [InlineData("article.pdf")]
    [InlineData("README")]
    public void Has_an_unknown_extension_named_with_the_accepted_ones(string name)
    {
        var result = Assert.Single(ArticleFile.Read(name, "Le texte."u8.ToArray(), Fixtures.Now));

        Assert.Equal(RejectionReason.UnknownExtension, result.Reason);
        Assert.Equal("unknown-extension", InboxWatcher.ReasonCode(result.Reason!.Value));
        foreach (var accepted in new[] { ".txt", ".md", ".html", ".htm", ".json", ".ndjson", ".jsonl" })
        {
            Assert.Contains(accepted, result.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("vide.txt", "")]
    [InlineData("vide.txt", " \r\n\t ")]
    [InlineData("vide.md", "\n\n")]
    [InlineData("vide.json", "  \n")]
    [InlineData("vide.ndjson", "\n\n  \n")]
    [InlineData("vide.html", "")]
    [InlineData("date-seule.txt", " date 2022-10 ")]
    [InlineData("date-seule.txt", " date 2022-10-21 \n\n  ")]
    public void Is_empty_when_it_holds_no_text(string name, string content)
    {
        var result = Assert.Single(ArticleFile.Read(name, Encoding.UTF8.GetBytes(content), Fixtures.Now));

        Assert.Null(result.Article);
        Assert.Equal(RejectionReason.Empty, result.Reason);
    }

    [Theory]
    [InlineData(" date 2022-10 Le texte.")]
    [InlineData(" date 2022-10 \nLe texte.")]
    [InlineData("date")]
    public void Is_not_empty_when_text_follows_or_stands_without_a_metadata_prefix(string content)
    {
        var result = Assert.Single(ArticleFile.Read("a.txt", Encoding.UTF8.GetBytes(content), Fixtures.Now));

        Assert.Equal(content, result.Article?.Text);
    }

    [Fact]
    public void Gets_a_stable_code_for_every_reason()
    {
        var codes = Enum.GetValues<RejectionReason>().Select(InboxWatcher.ReasonCode).ToList();

        Assert.Equal(["empty", "binary", "too-large", "unknown-extension", "unreadable", "undecodable", "malformed-json", "malformed-xml", "reader-failed", "no-text"], codes);
    }
}
