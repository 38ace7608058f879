namespace EventNews.Ingest.Inbox.Formats;

/// <summary>Plain text: the whole decoded file is the article's text, as the file had it.</summary>
internal static class PlainTextFormat
{
    public static IReadOnlyList<ArticleReadResult> Read(InboxFile file)
    {
        var (decoded, rejection) = TextDecoding.Decode(file.Bytes);
        if (decoded is null)
        {
            return [rejection!];
        }

        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return [ArticleReadResult.Reject(RejectionReason.Empty, "the file has no text")];
        }

        return [file.Accept(decoded.Encoding, new ArticleFields(decoded.Text))];
    }
}
