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

    /// <summary>
    /// The metadata prefix at <paramref name="start"/>, the start of the first line: its date and its
    /// length, or null. " date 2022-10 ", also "Date: 2022-10-05", a date-time ("date 2022-10-05T10:00:00Z")
    /// or a dotted or slashed day ("date 05.10.2022", day first).
    /// </summary>
    internal static (PartialDate Date, int Length)? MetadataPrefixAt(string text, int start, int length)
    {
        var match = MetadataPrefix().Match(text, start, length);
        var date = match.Success ? Dates.PublicationDateFinder.ParseMetadata(match.Groups["date"].Value) : null;
        return date is null ? null : (date, match.Length);
    }

    private static (PartialDate? Published, string Body) SplitMetadataPrefix(string text) =>
        MetadataPrefixAt(text, 0, text.Length) is { } prefix ? (prefix.Date, text[prefix.Length..]) : (null, text.TrimStart('\uFEFF'));

    /// <summary>
    /// The first line when it reads like a headline; otherwise the first sentence of the body,
    /// cut at a word boundary.
    /// </summary>
    private static string GuessTitle(string body) =>
        Cleaning.BoilerplateCleaner.GuessTitle(body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty);

    [GeneratedRegex(@"^\uFEFF?[ \t]*(?i:date)(?:[ \t]*:[ \t]*|[ \t]+)(?<date>\d{4}(?:-\d{2}){0,2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./]\d{1,2}[./]\d{4})(?:[ \t]+|(?=\r?\n)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataPrefix();

}
