using EventNews.Analysis.Stories;

namespace EventNews.Analysis.Tests.Stories;

public class FingerprintPartsTests
{
    [Theory]
    [InlineData("plus de 100 000 soldats", "100000")]
    [InlineData("more than 100,000 troops", "100000")]
    [InlineData("plus de 100.000 soldats", "100000")]
    [InlineData("100000 soldiers", "100000")]
    [InlineData("plus de 100\u00A0000 soldats", "100000")]
    [InlineData("une hausse de 5 %", "5%")]
    [InlineData("a 5% rise", "5%")]
    [InlineData("5 pour cent de plus", "5%")]
    [InlineData("up 5 percent", "5%")]
    [InlineData("une croissance de 2,5 %", "2.5%")]
    [InlineData("1.5 billion", "1.5")]
    [InlineData("1,5 milliard", "1.5")]
    [InlineData("condamné à vingt-cinq ans", "25")]
    [InlineData("sentenced to twenty-five years", "25")]
    [InlineData("en 2014", "2014")]
    public void Numbers_are_normalised_whatever_their_writing(string text, string expected)
    {
        Assert.Contains(expected, NumberTokens.Extract(text));
    }

    [Fact]
    public void Date_and_time_stamps_are_not_numbers_of_the_story()
    {
        Assert.Empty(NumberTokens.Extract("01.02.2022, 18:4102.02.2022, 07:38"));
        Assert.Empty(NumberTokens.Extract("Publié le 30/07/2022 à 08h15"));
    }

    [Fact]
    public void A_year_says_less_than_a_troop_count()
    {
        Assert.True(NumberTokens.Specificity("2022") < NumberTokens.Specificity("100000"));
        Assert.True(NumberTokens.Specificity("7%") < NumberTokens.Specificity("12.5%"));
    }

    [Fact]
    public void Shingles_of_the_same_words_are_the_same_and_one_edit_changes_only_a_few()
    {
        var text = "le secrétaire d'Etat américain a parlé avec son homologue russe pendant une heure vendredi soir";
        var original = MinHash.Shingles(Tokens.Read(text), 4);
        var folded = MinHash.Shingles(Tokens.Read(text.ToUpperInvariant().Replace("É", "E", StringComparison.Ordinal)), 4);
        var edited = MinHash.Shingles(Tokens.Read(text.Replace("une heure", "deux heures", StringComparison.Ordinal)), 4);

        Assert.Equal(original, folded);
        Assert.True(original.Intersect(edited).Count() >= original.Length - 5);
    }

    [Fact]
    public void Words_read_on_many_threads_and_past_the_pools_capacity_are_folded_hashed_and_skeletonised_alike()
    {
        // More distinct words than the shared pool keeps, so it starts again empty while other threads read.
        var words = Enumerable.Range(0, FoldedWords.Capacity + 20_000).Select(i => $"Énergie{i}").ToArray();
        var texts = words.Chunk(5_000).Select(chunk => "Selon l'Ukraine, " + string.Join(' ', chunk)).ToArray();

        var read = new List<Token>[texts.Length];
        Parallel.For(0, texts.Length, i => read[i] = Tokens.Read(texts[i]));

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(["selon", "l", "ukraine", .. texts[i][17..].Split(' ').Select(w => "e" + w[1..].ToLowerInvariant())], read[i].Select(t => t.Text));
            Assert.All(read[i], token =>
            {
                Assert.Equal(StableHash.Of(token.Text), token.Hash);
                Assert.Equal(StopWords.Contains(token.Text) ? null : StoryFingerprinter.Skeleton(token.Text), token.Skeleton);
                Assert.Equal(NumberTokens.MayOpenWrittenNumber(token.Text), token.MayOpenWrittenNumber);
            });
        }

        var longWord = new string('x', FoldedWords.MaxPooledLength + 1);
        Assert.Equal([longWord, longWord], Tokens.Read($"{longWord} {longWord}").Select(t => t.Text));
        Assert.Equal(StableHash.Of(longWord), Tokens.Read(longWord)[0].Hash);

