using System.Collections.Concurrent;

namespace EventNews.Analysis.Stories;

/// <summary>A folded word with what its original spelling said about it.</summary>
public readonly record struct Token
{
    private readonly FoldedWord _word;

    internal Token(FoldedWord word, bool capitalised, bool sentenceStart)
    {
        _word = word;
        Capitalised = capitalised;
        SentenceStart = sentenceStart;
    }

    /// <summary>Folded form (lower case, no diacritics).</summary>
    public string Text => _word.Text;

    /// <summary>The original started with an upper-case letter.</summary>
    public bool Capitalised { get; }

    /// <summary>The word opens a sentence or a line, so its capital says nothing.</summary>
    public bool SentenceStart { get; }

    public bool IsNumber => _word.IsNumber;

    /// <summary>Capitalised inside a sentence: a name of a place, an organisation or a person.</summary>
    public bool IsProperNoun => Capitalised && !SentenceStart && !IsNumber;

    /// <summary><see cref="StableHash.Of"/> of <see cref="Text"/>.</summary>
    internal ulong Hash => _word.Hash;

    /// <summary>The word's <see cref="StoryFingerprinter.Skeleton"/>; null for a stop word.</summary>
    internal string? Skeleton => _word.Skeleton;

    /// <summary>The word can open a number written in words (vingt, twenty, dix).</summary>
    internal bool MayOpenWrittenNumber => _word.MayOpenWrittenNumber;
}

/// <summary>Splits text into folded words; apostrophes and hyphens separate words (l'Ukraine = l ukraine).</summary>
public static class Tokens
{
    public static List<Token> Read(string text) => Read(text, new List<Token>(text.Length / 6));

    /// <summary>As <see cref="Read(string)"/>, adding the words to <paramref name="tokens"/>.</summary>
    public static List<Token> Read(string text, List<Token> tokens)
    {
        Span<char> buffer = stackalloc char[64];
        var length = 0;
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

                if (length + TextFolding.MaxFoldedLength > buffer.Length)
                {
                    var larger = new char[buffer.Length * 2];
                    buffer[..length].CopyTo(larger);
                    buffer = larger;
                }

                length += TextFolding.Fold(c, buffer[length..]);
                continue;
            }

            if (inWord)
            {
                tokens.Add(new Token(FoldedWords.Of(buffer[..length]), capitalised, sentenceStart));
                lastWasInitial = capitalised && length <= 2;
                length = 0;
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
            tokens.Add(new Token(FoldedWords.Of(buffer[..length]), capitalised, sentenceStart));
        }

        return tokens;
    }
}

/// <summary>A distinct folded word and what every article needs of it, worked out once.</summary>
internal sealed class FoldedWord
{
    public FoldedWord(string text)
    {
        Text = text;
        Hash = StableHash.Of(text);
        IsNumber = text.Length > 0 && char.IsAsciiDigit(text[0]);
        Skeleton = StopWords.Contains(text) ? null : StoryFingerprinter.Skeleton(text);
        MayOpenWrittenNumber = NumberTokens.MayOpenWrittenNumber(text);
    }

    public string Text { get; }

    public ulong Hash { get; }

    public bool IsNumber { get; }

    public string? Skeleton { get; }

    public bool MayOpenWrittenNumber { get; }
}

/// <summary>
/// One <see cref="FoldedWord"/> per distinct word, shared by every article and every thread: an
/// article of 4 KB has some 700 words, almost all already seen, so reading it makes almost no
/// strings, hashes or skeletons of its own. Bounded: words longer than <see cref="MaxPooledLength"/>
/// are not kept, and past <see cref="Capacity"/> words (text full of words never seen before) the pool
/// starts again empty, so it never holds more than about 30 MB.
/// </summary>
internal static class FoldedWords
{
    public const int Capacity = 100_000;

    public const int MaxPooledLength = 40;

    private static readonly ConcurrentDictionary<string, FoldedWord> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, FoldedWord>.AlternateLookup<ReadOnlySpan<char>> BySpan =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _added;

    public static FoldedWord Of(ReadOnlySpan<char> folded)
    {
        // Words of news are short; a long run of letters (an identifier, an encoded blob) is its own
        // word and is not kept, so that the pool stays small however long such runs are.
        if (folded.Length > MaxPooledLength)
        {
            return new FoldedWord(folded.ToString());
        }

        if (BySpan.TryGetValue(folded, out var known))
        {
            return known;
        }

        if (Interlocked.Increment(ref _added) > Capacity)
        {
            Pool.Clear();
            Interlocked.Exchange(ref _added, 1);
        }

        var word = new FoldedWord(folded.ToString());
        return Pool.GetOrAdd(word.Text, word);
    }
}
