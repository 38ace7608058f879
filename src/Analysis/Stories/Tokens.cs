using System.Text;

namespace EventNews.Analysis.Stories;

/// <summary>A folded word with what its original spelling said about it.</summary>
/// <param name="Text">Folded form (lower case, no diacritics).</param>
/// <param name="Capitalised">The original started with an upper-case letter.</param>
/// <param name="SentenceStart">The word opens a sentence or a line, so its capital says nothing.</param>
public readonly record struct Token(string Text, bool Capitalised, bool SentenceStart)
{
    public bool IsNumber => Text.Length > 0 && char.IsAsciiDigit(Text[0]);

    /// <summary>Capitalised inside a sentence: a name of a place, an organisation or a person.</summary>
    public bool IsProperNoun => Capitalised && !SentenceStart && !IsNumber;
}

/// <summary>Splits text into folded words; apostrophes and hyphens separate words (l'Ukraine = l ukraine).</summary>
public static class Tokens
{
    public static List<Token> Read(string text)
    {
        var tokens = new List<Token>(text.Length / 6);
        var builder = new StringBuilder(32);
        var sentenceStart = true;
        var capitalised = false;
        var inWord = false;
        var lastWasInitial = false;
        foreach (var c in text)
        {
            if (TextFolding.IsWordChar(c))
            {
                if (!inWord)
                {
                    inWord = true;
                    capitalised = char.IsUpper(c);
                }

                TextFolding.Append(builder, c);
                continue;
            }

            if (inWord)
            {
                tokens.Add(new Token(builder.ToString(), capitalised, sentenceStart));
                lastWasInitial = capitalised && builder.Length <= 2;
                builder.Clear();
                inWord = false;
                sentenceStart = false;
            }

            // "M. Blinken": the full stop of an honorific or an initial does not end a sentence.
            if (c == '.' && lastWasInitial)
            {
                lastWasInitial = false;
                continue;
            }

            lastWasInitial = lastWasInitial && c == ' ';
            if (c is '.' or '!' or '?' or '…' or '\n' or ':' or '|' or '—' or '–')
            {
                sentenceStart = true;
            }
        }

        if (inWord)
        {
            tokens.Add(new Token(builder.ToString(), capitalised, sentenceStart));
        }

        return tokens;
    }
}
