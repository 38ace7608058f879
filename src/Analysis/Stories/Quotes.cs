using System.Text.RegularExpressions;

namespace EventNews.Analysis.Stories;

/// <summary>
/// Quoted words survive republication nearly intact, so each quotation becomes one hash: the
/// smallest hash of its four-word windows. Two copies of a quote with a small edit or a cut keep
/// the same smallest window with high probability, unlike a hash of the whole quote.
/// </summary>
public static partial class Quotes
{
    private const int Window = 4;
    private const int MinWords = 3;

    public static List<int> Hashes(string text, int max)
    {
        var hashes = new List<int>();
        foreach (Match match in Quoted().Matches(text))
        {
            var words = Tokens.Read(match.Groups["q"].Value);
            if (words.Count < MinWords)
            {
                continue;
            }

            var smallest = ulong.MaxValue;
            var windows = Math.Max(1, words.Count - Window + 1);
            for (var i = 0; i < windows; i++)
            {
                var hash = 0UL;
                for (var j = i; j < Math.Min(words.Count, i + Window); j++)
                {
                    hash = StableHash.Combine(hash, StableHash.Of(words[j].Text));
                }

                smallest = Math.Min(smallest, hash);
            }

            var folded = StableHash.Fold(smallest);
            if (!hashes.Contains(folded))
            {
                hashes.Add(folded);
                if (hashes.Count == max)
                {
                    break;
                }
            }
        }

        return hashes;
    }

    // Openers and closers are mixed freely in scraped text (« … ”), so any pair counts; a quote stays within a paragraph.
    [GeneratedRegex("[«“„\"](?<q>[^«»“”„\"\\n]{8,600})[»”“\"]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
