using System.Collections.Frozen;
using System.Text;

namespace EventNews.Analysis.Persons;

/// <summary>
/// Greek and Cyrillic names in Latin letters, as the press transliterates them ("Μαρία Καρυστιανού" is "Maria Karystianou",
/// "Владимир Путин" "Vladimir Putin"), so that a name quoted in its own script keys as the same person. Other letters pass.
/// </summary>
internal static class Scripts
{
    private static readonly FrozenDictionary<char, string> Letters = new Dictionary<char, string>
    {
        // Greek, with its accented vowels.
        ['α'] = "a", ['ά'] = "a", ['β'] = "v", ['γ'] = "g", ['δ'] = "d", ['ε'] = "e", ['έ'] = "e", ['ζ'] = "z", ['η'] = "i", ['ή'] = "i",
        ['θ'] = "th", ['ι'] = "i", ['ί'] = "i", ['ϊ'] = "i", ['ΐ'] = "i", ['κ'] = "k", ['λ'] = "l", ['μ'] = "m", ['ν'] = "n", ['ξ'] = "x",
        ['ο'] = "o", ['ό'] = "o", ['π'] = "p", ['ρ'] = "r", ['σ'] = "s", ['ς'] = "s", ['τ'] = "t", ['υ'] = "y", ['ύ'] = "y", ['ϋ'] = "y",
        ['ΰ'] = "y", ['φ'] = "f", ['χ'] = "ch", ['ψ'] = "ps", ['ω'] = "o", ['ώ'] = "o",

        // Russian, Ukrainian and Belarusian Cyrillic.
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['є'] = "ye", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "yi", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ў'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch",
        ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    }.ToFrozenDictionary();

    /// <summary>The word in Latin letters when it holds Greek or Cyrillic ones; else the word itself.</summary>
    public static ReadOnlySpan<char> Latinised(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAnyInRange('\u0370', '\u052F') && !word.ContainsAnyInRange('\u1F00', '\u1FFF'))
        {
            return word;
        }

        // Greek "ου" is written "ou" ("Καρυστιανού", "Karystianou"), not "oy".
        var lower = word.ToString().ToLowerInvariant().Replace("ου", "ou", StringComparison.Ordinal).Replace("ού", "ou", StringComparison.Ordinal);
        var latin = new StringBuilder(lower.Length + 4);
        foreach (var c in lower)
        {
            latin.Append(Letters.TryGetValue(c, out var letters) ? letters : c.ToString());
        }

        return latin.ToString();
    }
}
