using System.Text;
using System.Text.RegularExpressions;

namespace EventNews.Analysis.Stories;

/// <summary>
/// Drops lines that scrapers carry along but that belong to no story: calls to comment, "read
/// also" links, image and video credits, photo captions, hashtag lines, comment-policy footers.
/// Shared boilerplate would otherwise make unrelated articles from one outlet look alike.
/// </summary>
public static partial class Boilerplate
{
    public static string Strip(string text)
    {
        var builder = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            if (line.Length > 0 && !IsBoilerplate(line))
            {
                builder.Append(line).Append('\n');
            }

            if (end < 0)
            {
                return builder.ToString();
            }

            rest = rest[(end + 1)..];
        }
    }

    public static bool IsBoilerplate(string line) => IsBoilerplate(line.AsSpan());

    public static bool IsBoilerplate(ReadOnlySpan<char> line) =>
        LeadingMarker().IsMatch(line) || TrailingCredit().IsMatch(line) || OnlyTags().IsMatch(line) || CommentPolicy().IsMatch(line);

    [GeneratedRegex(@"^(?:commentez|commentaires?\b|\d+\s+comment|(?:à |a )?lire aussi|read (?:more|also)|see also|voir aussi|related:|image\s?:|photo\s?:|vid[ée]o\s?:|cr[ée]dits?\s?:|file\s?[-–—]|file photo|plus de «|publicit[ée]|advertisement|newsletter|abonnez|subscribe|partager|share this|©|\(c\))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"(?:image|photo|cr[ée]dit|credit|vid[ée]o)\s?:\s?[\p{L}\p{N}/ .&-]{1,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"^(?:[#@][\p{L}\p{N}_]+[\s,]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyTags();

    [GeneratedRegex(@"commentaires?.{0,80}(?:fermer|mod[ée]rer)|comments? (?:are|is) closed|comment policy", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPolicy();
}
