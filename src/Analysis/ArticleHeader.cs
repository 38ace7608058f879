using System.Text.RegularExpressions;

namespace EventNews.Analysis;

/// <summary>
/// What an article's text says about itself before analysis: a publication date given as a
/// metadata prefix on the first line (" date 2022-10 " followed by the body on the same line),
/// the body without that prefix, and a title.
/// </summary>
public sealed partial record ArticleHeader(string Title, string Body, PartialDate? Published)
{
    public static ArticleHeader Read(string text)
    {
        var (published, body) = SplitMetadataPrefix(text);
        return new ArticleHeader(GuessTitle(body), body, published);
    }

    /// <summary>The text without its metadata prefix, if it has one; no title is guessed.</summary>
    public static string BodyOf(string text) => SplitMetadataPrefix(text).Body;

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
    private static string GuessTitle(string body) =>
        Cleaning.BoilerplateCleaner.GuessTitle(body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty);

    [GeneratedRegex(@"^\uFEFF?[ \t]*date[ \t]+(?<date>\d{4}(?:-\d{2}){0,2})[ \t]+", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataPrefix();

}
