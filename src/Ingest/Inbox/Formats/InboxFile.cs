using System.Security.Cryptography;
using EventNews.Contracts;

namespace EventNews.Ingest.Inbox.Formats;

/// <summary>The facts of one inbox file that every article read from it shares.</summary>
internal sealed class InboxFile(string name, byte[] bytes, DateTimeOffset receivedAt, string format)
{
    public string Name { get; } = name;

    public byte[] Bytes { get; } = bytes;

    public string Format { get; } = format;

    private readonly string _sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));

    public ArticleReadResult Accept(string encoding, ArticleFields fields, string? item = null) =>
        ArticleReadResult.Accept(new ArticleReceived(
            Name,
            Bytes.LongLength,
            _sha256,
            Format,
            encoding,
            fields.Text,
            receivedAt,
            receivedAt,
            string.IsNullOrWhiteSpace(fields.Source) ? "inbox" : fields.Source,
            fields.Title,
            fields.PublishedAt,
            fields.Url,
            fields.Language,
            item));
}

/// <summary>What a format reader found for one article, before the file's facts are added.</summary>
internal sealed record ArticleFields(
    string Text,
    string? Title = null,
    string? PublishedAt = null,
    string? Url = null,
    string? Language = null,
    string? Source = null)
{
    /// <summary>A field's value as the readers keep it: trimmed, and null when blank.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
