using System.Text.RegularExpressions;
using EventNews.Analysis.Dates;

namespace EventNews.Analysis.Cleaning;

/// <summary>
/// Marks the scraped boilerplate of an article: the metadata prefix, comment prompts and policies,
/// "read also" teasers, image credits and captions, video captions, hashtag lines, section labels,
/// date stamps and datelines, and an unrelated article appended after the body.
/// </summary>
internal static partial class BoilerplateCleaner
{
    private const int MaxTitleLength = 160;
    private const int TopLines = 6;

    public static CleanedArticle Clean(string text)
    {
        var dropped = new List<DroppedSpan>();
        var lines = Lines(text);
        PartialDate? prefixDate = null;
        var firstContentLine = -1;
        var endOfBody = false;
        var nonEmptySeen = 0;
        var endThreshold = text.Length * 2 / 5;
        var kindOfLine = new string?[lines.Count];
        var listing = false;

        for (var index = 0; index < lines.Count; index++)
        {
            var (start, end) = lines[index];
            if (index == 0)
            {
                if (ArticleHeader.MetadataPrefixAt(text, start, end - start) is { } prefix)
                {
                    prefixDate = prefix.Date;
                    dropped.Add(new DroppedSpan(start, prefix.Length, DroppedKinds.MetadataPrefix));
                    start += prefix.Length;
                }
            }

            (start, end) = Trim(text, start, end);
            if (start >= end)
            {
                listing = false;
                continue;
            }

            nonEmptySeen++;
            if (nonEmptySeen <= TopLines)
            {
                start = DropStampPrefix(text, start, end, dropped);
            }

            var line = text[start..end];
            var kind = ClassifyLine(line, nonEmptySeen);
            if (kind is null && firstContentLine < 0 && IsSectionLabel(line) && HasHeadlineAfter(text, lines, index, WordCount(line) == 1))
            {
                kind = DroppedKinds.SectionLabel;
            }

            // The headlines listed under "Lire aussi", "Les plus lus", "Keep reading": each line up to the next blank one.
            if (kind is null && listing && IsListedHeadline(line))
            {
                kind = DroppedKinds.ReadAlso;
            }

            listing = kind is not null && (listing || kind == DroppedKinds.ReadAlso);

            var previous = PreviousNonEmpty(text, lines, index);
            if (kind == DroppedKinds.VideoCaption && IsShortVideoLabel(line) && previous >= 0 && kindOfLine[previous] is null or DroppedKinds.AppendedTeaser)
            {
                RetractToVideoCaption(text, lines, previous, dropped, kindOfLine);
            }

            if (kind is null && endOfBody)
            {
                kind = DroppedKinds.AppendedTeaser;
            }

            if (kind is not null)
            {
                dropped.Add(new DroppedSpan(start, end - start, kind));
                kindOfLine[index] = kind;
                if (start >= endThreshold && IsEndMarker(kind, line))
                {
                    endOfBody = true;
                }

                continue;
            }

            var keptStart = DropInlineParts(text, start, end, dropped);
            if (keptStart < end)
            {
                if (firstContentLine < 0 && WordCount(line) >= 4)
                {
                    firstContentLine = index;
                }
            }

            if (start >= endThreshold && AgencySignature().IsMatch(line, Math.Max(0, line.Length - 40)))
            {
                endOfBody = true;
            }
        }

        DropTrailingTeaser(text, lines, kindOfLine, dropped, endThreshold);
        dropped.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new CleanedArticle(text, dropped, prefixDate);
    }

    /// <summary>
    /// The first line when it reads like a headline, else the first sentence, cut at a word boundary. A
    /// rubric before the headline on its line ("Faits divers. Un automobiliste flashé…") is left out.
    /// </summary>
    public static string GuessTitle(string firstLine)
    {
        var sentenceEnd = SentenceEnd().Match(firstLine);
        if (sentenceEnd.Success && firstLine[sentenceEnd.Index] == '.' && WordCount(firstLine[..sentenceEnd.Index]) <= 3
            && firstLine.AsSpan(sentenceEnd.Index + 1).Trim().Length > 0)
        {
            return GuessTitle(firstLine[(sentenceEnd.Index + 1)..].TrimStart());
        }

        // A headline line keeps its second sentence ("Critérium du Dauphiné. Roglič s'impose au Collet"); a paragraph is cut after its first.
        var headline = firstLine.Length <= MaxTitleLength && !ClosedSentence().IsMatch(firstLine);
        var title = sentenceEnd.Success && sentenceEnd.Index < MaxTitleLength && !headline ? firstLine[..(sentenceEnd.Index + 1)] : firstLine;
        if (title.Length <= MaxTitleLength)
        {
            return title;
        }

        var cut = title.LastIndexOf(' ', MaxTitleLength);
        return string.Concat(title.AsSpan(0, cut > 0 ? cut : MaxTitleLength), "…");
    }

