using System.Text;
using EventNews.Ingest.Inbox;

namespace EventNews.Ingest.Tests;

public class ArticleFileTests
{
    private const string French = "Le secrétaire d’État a dit « non » à l’été.";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    static ArticleFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, byte[]> SameTextInEveryEncoding() => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(French) },
        { "utf-8-bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(French)] },
        { "utf-16le", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(French)] },
        { "utf-16be", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(French)] },
        { "windows-1252", Encoding.GetEncoding(1252).GetBytes(French) },
    };

    [Theory]
    [MemberData(nameof(SameTextInEveryEncoding))]
    public void Every_encoding_decodes_to_the_same_text(string encoding, byte[] bytes)
    {
        var result = ArticleFile.Read("a.txt", bytes, Now);

        Assert.NotNull(result.Article);
        Assert.Equal(French, result.Article.Text);
        Assert.Equal(encoding, result.Article.Encoding);
        Assert.Equal(bytes.LongLength, result.Article.SizeBytes);
        Assert.Equal("txt", result.Article.Format);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    public void A_file_without_text_is_rejected_as_empty(string content)
    {
        var result = ArticleFile.Read("vide.txt", Encoding.UTF8.GetBytes(content), Now);

        Assert.Null(result.Article);
        Assert.Equal(RejectionReason.Empty, result.Reason);
    }

    [Fact]
    public void Nul_bytes_mean_binary_content()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };

        Assert.Equal(RejectionReason.Binary, ArticleFile.Read("image.txt", png, Now).Reason);
    }

    [Fact]
    public void An_unknown_extension_is_rejected_with_the_accepted_ones_named()
    {
        var result = ArticleFile.Read("article.docx", Encoding.UTF8.GetBytes(French), Now);

        Assert.Equal(RejectionReason.UnknownExtension, result.Reason);
        Assert.Contains(".txt", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_is_of_the_original_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(French);

        var article = ArticleFile.Read("a.txt", bytes, Now).Article!;

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), article.BytesSha256);
    }
}
