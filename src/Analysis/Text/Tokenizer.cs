namespace EventNews.Analysis.Text;

/// <summary>A word of the original text: letters, with inner hyphens and apostrophes.</summary>
internal readonly record struct Token(int Start, int Length, bool SentenceStart)
{
    public int End => Start + Length;
}

/// <summary>Splits text into words, dropping French elisions (l', d', qu') and English possessives ('s).</summary>
internal static class Tokenizer
{
    private static readonly string[] Elisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];

    public static List<Token> Words(string text, int from, int to)
    {
        // About one word in six characters of prose: sized once instead of grown by copying.
        var tokens = new List<Token>(Math.Max(4, (to - from) / 6));
        foreach (var token in Scan(text, from, to))
        {
            tokens.Add(token);
        }

        return tokens;
    }

    /// <summary>The same words as <see cref="Words"/>, one at a time, for a caller that keeps none of them.</summary>
    public static WordScanner Scan(string text, int from, int to) => new(text, from, to);

    /// <summary>Goes through the words of a range without storing them.</summary>
    public struct WordScanner(string text, int from, int to)
    {
        private int _next = from;

        public Token Current { get; private set; }

        public readonly WordScanner GetEnumerator() => this;

        public bool MoveNext()
        {
            var i = _next;
            while (i < to)
            {
                if (!IsLetter(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < to && (IsLetter(text[i]) || IsJoiner(text, i, to)))
                {
                    i++;
                }

                var end = i;
                start = SkipElision(text, start, end);
                if (end - start >= 2 && IsApostrophe(text[end - 2]) && text[end - 1] is 's' or 'S')
                {
                    end -= 2;
                }

                if (end > start)
                {
                    _next = i;
                    Current = new Token(start, end - start, IsSentenceStart(text, start));
                    return true;
                }
            }

            _next = to;
            return false;
        }
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    public static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>True if the word starts a sentence: it follows . ! ? … : or a line break, past quotes and brackets.</summary>
    public static bool IsSentenceStart(string text, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                return true;
            }

            if (char.IsWhiteSpace(c) || c is '"' or '«' or '»' or '“' or '”' or '‘' or '\'' or '(' or '[' or '—' or '–' or '-' or '*' or '•')
            {
                continue;
            }

            return c is '.' or '!' or '?' or '…' or ':';
        }

        return true;
    }

    private static bool IsLetter(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsJoiner(string text, int i, int to) =>
        (IsHyphen(text[i]) || IsApostrophe(text[i])) && i + 1 < to && i > 0 && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]);

    private static int SkipElision(string text, int start, int end)
    {
        for (var i = start + 1; i < end && i - start <= 7; i++)
        {
            if (!IsApostrophe(text[i]))
            {
                continue;
            }

            // "D'Alema", "N'Golo" inside a sentence are names, not "d'" or "n'" before a capital.
            if (i == start + 1 && text[start] is 'D' or 'N' && i + 1 < end && char.IsUpper(text[i + 1]) && !IsSentenceStart(text, start))
            {
                return start;
            }

            var prefix = text.AsSpan(start, i - start);
            foreach (var elision in Elisions)
            {
                if (prefix.Equals(elision, StringComparison.OrdinalIgnoreCase))
                {
                    return i + 1;
                }
            }

            return start;
        }

        return start;
    }
}