        Assert.Null(read[0][0].Skeleton);
        Assert.True(read[0][2].IsProperNoun);
        Assert.False(read[0][0].IsProperNoun);
    }

    [Fact]
    public void MinHash_agrees_everywhere_on_equal_sets_and_almost_nowhere_on_disjoint_ones()
    {
        var a = MinHash.Shingles(Tokens.Read(string.Join(' ', Enumerable.Range(0, 300).Select(i => $"mot{i}"))), 4);
        var b = MinHash.Shingles(Tokens.Read(string.Join(' ', Enumerable.Range(1000, 300).Select(i => $"mot{i}"))), 4);

        Assert.Equal(1.0, MinHash.Jaccard(MinHash.Signature(a, 64), MinHash.Signature(a, 64)));
        Assert.True(MinHash.Jaccard(MinHash.Signature(a, 64), MinHash.Signature(b, 64)) < 0.05);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(256)]
    [InlineData(13)]
    public void MinHash_signature_holds_the_least_high_half_of_each_permutation(int length)
    {
        var shingles = MinHash.Shingles(Tokens.Read(string.Join(' ', Enumerable.Range(0, 120).Select(i => $"mot{i * 7}"))), 3);
        var (a, b) = MinHash.PermutationsFor(length);
        var expected = Enumerable.Range(0, length)
            .Select(i => unchecked((int)shingles.Min(shingle => (uint)(((a[i] * shingle) + b[i]) >> 32))))
            .ToArray();

        Assert.Equal(expected, MinHash.Signature(shingles, length));
    }

    [Fact]
    public void MinHash_side_by_side_gives_the_minima_of_one_permutation_at_a_time()
    {
        var shingles = MinHash.Shingles(Tokens.Read(string.Join(' ', Enumerable.Range(0, 90).Select(i => $"word{i}"))), 2);
        var length = 8 * System.Numerics.Vector<ulong>.Count;
        var (a, b) = MinHash.PermutationsFor(length);
        var sideBySide = Enumerable.Repeat((ulong)uint.MaxValue, length).ToArray();
        var oneByOne = sideBySide.ToArray();

        MinHash.MinimaSideBySide(shingles, a, b, sideBySide);
        MinHash.MinimaOneByOne(shingles, a, b, oneByOne);

        Assert.Equal(oneByOne, sideBySide);
        Assert.All(sideBySide, value => Assert.True(value < uint.MaxValue));
    }

    [Fact]
    public void MinHash_estimates_the_jaccard_similarity_of_overlapping_sets()
    {
        var words = Enumerable.Range(0, 600).Select(i => $"mot{i}").ToList();
        var a = MinHash.Shingles(Tokens.Read(string.Join(' ', words.Take(400))), 1);
        var b = MinHash.Shingles(Tokens.Read(string.Join(' ', words.Skip(200))), 1);

        var estimate = MinHash.Jaccard(MinHash.Signature(a, 256), MinHash.Signature(b, 256));

        Assert.InRange(estimate, 0.33 - 0.1, 0.33 + 0.1);
    }

    [Theory]
    [InlineData("Pentagone", "Pentagon")]
    [InlineData("nucléaire", "nuclear")]
    [InlineData("Crimée", "Crimea")]
    [InlineData("Sergueï", "Sergei")]
    public void Skeletons_let_French_and_English_spellings_of_a_name_agree(string french, string english)
    {
        Assert.Equal(StoryFingerprinter.Skeleton(TextFolding.Fold(english)), StoryFingerprinter.Skeleton(TextFolding.Fold(french)));
    }

    [Theory]
    [InlineData("Commentez cette histoire Commentaire")]
    [InlineData("A LIRE AUSSI | Le gaz russe")]
    [InlineData("Image: sda")]
    [InlineData("Le ministre à Genève, le 21 janvier 2022.Image: sda")]
    [InlineData("#diplomatie #russie")]
    [InlineData("0 Commentaires")]
    [InlineData("FILE - Secretary of State Antony Blinken greets Sergey Lavrov")]
    [InlineData("Comme nous voulons continuer à modérer personnellement les débats de commentaires, nous sommes obligés de fermer la fonction de commentaire 72 heures après")]
    public void Scraped_boilerplate_lines_are_dropped(string line)
    {
        Assert.True(Boilerplate.IsBoilerplate(line));
    }

    [Fact]
    public void Story_sentences_are_not_boilerplate()
    {
        Assert.False(Boilerplate.IsBoilerplate("Antony Blinken a «exhorté la Russie à une désescalade immédiate», a déclaré le département d'Etat."));
    }

    [Theory]
    [InlineData("International\n\nTitre\n\n01.02.2022, 18:4102.02.2022, 07:38\nTexte", "2022-02-01")]
    [InlineData("Monde\n\nTitre\n\nPublié le 30 juillet 2022 à 08h15\n\nTexte", "2022-07-30")]
    [InlineData("Titre\n\nJuly 29, 2022\n\nWASHINGTON — Text", "2022-07-29")]
    [InlineData("Title\n\nMOSCOW, Feb. 1, 2022 — Russian President", "2022-02-01")]
    [InlineData("Titre\n\nPublié le 18/03/2022 à 22h10 Mis à jour le 19/03/2022 à 07h02", "2022-03-18")]
    [InlineData("Titre\n\nPar la rédaction, le 10 mars 2022 à 16h20\n\nTexte", "2022-03-10")]
    [InlineData("Title\n\nUpdated Dec. 22, 2022, 12:31 AM ET | Published Dec. 21, 2022, 8:05 PM ET\n\nText", "2022-12-21")]
    [InlineData("Titre\n\nMis en ligne le 7 février 2022 à 23h40\nMis à jour le 8 février 2022 à 07h12\n\nTexte", "2022-02-07")]
    [InlineData("Title\n\nPublished March 10, 2022 · Updated March 11, 2022\n\nText", "2022-03-10")]
    public void A_publication_date_stated_by_the_page_is_read(string text, string expected)
    {
        Assert.Equal(expected, StoryDates.Stated(text)?.Key);
    }

    [Fact]
    public void A_date_mentioned_in_a_sentence_is_not_a_publication_date()
    {
        Assert.Null(StoryDates.Stated("Blinken et Lavrov s'étaient rencontrés à Genève le 21 janvier 2022 pour la dernière fois."));
    }

    [Fact]
    public void A_stated_day_refines_a_metadata_month_but_does_not_override_it()
    {
        Assert.Equal("2022-07-29", StoryDates.Resolve(new PartialDate(2022, 7), "Titre\n\nJuly 29, 2022\n\nText")?.Key);
        Assert.Equal("2022-10", StoryDates.Resolve(new PartialDate(2022, 10), "Titre\n\nJuly 29, 2022\n\nText")?.Key);
    }

    [Fact]
    public void Quotes_keep_their_hash_through_a_small_edit()
    {
        var original = Quotes.Hashes("Il a dit «nous continuerons à soutenir l'Ukraine aussi longtemps qu'il le faudra» hier.", 8);
        var edited = Quotes.Hashes("Il a dit « nous continuerons à soutenir l'Ukraine aussi longtemps qu'il le faudra » hier.", 8);

        Assert.Single(original);
        Assert.Equal(original, edited);
    }
}