    /// <summary>
    /// A word of comments with a word of rules beside it ("Comments are closed", "Merci de rester courtois dans vos
    /// commentaires"), not a story's "public comment" with its "community" a sentence away.
    /// </summary>
    private static bool IsCommentPolicy(string line)
    {
        const int Near = 60;
        foreach (var comment in CommentWord().EnumerateMatches(line))
        {
            var from = Math.Max(0, comment.Index - Near);
            var to = Math.Min(line.Length, comment.Index + comment.Length + Near);
            if (PolicyWord().IsMatch(line.AsSpan(from, to - from)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStorySentence(string line) => ClosedSentence().IsMatch(line) && !BylineOpening().IsMatch(line);

    private static string? ClassifyLine(string line, int nonEmptyIndex)
    {
        if (CommentPrompt().IsMatch(line))
        {
            return DroppedKinds.CommentPrompt;
        }

        if (line.Length < 500 && line.Contains("omment", StringComparison.OrdinalIgnoreCase) && IsCommentPolicy(line))
        {
            return DroppedKinds.CommentPolicy;
        }

        if (ReadAlso().IsMatch(line))
        {
            return DroppedKinds.ReadAlso;
        }

        if (Navigation().IsMatch(line) || (line.Length <= 250 && NewsletterPromo().IsMatch(line)))
        {
            return DroppedKinds.Navigation;
        }

        if (Hashtags().IsMatch(line))
        {
            return DroppedKinds.Hashtags;
        }

        if (CreditLine().IsMatch(line) || (line.StartsWith("Photo", StringComparison.OrdinalIgnoreCase) && PhotoByName().IsMatch(line)))
        {
            return DroppedKinds.ImageCredit;
        }

        if (CaptionLine().IsMatch(line))
        {
            return DroppedKinds.ImageCaption;
        }

        if (VideoLine().IsMatch(line) || Duration().IsMatch(line, Math.Max(0, line.Length - 12)))
        {
            return DroppedKinds.VideoCaption;
        }

        if (DateStampLine().IsMatch(line))
        {
            return DroppedKinds.DateStamp;
        }

        if (line.Length <= 100 && (DatelineMarker().IsMatch(line) || (nonEmptyIndex <= TopLines && BylineWithDate().IsMatch(line))) && line.Any(char.IsAsciiDigit))
        {
            return DroppedKinds.Dateline;
        }

        // Under the story: "— La Gazette du Rhône, mis en ligne le jeudi 13 novembre 2025 à 19h40".
        if (line.Length <= 120 && nonEmptyIndex > TopLines && SignedDateline().IsMatch(line))
        {
            return DroppedKinds.Dateline;
        }

        // A time with a dated day near the top is a dateline ("Par la rédaction, le 10 mars 2022 à
        // 16h20"), unless the line is a sentence of the story ("Macron est arrivé le 3 mars à 18h30.");
        // anywhere, a line that is only a date and its time ("Sunday 13 July 2025 20:41 BST", as some
        // pages print under the story; not a timeline's "March 3, 2022").
        if (line.Length <= 120
            && (nonEmptyIndex <= TopLines
                ? WrittenDates.IsMostlyDate(line) || (Time().IsMatch(line) && WrittenDates.FirstWithYear(line) is not null && !IsStorySentence(line))
                : line.Length <= 60 && Time().IsMatch(line) && WrittenDates.IsMostlyDate(line)))
        {
            return DroppedKinds.Dateline;
        }

        // The writers are not the story's people: "By Philip Blenkinsop and Jan Strupczewski", "By court reporter Mia Kostas", "Par
        // Anne-Laure Mercier, correspondante à Rio", "(Reporting by …; Editing by …)", "Avec AFP".
        if (line.Length <= 300 && (Credits().IsMatch(line) || (line.Length <= 150 && (BylineLine().IsMatch(line) || AgencyShare().IsMatch(line) || WriterWithTrade().IsMatch(line) || (MayBeWriterBio(line) && WriterBio().IsMatch(line))
            || (nonEmptyIndex is > 1 and <= TopLines && line.Length <= 60 && WriterAlone().IsMatch(line))))))
        {
            return DroppedKinds.Byline;
        }

        // A press release's foot: "About the University of Oxford" (not as the headline), "Media contact: …", "SOURCE …".
        if (line.Length <= 200 && (PressContact().IsMatch(line) || (nonEmptyIndex > 1 && AboutHeading().IsMatch(line))))
        {
            return DroppedKinds.Byline;
        }

        return null;
    }

    // A date stamp with its time that opens a line near the top, the rest of the line run on after it
    // ("01.02.2022, 18:41 Le chancelier…"): the stamp goes, the rest is read as a line of its own.
    private static int DropStampPrefix(string text, int start, int end, List<DroppedSpan> dropped)
    {
        var stamp = DateStampPrefix().Match(text, start, end - start);
        if (!stamp.Success || stamp.Length == end - start)
        {
            return start;
        }

        dropped.Add(new DroppedSpan(start, stamp.Length, DroppedKinds.DateStamp));
        return start + stamp.Length;
    }

    // Glued credits ("…le 21 janvier 2022.Image: sda") make the rest of the line a caption; a dateline
    // opens a paragraph ("MOSCOW, Feb. 1, 2022 — ").
    private static int DropInlineParts(string text, int start, int end, List<DroppedSpan> dropped)
    {
        // "(Photo by Zorglub Tartempion/Getty Images) The Princess of Wales presents…": a credit that opens its caption.
        if (text[start] == '(' && LeadingCredit().Match(text, start, Math.Min(80, end - start)) is { Success: true } leading)
        {
            dropped.Add(new DroppedSpan(start, leading.Length, DroppedKinds.ImageCredit));
            if (start + leading.Length < end)
            {
                dropped.Add(new DroppedSpan(start + leading.Length, end - start - leading.Length, DroppedKinds.ImageCaption));
            }

            return end;
        }

        // A photographer and an outlet ("Zorglub Tartempion/AP") are looked for only where a slash stands.
        var tail = Math.Max(start, end - 64);
        var credit = GluedCredit().Match(text, tail, end - tail);
        if (!credit.Success && text.AsSpan(tail, end - tail).Contains('/'))
        {
            credit = SlashCredit().Match(text, tail, end - tail);
        }

        if (!credit.Success && text.AsSpan(tail, end - tail).Contains(" for ", StringComparison.Ordinal))
        {
            credit = ForOutletCredit().Match(text, tail, end - tail);
        }

        if (credit.Success && credit.Index > start)
        {
            dropped.Add(new DroppedSpan(start, credit.Index - start, DroppedKinds.ImageCaption));
            dropped.Add(new DroppedSpan(credit.Index, end - credit.Index, DroppedKinds.ImageCredit));
            return end;
        }

        var dateline = DatelinePrefix().Match(text, start, end - start);
        if (!dateline.Success && text.AsSpan(start, Math.Min(60, end - start)).Contains('['))
        {
            dateline = AgencyDatelinePrefix().Match(text, start, end - start);
        }

        if (dateline.Success && dateline.Index == start && dateline.Length < end - start)
        {
            dropped.Add(new DroppedSpan(start, dateline.Length, DroppedKinds.Dateline));
            return start + dateline.Length;
        }

        return start;
    }

    private static bool IsEndMarker(string kind, string line) =>
        kind is DroppedKinds.CommentPolicy or DroppedKinds.CommentPrompt
        || (kind is DroppedKinds.ReadAlso && EndOfArticleTeaser().IsMatch(line))
        || (kind is DroppedKinds.Byline && (Credits().IsMatch(line) || AboutHeading().IsMatch(line)));

    private static bool IsSectionLabel(string line) =>
        line.Length <= 30 && WordCount(line) <= 3 && !line.Any(char.IsDigit) && !".!?:;,»\"”".Contains(line[^1], StringComparison.Ordinal);

    private static bool IsListedHeadline(string line) => line.Length <= 200 && WordCount(line) <= 30 && line[^1] is not ('.' or ':' or ';' or ',');

    private static bool IsShortVideoLabel(string line) => ShortVideoLabel().IsMatch(line);

    private static void RetractToVideoCaption(string text, List<(int Start, int End)> lines, int lineIndex, List<DroppedSpan> dropped, string?[] kindOfLine)
    {
        var (start, end) = Trim(text, lines[lineIndex].Start, lines[lineIndex].End);
        var line = text[start..end];
        if (WordCount(line) > 15 || ".!?".Contains(line[^1], StringComparison.Ordinal))
        {
            return;
        }

        dropped.RemoveAll(d => d.Start >= start && d.Start < end);
        dropped.Add(new DroppedSpan(start, end - start, DroppedKinds.VideoCaption));
        kindOfLine[lineIndex] = DroppedKinds.VideoCaption;
    }

    /// <summary>
    /// The last line, when it is the headline of another story appended after the body with no marker of its own: under
    /// a line already dropped (a video's title, a credit, a teaser) and ending without a stop, as headlines and cut copies
    /// do ("Vidéo : Philippe Aghion, l'économiste…" then "Équipe de France : blessé à la cheville, Kylian Mbappé forfait…").
    /// A body cut mid-word has its own text above it, or is longer than a headline (over 20 words), and is kept.
    /// </summary>
    private static void DropTrailingTeaser(string text, List<(int Start, int End)> lines, string?[] kindOfLine, List<DroppedSpan> dropped, int endThreshold)
    {
        var last = PreviousNonEmpty(text, lines, lines.Count);
        if (last < 1 || kindOfLine[last] is not null)
        {
            return;
        }

        var (start, end) = Trim(text, lines[last].Start, lines[last].End);
        var previous = PreviousNonEmpty(text, lines, last);
        if (start < endThreshold || previous < 0 || kindOfLine[previous] is not (DroppedKinds.VideoCaption or DroppedKinds.ReadAlso or DroppedKinds.ImageCredit or DroppedKinds.Hashtags)
            || ClosedSentence().IsMatch(text.AsSpan(start, end - start)) || text[end - 1] is ')' or ':' || WordCount(text[start..end]) > 20)
        {
            return;
        }

        dropped.RemoveAll(d => d.Start >= start && d.Start < end);
        dropped.Add(new DroppedSpan(start, end - start, DroppedKinds.AppendedTeaser));
        kindOfLine[last] = DroppedKinds.AppendedTeaser;
    }

    private static int PreviousNonEmpty(string text, List<(int Start, int End)> lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var (start, end) = Trim(text, lines[i].Start, lines[i].End);
            if (start < end)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the next line of four words or more reads as the headline, so that a short line before it is
    /// a section label ("International", "Guerre en Ukraine"). When that line is a sentence of the body, the
    /// short line is the headline itself ("Macron à Berlin"); a single word is a label before any longer line.
    /// </summary>
    private static bool HasHeadlineAfter(string text, List<(int Start, int End)> lines, int index, bool oneWord)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            var (start, end) = Trim(text, lines[i].Start, lines[i].End);
            if (start < end && WordCount(text[start..end]) >= 4)
            {
                return oneWord || (end - start <= MaxTitleLength * 2 && text[end - 1] is not ('.' or '…'));
            }
        }

        return false;
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    [GeneratedRegex(@"^(?:commentez cette histoire(?:\s+commentaires?)?|commenter(?: cet article)?|réagissez(?: à cet article)?|réagir(?: à cet article)?|laisse[rz] un commentaire|(?:leave|add|post) a comment|comment on this (?:story|article)|join the (?:conversation|discussion)|(?:voir|afficher) les commentaires|(?:show|view|read) comments|\d+\s+(?:commentaires?|comments?|réactions?)|commentaires?|comments?)\s*[.!:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPrompt();

    [GeneratedRegex(@"\b(?:commentaires?|comments?|commenting|commentaire)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentWord();

    [GeneratedRegex(@"(?:modér|moderat|ferm[eé]|closed?\b|charte|courtois|policy|guidelines|civil|injurieu|règles|rules|respectueu|community|communauté)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PolicyWord();

    [GeneratedRegex(@"^(?:(?:à|a)\s+)?(?:lire|voir)\s+(?:aussi|également|egalement|encore)\b|^(?:read|see|watch)\s+(?:also|more|next)\b|^also\s+(?:read|see|watch)\b|^plus de\s*«[^»]{1,40}»\s*$|^lisez\s+(?:aussi|également)\b|^sur le même sujet\b|^more (?:from|on|stories)\b|^more in [\p{L}&' ]{1,30}:|^(?:coming up|up next|next up|à suivre)\s*:|^related(?:\s+(?:articles?|stories|coverage|content|news|posts|reading|links))?\s*[:|-]?$|^related\s*:\s+\p{Lu}|^(?:recommended(?: for you)?|you may also like|vous aimerez aussi|à découvrir|découvrez aussi|nos articles sur)\b|^(?:les plus (?:lus|partagés|commentés)|(?:most|the most) (?:viewed|read|popular|shared)|top (?:headlines|stories)|trending(?: now)?|keep reading|related topics|explore more on these topics|more on this story|sponsored content|dans la même rubrique|sur le même thème|à lire également)\s*:?$|^[►▶»>•]\s*(?:(?:à|a)\s+)?(?:lire|voir)\b|^(?-i:LIRE\s+\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadAlso();

    [GeneratedRegex(@"^(?:more (?:from|stories)|related(?!\s+topics)|recommended|you may also like|vous aimerez aussi|les plus (?:lus|partagés|commentés)|(?:most|the most) (?:viewed|read|popular|shared)|top (?:headlines|stories)|sponsored content)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndOfArticleTeaser();

    [GeneratedRegex(@"^(?:(?:partager|partagez|share|tweet|tweeter|imprimer|print|envoyer|e-?mail|copier le lien|copy link)(?:\s+(?:cet article|this article|this story|sur \w+|on \w+))?|publicité|advertisement|sponsorisé|sponsored|annonce|\[?ad\]?|suivre|follow|list of \d{1,2} items|end of list|save|share\d?|font size|n[ée]tiquette|reuse this content|after newsletter promotion|why you can trust \S+|cookies on .{1,60}|click here to share.{0,40}|help keep family & friends informed.{0,60}|filed under\s*:.{1,200}|copyright\s*(?:\(c\)|©)?\s*\d{4}\b.{0,250}|\d{1,2}\s*mn|for immediate release|pour (?:diffusion|publication) immédiate|\d{1,2}\s*min(?:utes?)?\s+(?:(?:de\s+)?temps\s+de\s+lecture|de\s+lecture|lecture|read)|(?:temps\s+de\s+)?lecture\s*:?\s*\d{1,2}\s*min(?:utes?)?|reading\s+time\s*:?\s*\d{1,2}\s*min(?:utes?)?)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Navigation();

    // A newsletter's or a subscription's call: "Newsletter « La Matinale » Chaque matin, … S'inscrire", "Get our journalism every morning. Sign up".
    // The button's label ends the line capitalised, as a button is written, not as a sentence's last word.
    [GeneratedRegex(@"^(?i:newsletter|cet article (?:vous a été utile|est réservé aux abonnés)|vous (?:lisez un article en accès libre|avez aimé cet article)|tu veux en savoir plus|stay updated with|download the .{1,60} app|sign up (?:to|for) )\b|(?:S['’]inscrire|Inscrivez-vous|Je m['’]abonne|Abonnez-vous|Sign [Uu]p|Subscribe(?: [Nn]ow)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterPromo();

    [GeneratedRegex(@"^(?:#[\p{L}\p{N}_]+[\s,;]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtags();

    [GeneratedRegex(@"^(?:(?:image|images|photo|photos|photograph|foto|bild|crédits?(?: photo)?|credits?|illustration|photographie|source photo)\s*:\s*\S.{0,80}|image source\s*,\s*\S.{0,60}|photo\s+[^:/]{1,40}/\s*\S.{0,40}|©\s*\S.{0,80}|\((?:photo|image)s?\b[^)]{0,80}\)|(?:AP|AFP|Reuters|Getty Images|Keystone|EPA)(?:\s*/\s*\S.{0,40}|\s+Photo\b.{0,60}))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditLine();

    // "FILE - …", or a caption that ends with its photographer's credit in capitals: "…, le 14 octobre 2025. LUDOVIC MARIN / AFP",
    // "…, August 14, 2025. REUTERS/Zorglub Tartempion".
    [GeneratedRegex(@"^(?:FILE|PHOTO D'ARCHIVES|PHOTO D’ARCHIVES|ARCHIVES)\s*[-–—:]\s+|[.)]\s+(?:\p{Lu}[\p{Lu}'’-]+\s+){1,3}\p{Lu}[\p{Lu}'’-]+\s*/\s*(?:AFP|AP|REUTERS|Reuters|EPA|EPA-EFE|SIPA|MAXPPP|ABACA|Getty Images|HANS LUCAS|Hans Lucas|PANORAMIC|Bloomberg|POOL)[\p{L} /.-]{0,30}$|[.)]\s+(?:REUTERS|AFP|AP|EPA)\s*/\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionLine();

    [GeneratedRegex(@"^(?:\[?vid[ée]o\]?|(?:vid[ée]o|watch|regarder|regardez)\s*[:|–—-]\s*\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VideoLine();

    [GeneratedRegex(@"^vid[ée]o\s*:\s*\S+(?:\s+\S+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortVideoLabel();

    [GeneratedRegex(@"\(\d{1,2}:\d{2}(?::\d{2})?\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    // A line that is only a date stamp: "01.02.2022, 18:4102.02.2022, 07:38", "12-03-2024 09:30", ISO "2026-12-03T10:15:00+01:00",
    // or year first with slashes and a zone, as Japanese and Chinese sites write it: "2025/10/22 06:30 JST".
    [GeneratedRegex(@"^(?:(?:\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|-\d{1,2}-\d{4})(?:,?\s*(?:à\s*)?\d{1,2}[:h]\d{2})?\s*)+|(?:19|20)\d{2}(?<sep>[-/])\d{2}\k<sep>\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2}))?)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex DateStampLine();

    // Stamps that carry their time, so that a sentence opening with a date is not taken for one.
    [GeneratedRegex(@"^(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s*(?:à\s*)?\d{1,2}[:h]\d{2}\s*)+(?!\d)(?:[-–—|:]\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex DateStampPrefix();

    [GeneratedRegex(@"[.!?…][»”""]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosedSentence();

    [GeneratedRegex(@"^(?:par|by|de notre|d'après|d’après|from)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineOpening();

    // Names written in a byline: capitalised words, with the particles between them ("Ursula von der Leyen").
    private const string BylineName = @"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|[""“][\p{L}\d'’ .-]{1,20}[""”]|(?:de|da|di|du|des|del|della|dos|das|do|van|von|der|den|ter|ten|af|zu|le|la|al|el|bin|ben|ibn)(?=\s+\p{Lu})))*";

    // "By A and B", "Par A, B et C", "Propos recueillis par A", then a place or a role: "in Brussels", ", correspondante à Rio", "| AFP". Never a sentence.
    [GeneratedRegex(@"^(?:[\p{L}\d][\p{L}\d ]{0,30}\s*[/|]\s*)?(?i:(?:(?:photographs?|photos?|illustrations?|graphics?|video|live\s+(?:page|blog|coverage|updates?))\s+)?by|par|(?:propos\s+)?recueillis\s+par|interview(?:ed)?\s+by)(?:\s*:)?\s+(?:(?:\p{Ll}+\s+){0,2}(?:reporter|correspondent|editor|writer|journalist|journaliste|correspondant|correspondante)\s+)?" + BylineName + @"(?:(?:\s*,\s*|\s+(?i:and|et)\s+|\s*&\s*)" + BylineName + @")*(?:\s+(?:in|à|en)\s+[^.!?,]{1,40})?(?:\s*[,|/–—-]\s*[^.!?]{1,80})?$", RegexOptions.CultureInvariant)]
    private static partial Regex BylineLine();

    // A writer named with their trade: "Martin Wall, Washington Correspondent", "Dave McMenamin, ESPN Staff Writer", "Julie Dupont, envoyée spéciale à Kiev".
    [GeneratedRegex(@"^" + BylineName + @"\s*,\s*(?:[\p{L}'’ ]{0,40}\s)?(?i:correspondent|writer|reporter|editor|journalist|columnist|journaliste|correspondant|correspondante|envoyée?\s+spéciale?|rédacteur|rédactrice|chroniqueur|chroniqueuse)(?:\s+[\p{L}'’ ]{0,30})?$", RegexOptions.CultureInvariant)]
    private static partial Regex WriterWithTrade();

    // Under the headline, a name alone on its line, or with where it was written or for whom: "Tommy Chouinard", "Marie-Ève Tremblay", "Tumaini Carayol at
    // Melbourne Park", "Mathilde Roux, Davos", "Éloïse Chartrand-Baker · CBC News"; or the names of a live page's writers: "Hannah O'Neill, Tom Barker and
    // Priya Raman".
    private const string WriterName = @"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*(?:\s+\p{Lu}[\p{L}'’-]+|\s+\p{Lu}(?=\s+\p{Lu})){1,2}";

    [GeneratedRegex(@"^(?:" + WriterName + @"(?:\s*,\s*" + WriterName + @")*\s+(?:and|et|&)\s+" + WriterName + @"$|" + WriterName + @")(?:\s+(?:at|in|à)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|\s*,\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|\s*[·•]\s*\p{Lu}[\p{L}\d'’.-]*(?:\s+\p{Lu}[\p{L}\d'’.-]*){0,3})?$", RegexOptions.CultureInvariant)]
    private static partial Regex WriterAlone();

    // A writer's line about themselves: "Zorglub Tartempion covers health for the Gazette.", "Zorglub Tartempion is a sports reporter at
    // The Courier, covering…", "Zorglub Tartempion est journaliste à la rubrique culture depuis 2018.", "Zorglub Tartempion is Housing
    // Correspondent".
    [GeneratedRegex(@"^(?:[—–-]\s*)?" + BylineName + @"\s+(?:(?:is|est)\s+(?:(?:a|an|un|une|the|le|la|l['’])\s*)?(?:[\p{L}'’-]+\s+){0,3}?(?i:reporter|correspondent|writer|editor|journalist|columnist|commentator|contributor|journaliste|correspondant|correspondante|rédacteur|rédactrice|chroniqueur|chroniqueuse|éditorialiste|photographer|photographe)(?:\s+(?:at|for|with|and|à|au|pour|de|du|chez|et)\b|,|\.?$)|(?:covers|couvre)\s)[^!?]{0,150}$", RegexOptions.CultureInvariant)]
    private static partial Regex WriterBio();

    // A photographer's credit with no colon: "Photo Zorglub Tartempion".
    [GeneratedRegex(@"^(?:Photo|Photos|PHOTO|PHOTOS)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotoByName();

    // The credits at the foot of a wire story: "(Reporting by …)", "— With files from …", "Avec la collaboration de …", "Author of
    // the article: …".
    [GeneratedRegex(@"^\(?(?:(?:additional\s+)?reporting|writing|editing|edited|written|compiled|research|graphics?)\s+by\b|^.{0,150}\bcontributed to this (?:report|story)\.?\)?$|^(?:[—–-]\s*)?with files from\s+\p{Lu}|^avec (?:la collaboration|les informations) de\s+\p{Lu}|^(?:author of the article|auteur(?:e)? de l['’]article)\s*:|^(?:par|de|avec|from|by|with)\s+(?:notre|nos|our)\s+(?:envoyée?s?\s+spéciale?s?|correspondante?s?|special\s+correspondents?|correspondents?|reporters?)(?:\s+(?:à|en|au|aux|in)\s+[^,]{1,40})?\s*,\s*\p{Lu}[^,.!?]{1,60}$|^(?:[\p{L}.]+\s+){0,3}(?:writers?|reporters?|correspondents?|journalists?)\s+\p{Lu}[^.!?]{1,80}\s+contributed\.?\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credits();

    [GeneratedRegex(@"^(?:(?i:(?:media|press)\s+(?:contacts?|inquiries|enquiries)|contacts?\s+(?:presse|médias?)|relations\s+presse)\s*:|SOURCE\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex PressContact();

    [GeneratedRegex(@"^(?:About|À propos de|A propos de)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+)?\p{Lu}[^.!?:;,]{0,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex AboutHeading();

    // An agency's share in a story: "Avec AFP", "(avec agences)", "Le Monde avec AFP", "franceinfo avec AFP".
    [GeneratedRegex(@"^\(?(?:[\p{L}\d][\p{L}\d'’ ]{0,30}\s+)?avec\s+(?:l['’])?(?:AFP|Reuters|AP|ATS|Belga|agences?)\)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyShare();

    [GeneratedRegex(@"^(?:[—–-]\s*)?\p{Lu}[\p{L}'’ ]{1,40},\s+(?i:publié|publiée|mis en ligne|mis à jour|published|updated|posted)\b[^.!?]{0,40}(?:19|20)\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex SignedDateline();

    [GeneratedRegex(@"^(?:publié|publiée|publication|mis en ligne|mis à jour|mise à jour|modifié|modifiée|actualisé|actualisée|paru|published|updated|posted|last updated|last modified|first published)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatelineMarker();

    // A byline with its date after a bar: "Par Laurent Decotte | Publié le 24/10/2023", "By Anna Smith | Updated March 3, 2024".
    [GeneratedRegex(@"^(?i:par|by)\s.{1,60}[|•·]\s*(?i:publié|publiée|mis en ligne|mis à jour|published|updated|posted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BylineWithDate();

    [GeneratedRegex(@"(?<!\d)(?:[01]?\d|2[0-3])\s?(?:h|:)\s?[0-5]\d(?!\d)|(?<!\d)1?\d(?::[0-5]\d)?\s?(?:AM|PM|a\.m\.|p\.m\.)", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<=[.!?»”""\p{Ll}\d)])\s*(?:(?:Image|Images|Photo|Photos|Photograph|Bild|Foto|Crédits?(?: photo)?|Credit)\s?:\s?[\p{L}][\p{L}\p{N} /.&'’-]{0,50}|©\s?[\p{L}][\p{L}\p{N} /.&'’-]{0,50}|\((?:AAP|AP|AFP|Reuters|ABC News|Getty Images|EPA|Supplied|Xinhua|Anadolu)\s?[:/]\s?[^)\n]{1,50}\)|\(\p{Lu}{2,8} Photos?\s?/\s?[^)\n]{1,50}\)|\((?:Photo|Photos|Photograph|Image|Credit)(?:\s?:|\s+by)\s?[^)\n]{1,60}\)|\((?:Photo|Photos)\s[^)/\n]{1,50}/\s?[^)\n]{1,40}\)|(?:Photo|Photos)\s(?:archives?\s)?[\p{L}][\p{L}\p{N} .&'’-]{0,50}\s?/\s?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}|\((?:ABC|BBC|CBC|SBS|RNZ|RTÉ|RTE)[\p{L} ]{0,30}:\s?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\)|\[(?:KEYSTONE|AFP|AP|Reuters|EPA|Getty Images|Sipa|ANP|Belga|DPA)\s?[-–/:]\s?[^\]\n]{1,50}\]|\[[^\]\n]{1,80}(?:via|/)\s?(?:Reuters|AFP|AP|Getty Images|EPA|Anadolu)\])$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedCredit();

    // "… in Kyiv. Zorglub Tartempion/AP", "File Photo by Zorglub Tartempion/Health Wire", "(Zorglub Tartempion/Gallo Images)".
    [GeneratedRegex(@"(?<=[.!?»”""\p{Ll}\d)])\s*(?:(?:(?:File\s)?Photo\sby\s)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s?/\s?\p{Lu}[\p{L}&'’-]*(?:[\s-]\p{Lu}[\p{L}&'’-]*){0,3}|\(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s?/\s?[^)\n]{1,40}\))$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashCredit();

    [GeneratedRegex(@"^\((?:Photo|Photos|Photograph|Picture|Image|Credit)(?:\s?:|\s+by)\s?[^)\n]{1,60}\)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingCredit();

    // "… in Montpelier. Eli Marchand for The Northern Review": a photographer working for the outlet.
    [GeneratedRegex(@"(?<=[.!?»”""])\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\sfor\s(?:The\s)?\p{Lu}[\p{L}&'’-]*(?:\s\p{Lu}[\p{L}&'’-]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex ForOutletCredit();

    // "MOSCOW, Feb. 1, 2022 — ", "LONDON (AP) — ", "PARIS/ALGIERS, Aug 7 (Reuters) - ", or a place as prose writes it when a
    // day with its year follows: "Paris, 7 mai 2025 - ", "Washington, May 7, 2025 — ", "Dakar, le 2 avril 2025 (APS) – " (not
    // "Macron, élu en 2017 - …").
    [GeneratedRegex(@"^(?:(?:\p{Lu}[\p{Lu}'’.]{2,}|\p{Lu}[\p{Lu}'’.]+(?=[ -]\p{Lu}))(?:[ /-]\p{Lu}[\p{Lu}'’.]+)*(?:,\s*[^—–\n()]{3,40}?)?\s*(?:\([^)\n]{1,40}\)\s*)?|\p{Lu}[\p{Ll}'’]+(?:[ -]\p{Lu}[\p{Ll}'’]+){0,2},\s*(?:le\s+)?(?:\p{L}+,?\s+)?(?:\d{1,2}(?:er)?\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},?)\s+(?:19|20)\d{2}\s*(?:\([^)\n]{1,40}\)\s*)?)(?:[—–]|--|-(?=\s))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePrefix();

    // The Indian agencies' dateline, looked for only where a bracket stands: "Dhemaji (Assam) [India], June 18 (ANI): ".
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’ -]{1,30}(?:\s*\([^)\n]{1,30}\))?\s*\[[^\]\n]{1,20}\],\s*\p{L}+\.?\s+\d{1,2}\s*\((?:ANI|PTI|IANS|UNI)\)\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDatelinePrefix();

    // Asked of every short line: the writer's own line needs one of its verbs.
    private static bool MayBeWriterBio(string line) =>
        line.Contains(" is ", StringComparison.Ordinal) || line.Contains(" est ", StringComparison.Ordinal)
        || line.Contains(" covers ", StringComparison.Ordinal) || line.Contains(" couvre ", StringComparison.Ordinal);

    [GeneratedRegex(@"(?:\((?:[a-z]{2,6}/)*[a-z]{2,6}\)|\((?:AFP|Reuters|AP|ATS|Belga|dpa|ANSA)\))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AgencySignature();

    // A sentence ends at . ! ? or … before a capital or the end, but not after an initial such as "M."
    [GeneratedRegex(@"(?<!(?:^|\s)\p{Lu})[.!?…](?=\s+[\p{Lu}«""“]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
