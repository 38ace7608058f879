using System.Globalization;
using System.Text;

namespace EventNews.Analysis.Text;

/// <summary>Case and diacritic folding shared by the word lists and the name key.</summary>
internal static class TextFold
{
    // Folded forms of Latin-1 and Latin Extended-A/B, computed once: decomposing a character per call is slow.
    private static readonly string[] Latin = BuildLatin();

    /// <summary>Lower case without diacritics: "Sergueï" → "serguei", "Erdoğan" → "erdogan", "Ø" → "o".</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length * 2] : new char[text.Length * 2];
        return new string(buffer[..FoldInto(text, buffer)]);
    }

    /// <summary>Folds into a buffer at least twice as long as the text; returns the folded length.</summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (c < 128)
            {
                buffer[length++] = char.ToLowerInvariant(c);
                continue;
            }

            if (c < 0x250)
            {
                var folded = Latin[c - 128];
                folded.AsSpan().CopyTo(buffer[length..]);
                length += folded.Length;
                continue;
            }

            length = AppendFolded(c, buffer, length);
        }

        return length;
    }

    private static string[] BuildLatin()
    {
        var table = new string[0x250 - 128];
        Span<char> buffer = stackalloc char[8];
        for (var c = 128; c < 0x250; c++)
        {
            var length = AppendFolded((char)c, buffer, 0);
            table[c - 128] = new string(buffer[..length]);
        }

        return table;
    }

    private static int AppendFolded(char c, Span<char> buffer, int length)
    {
        switch (c)
        {
            case 'ø' or 'Ø':
                buffer[length++] = 'o';
                return length;
            case 'æ' or 'Æ':
                buffer[length++] = 'a';
                buffer[length++] = 'e';
                return length;
            case 'œ' or 'Œ':
                buffer[length++] = 'o';
                buffer[length++] = 'e';
                return length;
            case 'ß':
                buffer[length++] = 's';
                buffer[length++] = 's';
                return length;
            case 'ł' or 'Ł':
                buffer[length++] = 'l';
                return length;
            case 'đ' or 'Đ':
                buffer[length++] = 'd';
                return length;
            case 'ı':
                buffer[length++] = 'i';
                return length;
            case '’' or 'ʼ' or '‘':
                buffer[length++] = '\'';
                return length;
            case '‐' or '‑' or '–':
                buffer[length++] = '-';
                return length;
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                buffer[length++] = char.ToLowerInvariant(d);
                if (length >= buffer.Length)
                {
                    break;
                }
            }
        }

        return length;
    }
}
