using EventNews.Analysis;

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

        // A metadata prefix (" date 2022-10 ") with nothing after it dates an article that is not there.
        if (string.IsNullOrWhiteSpace(ArticleHeader.BodyOf(decoded.Text)))
        {
            return [ArticleReadResult.Reject(RejectionReason.Empty, "the file holds only its metadata prefix, no article text")];
        }

        return [file.Accept(decoded.Encoding, new ArticleFields(decoded.Text))];
    }
}
