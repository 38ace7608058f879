namespace EventNews.Ingest.Inbox.Formats;

/// <summary>Plain text: the whole decoded file is the article's text, as the file had it.</summary>
internal static class PlainTextFormat
{
    public static IReadOnlyList<ArticleReadResult> Read(InboxFile file)
    {
        var (decoded, rejection) = TextDecoding.DecodeSomeText(file.Bytes);
        if (decoded is null)
        {
            return [rejection!];
        }

        return [file.Accept(decoded.Encoding, new ArticleFields(decoded.Text))];
    }
}
