using System.Security.Cryptography;
using System.Text;
using EventNews.Contracts;

namespace EventNews.Ingest.Inbox;

/// <summary>A file's bytes turned into an <see cref="ArticleReceived"/>, or the reason it cannot be one.</summary>
public static class ArticleFile
{
    private static readonly string[] TextExtensions = [".txt", ".md"];

    static ArticleFile() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ArticleReadResult Read(string relativeName, byte[] bytes, DateTimeOffset receivedAt)
    {
        var extension = Path.GetExtension(relativeName).ToLowerInvariant();
        if (!TextExtensions.Contains(extension))
        {
            return ArticleReadResult.Reject(RejectionReason.UnknownExtension, $"'{extension}' files are not articles; accepted: {string.Join(", ", TextExtensions)}");
        }

        if (bytes.AsSpan().IndexOf((byte)0) >= 0 && !HasUtf16Bom(bytes))
        {
            return ArticleReadResult.Reject(RejectionReason.Binary, "the file contains NUL bytes: binary content, not text");
        }

        var (text, encoding) = Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ArticleReadResult.Reject(RejectionReason.Empty, "the file has no text");
        }

        var article = new ArticleReceived(
            relativeName,
            bytes.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            extension.TrimStart('.'),
            encoding,
            text,
            receivedAt,
            "inbox");
        return ArticleReadResult.Accept(article);
    }

    private static bool HasUtf16Bom(byte[] bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    private static (string Text, string Encoding) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return (new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3), "utf-8-bom");
        }

        if (HasUtf16Bom(bytes))
        {
            var utf16 = bytes[0] == 0xFF ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode;
            return (utf16.GetString(bytes, 2, bytes.Length - 2), bytes[0] == 0xFF ? "utf-16le" : "utf-16be");
        }

        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (System.Text.Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
        }
    }
}

public enum RejectionReason
{
    Empty,
    Binary,
    TooLarge,
    UnknownExtension,
    Unreadable,
}

public sealed record ArticleReadResult(ArticleReceived? Article, RejectionReason? Reason, string? Message)
{
    public static ArticleReadResult Accept(ArticleReceived article) => new(article, null, null);

    public static ArticleReadResult Reject(RejectionReason reason, string message) => new(null, reason, message);
}
