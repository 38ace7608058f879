using System.Text.RegularExpressions;

namespace EventNews.Analysis;

/// <summary>
/// What an article's text says about itself before analysis: a publication date given as a
/// metadata prefix on the first line (" date 2022-10 " followed by the body on the same line),
/// the body without that prefix, and a title.
/// </summary>
public sealed partial record ArticleHeader(string Title, string Body, PartialDate? Published)
{
    private const int MaxTitleLength = 160;

    public static ArticleHeader Read(string text)
    {
        var (published, body) = SplitMetadataPrefix(text);
        return new ArticleHeader(GuessTitle(body), body, published);
    }

    private static (PartialDate? Published, string Body) SplitMetadataPrefix(string text)
    {
        var match = MetadataPrefix().Match(text);
        if (!match.Success)
        {
            return (null, text.TrimStart('\uFEFF'));
        }

        var date = PartialDate.TryParseKey(match.Groups["date"].Value);
        return date is null ? (null, text.TrimStart('\uFEFF')) : (date, text[match.Length..]);
    }

    /// <summary>
    /// The first line when it reads like a headline; otherwise the first sentence of the body,
    /// cut at a word boundary.
    /// </summary>
    private static string GuessTitle(string body)
    {
        var firstLine = body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
        var sentenceEnd = SentenceEnd().Match(firstLine);
        var title = sentenceEnd.Success && sentenceEnd.Index < MaxTitleLength ? firstLine[..(sentenceEnd.Index + 1)] : firstLine;
        if (title.Length <= MaxTitleLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxTitleLength);
        return string.Concat(title.AsSpan(0, cut > 0 ? cut : MaxTitleLength), "…");
    }

    [GeneratedRegex(@"^\uFEFF?[ \t]*date[ \t]+(?<date>\d{4}(?:-\d{2}){0,2})[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataPrefix();

    // A sentence ends at . ! ? or … before a capital or the end, but not after an initial such as "M."
    [GeneratedRegex(@"(?<!(?:^|\s)\p{Lu})[.!?…](?=\s+[\p{Lu}«""“]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
