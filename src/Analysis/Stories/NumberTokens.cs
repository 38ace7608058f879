using System.Globalization;
using System.Text.RegularExpressions;

namespace EventNews.Analysis.Stories;

/// <summary>
/// Numbers as language-independent facts: "100 000", "100,000" and "100.000" are 100000;
/// "5 %", "5%", "5 pour cent" and "5 percent" are 5%; "2,5" and "2.5" are 2.5; "vingt-cinq" and
/// "twenty-five" are 25. Date and time stamps (01.02.2022, 18:41, 08h15) are not numbers of the story.
/// </summary>
public static partial class NumberTokens
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["une"] = 1, ["one"] = 1, ["deux"] = 2, ["two"] = 2, ["trois"] = 3, ["three"] = 3,
        ["quatre"] = 4, ["four"] = 4, ["cinq"] = 5, ["five"] = 5, ["six"] = 6, ["sept"] = 7, ["seven"] = 7,
        ["huit"] = 8, ["eight"] = 8, ["neuf"] = 9, ["nine"] = 9,
    };

    private static readonly Dictionary<string, int> Teens = new(StringComparer.Ordinal)
    {
        ["dix"] = 10, ["ten"] = 10, ["onze"] = 11, ["eleven"] = 11, ["douze"] = 12, ["twelve"] = 12,
        ["treize"] = 13, ["thirteen"] = 13, ["quatorze"] = 14, ["fourteen"] = 14, ["quinze"] = 15,
        ["fifteen"] = 15, ["seize"] = 16, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["vingt"] = 20, ["twenty"] = 20, ["trente"] = 30, ["thirty"] = 30, ["quarante"] = 40, ["forty"] = 40,
        ["cinquante"] = 50, ["fifty"] = 50, ["soixante"] = 60, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly int IntegerGroup = Number().GroupNumberFromName("int");
    private static readonly int FractionGroup = Number().GroupNumberFromName("frac");
    private static readonly int PercentGroup = Number().GroupNumberFromName("pct");

    /// <summary>Every number of the text, normalised, in order of appearance (duplicates kept).</summary>
    public static List<string> Extract(string text) => Extract(text, Tokens.Read(text));

    /// <summary>As <see cref="Extract(string)"/>, reusing the text's words when already read.</summary>
    public static List<string> Extract(string text, List<Token> tokens)
    {
        var numbers = new List<string>();
        var cleaned = Stamps().Replace(text, " ");
        foreach (Match match in Number().Matches(cleaned))
        {
            numbers.Add(Normalise(match.Groups[IntegerGroup].Value, match.Groups[FractionGroup].Value, match.Groups[PercentGroup].Success));
        }

        numbers.AddRange(FromWords(tokens));
        return numbers;
    }

    /// <summary>Whether a folded word can open a number written in words: a number from ten to nineteen or a multiple of ten.</summary>
    internal static bool MayOpenWrittenNumber(string folded) => Teens.ContainsKey(folded) || Tens.ContainsKey(folded);

    /// <summary>Normalises one written number: digits grouped by spaces, commas or dots, an optional fraction, an optional percent sign.</summary>
    public static string Normalise(string integerPart, string fraction, bool percent)
    {
        var digits = new string(integerPart.Where(char.IsAsciiDigit).ToArray()).TrimStart('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        var trimmedFraction = fraction.TrimEnd('0');
        var value = trimmedFraction.Length > 0 ? digits + "." + trimmedFraction : digits;
        return percent ? value + "%" : value;
    }

    /// <summary>
    /// How much sharing this number says about two articles being the same story: a four-digit
    /// count or a decimal is specific, a year or a day of the month much less so.
    /// </summary>
    public static double Specificity(string number)
    {
        if (number.EndsWith('%'))
        {
            // Whole percentages under 100 recur by chance; a decimal one does not.
            return number.Contains('.', StringComparison.Ordinal) ? 0.8 : 0.3;
        }

        if (number.Contains('.', StringComparison.Ordinal))
        {
            return 0.8;
        }

        if (!long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return 0.5;
        }

        return value switch
        {
            >= 1900 and <= 2100 => 0.15,
            < 10 => 0.1,
            <= 31 => 0.25,
            < 100 => 0.35,
            < 1000 => 0.6,
            _ => 1.0,
        };
    }

    private static IEnumerable<string> FromWords(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // Most words are not numbers; the pool of words knows which can open one.
            if (!tokens[i].MayOpenWrittenNumber)
            {
                continue;
            }

            var word = tokens[i].Text;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Text : string.Empty;
            if (Teens.TryGetValue(word, out var teen))
            {
                // dix-sept, dix-huit, dix-neuf
                if (teen == 10 && Units.TryGetValue(next, out var unit) && unit >= 7)
                {
                    i++;
                    yield return (10 + unit).ToString(CultureInfo.InvariantCulture);
                    continue;
                }

                yield return teen.ToString(CultureInfo.InvariantCulture);
                continue;
            }

            if (!Tens.TryGetValue(word, out var tens))
            {
                continue;
            }

            var (value, used) = (tens, 0);
            var after = next == "et" && i + 2 < tokens.Count ? tokens[i + 2].Text : next;
            var skip = next == "et" ? 2 : 1;
            if (Units.TryGetValue(after, out var units))
            {
                (value, used) = (tens + units, skip);
            }
            else if (tens is 60 && Teens.TryGetValue(after, out var teen2))
            {
                (value, used) = (60 + teen2, skip);
            }

            i += used;
            yield return value.ToString(CultureInfo.InvariantCulture);
        }
    }

    [GeneratedRegex(@"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s?[:h]\s?\d{2}(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex Stamps();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<int>\d{1,3}(?:[ \u00A0\u202F,.]\d{3}(?!\d))+|\d+)(?:[.,](?<frac>\d+)(?![\d]))?(?:[ \u00A0\u202F]?(?<pct>%|pour ?cent\b|per ?cent\b))?", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
