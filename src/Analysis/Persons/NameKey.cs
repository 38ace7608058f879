using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using EventNews.Analysis.Text;

namespace EventNews.Analysis;

/// <summary>
/// A spelling-independent key for a person's name. French, English and German spellings of
/// Russian and Ukrainian names differ systematically (Sergueï/Sergei/Sergej, Choïgou/Shoigu/Schoigu,
/// Zelenski/Zelenskyy/Selenskyj, Poutine/Putin), so the key folds case and diacritics and maps
/// those spellings onto one: "Sergueï Choïgou" and "Sergei Shoigu" both give "sergei shoigu".
/// </summary>
public static partial class NameKey
{
    // Keys are pure functions of their input and the same names come back article after article:
    // remembered, they cost a lookup instead of a dozen string rewrites. Emptied when full.
    private const int Remembered = 100_000;
    private static readonly ConcurrentDictionary<string, string> NameKeys = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> WordKeys = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> IdentityKeys = new(StringComparer.Ordinal);
    private static readonly char[] Hyphens = ['-', '‐', '‑'];

    // The keys of the given names, read here rather than from the lexicon, whose own making asks for keys; the lexicon takes
    // them from here.
    private static readonly Lazy<FrozenSet<string>> GivenNames = new(() =>
        EmbeddedData.Words("given-names.txt").Select(OfWord).Where(k => k.Length > 0).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The key of a whole name: each word keyed, joined by one space. Hyphens separate words.</summary>
    public static string Of(string name) => Remember(NameKeys, name, MakeKey);

    /// <summary>
    /// The key that tells people apart across articles, from which ids are made: the name's key, without the given name
    /// between the given name and the surname of a name of three words ("Bola Ahmed Tinubu" is "Bola Tinubu", as articles
    /// write him either way).
    /// </summary>
    public static string Identity(string name) => Remember(IdentityKeys, name, static n => Of(WithoutMiddleGivenNames(n)));

    /// <summary>The name keys of the given names of <c>given-names.txt</c>.</summary>
    internal static FrozenSet<string> GivenNameKeys => GivenNames.Value;

    /// <summary>The key of one word of a name.</summary>
    public static string OfWord(string word) => Remember(WordKeys, word, MakeWordKey);

    private static string Remember(ConcurrentDictionary<string, string> keys, string input, Func<string, string> make)
    {
        if (keys.TryGetValue(input, out var key))
        {
            return key;
        }

        key = make(input);
        if (keys.Count >= Remembered)
        {
            keys.Clear();
        }

        keys.TryAdd(input, key);
        return key;
    }

    private static string MakeKey(string name)
    {
        var builder = new StringBuilder(name.Length);
        var initials = KeptInitials(name);
        var words = Words(name).ToList();

        // "Koizumi Shinjiro" is "Shinjiro Koizumi": a Japanese name written family name first is keyed in the other order.
        if (words.Count == 2 && Persons.JapaneseNames.IsFamilyFirst(OfWord(words[0]), OfWord(words[1])))
        {
            (words[0], words[1]) = (words[1], words[0]);
        }

        for (var index = 0; index < words.Count; index++)
        {
            var word = words[index];

            // "Ilya Andreyevich Sokolov", "Olga Nikolaïevna Bespalova": a patronymic between the given name and the surname
            // is left out, as most articles name the person without it.
            if (index > 0 && index < words.Count - 1 && IsPatronymic(word))
            {
                continue;
            }

            // Initials ("W." in "George W. Bush", "J.K." in "J.K. Rowling") are left out: the name is the same with or
            // without them. Two or more after a given name stay, as one word where the first stands: "George H. W. Bush",
            // the father, is not "George W. Bush", his son.
            string key;
            if (IsInitials(word) && word.Length == 1 && index == words.Count - 1 && builder.Length > 0)
            {
                // "Jean-Marc D.": the initial of a surname kept from the reader is the surname, and tells him from "Jean-Marc L.".
                key = char.ToLowerInvariant(word[0]).ToString();
            }
            else if (IsInitials(word))
            {
                (key, initials) = (builder.Length > 0 ? initials : string.Empty, builder.Length > 0 ? string.Empty : initials);
            }
            else
            {
                key = OfWord(word);

                // "Tamim bin Hamad", "Tamim ben Hamad", "Abdullah ibn Ahmed": "son of" is one word in every spelling.
                if (key is "bin" or "ibn")
                {
                    key = "ben";
                }

                // "Al Thani" is "Al-Thani", whose article the word's key leaves out: so does a name's, standing apart before its last word.
                if (key is "al" or "el" && index > 0 && index == words.Count - 2)
                {
                    continue;
                }
            }

            if (key.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(key);
        }

        return builder.ToString();
    }

    // "Bola Ahmed Tinubu" is "Bola Tinubu", "Sarah Jessica Parker" "Sarah Parker": in a name of three words, a given name
    // between a given name and the surname is left out of the identity, as articles name people with or without it. Not a
    // part of a compound ("Jean-Pierre Martin" is not "Jean Martin"), nor longer names, whose middle words are as often
    // surnames ("Andrés Manuel López Obrador").
    private static string WithoutMiddleGivenNames(string name)
    {
        // "Abdel Fattah al-Sisi": a name after "Abdel" or "Abu" is one given name with it; "Itamar Ben Gvir": a particle that is
        // also a given name belongs to the surname.
        var chunks = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return chunks is [var first, var middle, var last] && GivenNames.Value.Contains(OfWord(first)) && OfWord(first) is not ("abdel" or "abdul" or "abd" or "abu" or "abou")
            && char.IsUpper(middle[0]) && OfWord(middle) is not ("ben" or "bin" or "ibn" or "abu" or "van" or "von" or "de" or "da" or "di" or "del" or "le" or "la" or "mac" or "saint")
            && middle.AsSpan().IndexOfAny(Hyphens) < 0 && !middle.Contains('.', StringComparison.Ordinal) && !IsPatronymic(middle)
            && GivenNames.Value.Contains(OfWord(middle))
            ? string.Concat(first, " ", last)
            : name;
    }

    private static bool IsPatronymic(string word) =>
        word.Length > 6 && char.IsUpper(word[0]) && Patronymic().IsMatch(word);

    [GeneratedRegex(@"(?:ovich|evich|ovitch|evitch|ovych|evych|ovna|evna|ichna|ivna)$", RegexOptions.CultureInvariant)]
    private static partial Regex Patronymic();

    // The letters of the initials after a given name when there are two or more ("hw" in "George H. W. Bush" and
    // "George H.W. Bush"), else nothing.
    private static string KeptInitials(string name)
    {
        var letters = new StringBuilder();
        var afterName = false;
        foreach (var word in Words(name))
        {
            if (!IsInitials(word))
            {
                if (letters.Length > 0)
                {
                    break;
                }

                afterName = true;
                continue;
            }

            if (afterName)
            {
                foreach (var c in word)
                {
                    if (c != '.')
                    {
                        letters.Append(char.ToLowerInvariant(c));
                    }
                }
            }
        }

        return letters.Length >= 2 ? letters.ToString() : string.Empty;
    }

    /// <summary>
    /// The words of a name as the key sees them: split at spaces and hyphens, possessive 's removed, a nickname in quotes left out,
    /// and the Arabic article joined to a name by a hyphen left out ("al-Assad", "el-Sisi": the same
    /// name as "Assad", "Sisi", and as written without the article).
    /// </summary>
    public static IEnumerable<string> Words(string name)
    {
        var inNickname = false;
        foreach (var chunk in name.Split([' ', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            // A nickname in quotes is no word of the key: "Earvin "Magic" Johnson" is "Earvin Johnson".
            if (inNickname || (chunk.Length > 1 && chunk[0] is '"' or '“' or '\'' or '‘'))
            {
                inNickname = chunk[^1] is not ('"' or '”' or '\'' or '’');
                continue;
            }

            if (!chunk.AsSpan().ContainsAny(Hyphens))
            {
                if (Bare(chunk) is { Length: > 0 } word)
                {
                    yield return word;
                }

                continue;
            }

            var parts = chunk.Split(Hyphens, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < parts.Length; i++)
            {
                if (Bare(parts[i]) is { Length: > 0 } word && !(i < parts.Length - 1 && IsArabicArticle(word)))
                {
                    yield return word;
                }
            }
        }
    }

    // "W", "J.K", "A.P.J": capitals, each alone between full stops.
    private static bool IsInitials(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsUpper(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }

    // A word without the punctuation around it and without a possessive 's.
    private static string Bare(string raw)
    {
        var word = raw.Trim('.', ',', ';', ':', '"', '«', '»', '“', '”', '(', ')', '[', ']');
        return word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
    }

    /// <summary>"al-Assad" → "Assad": a word opened by the Arabic article and a hyphen, without them; any other word as it is.</summary>
    public static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> word)
    {
        // Asked of nearly every word of a text: the hyphen can only stand third or fourth.
        var hyphen = word.Length < 4 ? -1 : Tokenizer.IsHyphen(word[2]) ? 2 : Tokenizer.IsHyphen(word[3]) ? 3 : -1;
        return hyphen > 0 && hyphen < word.Length - 1 && IsArabicArticle(word[..hyphen]) ? word[(hyphen + 1)..] : word;
    }

    private static bool IsArabicArticle(ReadOnlySpan<char> word) =>
        word.Equals("al", StringComparison.OrdinalIgnoreCase) || word.Equals("el", StringComparison.OrdinalIgnoreCase)
        || word.Equals("ad", StringComparison.OrdinalIgnoreCase) || word.Equals("ash", StringComparison.OrdinalIgnoreCase);

    private static string MakeWordKey(string word)
    {
        var folded = TextFold.Fold(Persons.Scripts.Latinised(WithoutArticle(word)));
        var letters = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z')
            {
                letters.Append(c);
            }
        }

        if (letters.Length <= 2)
        {
            return letters.ToString();
        }

        // Order matters: the longest sibilant spellings first, so tsch/sch/tch/ch/sh meet as "sh"; the Ukrainian h for
        // the Russian g after a v ("Yevhen" is "Ievguen", "Evgueni") before "wh" becomes "vh".
        letters.Replace("vh", "vg").Replace("tsch", "sh").Replace("sch", "sh").Replace("tch", "sh").Replace("dzh", "j").Replace("kh", "h")
            .Replace("ch", "sh").Replace("zh", "j").Replace("dj", "j")
            .Replace("ph", "f").Replace("th", "t").Replace("ck", "k").Replace("q", "k").Replace("x", "ks").Replace("w", "v");
        var s = letters.ToString();
        s = SoftenGuAndC(s);
        s = s.Replace('y', 'i').Replace('j', 'i').Replace("ou", "u", StringComparison.Ordinal).Replace('z', 's');
        if (s.EndsWith("ff", StringComparison.Ordinal))
        {
            s = s[..^2] + "v";
        }

        s = CollapseDoubles(UmlautsWrittenOut(s));
        if (s.Length > 3 && s.StartsWith("ie", StringComparison.Ordinal))
        {
            s = s[1..];
        }

        if (s.Length > 3 && s[^1] == 'e' && !IsVowel(s[^2]))
        {
            s = s[..^1];
        }

        return s;
    }

    // German writes an umlaut out when it cannot print it: "Klöckner" is "Kloeckner", "Zenhäusern" "Zenhaeusern". After a
    // consonant and before the word's last letter, "ae", "oe" and "ue" are keyed as the vowel alone, as the folded umlaut is;
    // so, alike in every name, are "Michael" and "Manuel".
    private static string UmlautsWrittenOut(string s)
    {
        for (var i = 1; i + 2 < s.Length; i++)
        {
            if (s[i + 1] == 'e' && s[i] is 'a' or 'o' or 'u' && !IsVowel(s[i - 1]))
            {
                s = s.Remove(i + 1, 1);
            }
        }

        return s;
    }

    /// <summary>A URL-safe slug: "Sergei Lavrov" → "sergei-lavrov".</summary>
    public static string Slug(string text)
    {
        var folded = TextFold.Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingDash = false;
                builder.Append(c);
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    private static string SoftenGuAndC(string s)
    {
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (s[i] == 'g' && next == 'u' && i + 2 < s.Length && s[i + 2] is 'e' or 'i' or 'y')
            {
                builder.Append('g');
                i++;
                continue;
            }

            if (s[i] == 'c')
            {
                builder.Append(next is 'e' or 'i' or 'y' ? 's' : 'k');
                continue;
            }

            builder.Append(s[i]);
        }

        return builder.ToString();
    }

    private static string CollapseDoubles(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
