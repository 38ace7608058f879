namespace EventNews.Analysis.Tests;

public class PersonExtractionTests
{
    private static IReadOnlyList<PersonSummary> PersonsIn(string text) => Corpus.Analyzer.Analyze(new ArticleInput(text)).Persons;

    private static List<string> Names(string text) => PersonsIn(text).Select(p => p.CanonicalName).ToList();

    [Fact]
    public void Names_with_particles_hyphens_and_diacritics_are_found_whole()
    {
        var names = Names("Jean-Yves Le Drian a reçu Ursula von der Leyen à Paris. Recep Tayyip Erdoğan et Sergueï Choïgou ont parlé avec Volodymyr Zelensky. Bruno Le Maire était là.");

        Assert.Equal(["Jean-Yves Le Drian", "Ursula von der Leyen", "Recep Tayyip Erdoğan", "Sergei Shoigu", "Volodymyr Zelensky", "Bruno Le Maire"], names);
    }

    [Fact]
    public void A_surname_after_an_honorific_refers_back_to_the_full_name()
    {
        var persons = PersonsIn("Antony Blinken est arrivé à Genève. Plus tard, M. Blinken a rencontré Mme Colonna.");

        var blinken = Assert.Single(persons, p => p.CanonicalName == "Antony Blinken");
        Assert.Equal(["Antony Blinken", "Blinken"], blinken.Surfaces.Select(s => s.Surface));
        Assert.Contains(persons, p => p.PersonId == "surname-kolona");
    }

    [Theory]
    [InlineData("Foreign Minister Wang Yi met Antony Blinken in Beijing. Wang told him that Washington must stop.", "Wang Yi", "Wang")]
    [InlineData("Le président sud-coréen Moon Jae-in a reçu Emmanuel Macron. Moon a salué la visite.", "Moon Jae-in", "Moon")]
    [InlineData("Premier Li Qiang spoke in Davos. Li said growth would recover.", "Li Qiang", "Li")]
    public void A_name_that_opens_with_its_family_name_is_referred_back_to_by_that_name(string text, string name, string alone)
    {
        var person = Assert.Single(PersonsIn(text), p => p.CanonicalName == name);

        Assert.Equal([name, alone], person.Surfaces.Select(s => s.Surface));
    }

    [Theory]
    [InlineData("Israeli military spokesman Rear Admiral Daniel Hagari said most drones were intercepted.", "Daniel Hagari")]
    [InlineData("White House Chief of Staff Ron Klain said the talks would go on.", "Ron Klain")]
    public void Words_of_a_rank_or_title_are_not_names(string text, string name)
    {
        Assert.Equal([name], Names(text));
    }

    [Fact]
    public void A_compound_of_given_names_opens_a_name()
    {
        Assert.Equal(["François-Xavier Bellamy", "Anne-Sophie Lapix"], Names("François-Xavier Bellamy (LR) a répondu mardi aux questions d'Anne-Sophie Lapix."));
    }

    [Fact]
    public void A_middle_initial_stays_in_the_name_as_written_and_out_of_its_identity()
    {
        var persons = PersonsIn("Former President George W. Bush stayed silent. Donald J. Trump urged a shutdown, and Trump said so again. The actor Samuel L. Jackson spoke.");

        Assert.Equal(["George W. Bush", "Donald Trump", "Samuel L. Jackson"], persons.Select(p => p.CanonicalName));
        Assert.Equal(["Donald J. Trump", "Trump"], persons[1].Surfaces.Select(s => s.Surface));
        Assert.Equal(PersonsIn("The actor Samuel Jackson spoke.").Single().PersonId, persons[2].PersonId);

        var unknownGivenName = PersonsIn("In Ashburn, Pradeep K. Raghunathan, 61, a retired contractor, was undecided. Raghunathan voted.");
        Assert.Equal([("Pradeep K. Raghunathan", 2)], unknownGivenName.Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
    }

    [Theory]
    [InlineData("Shigeru Ishiba succède à Fumio Kishida. M. Ishiba a formé son gouvernement mardi.", "Shigeru Ishiba", "Ishiba")]
    [InlineData("Shavkat Mirziyoyev was re-elected on Monday. President Mirziyoyev promised reforms.", "Shavkat Mirziyoyev", "Mirziyoyev")]
    public void A_name_that_opens_a_sentence_is_a_person_when_its_surname_is_titled_elsewhere(string text, string name, string surname)
    {
        var person = Assert.Single(PersonsIn(text), p => p.CanonicalName == name);

        Assert.Equal([name, surname], person.Surfaces.Select(s => s.Surface));
    }

    [Fact]
    public void A_capital_d_or_n_with_an_apostrophe_inside_a_sentence_belongs_to_the_name()
    {
        var names = Names("L'ancien président du Conseil Massimo D'Alema a reçu le footballeur N'Golo Kanté. D'Alema a salué l'Ukraine d'Europe.");

        Assert.Equal(["Massimo D'Alema", "N'Golo Kanté"], names);
    }

    [Theory]
    [InlineData("Beto O'Rourke traded barbs with the host Conan O'Brien on Monday.", "Conan O'Brien")]
    [InlineData("L'animatrice Zyxa Qwertova a reçu le Premier ministre.", "Zyxa Qwertova")]
    [InlineData("The striker Zyx Qwerty scored twice for the visitors.", "Zyx Qwerty")]
    public void Names_after_media_and_sports_roles_are_found_even_with_unknown_given_names(string text, string name)
    {
        Assert.Contains(name, Names(text));
    }

    [Fact]
    public void A_bare_surname_without_full_name_or_alias_is_not_a_person()
    {
        Assert.Empty(PersonsIn("La rencontre a eu lieu à Durand, un village où Martin est une rue."));
    }

    [Fact]
    public void Two_people_with_one_surname_keep_their_own_ids()
    {
        var paul = PersonsIn("Le maire Paul Durand a accueilli les familles. Durand a remercié les habitants.");
        var sophie = PersonsIn("La chercheuse Sophie Durand répond. «Les sanctions agissent lentement», dit Durand.");
        var bare = PersonsIn("Selon M. Durand, les sanctions agissent lentement.");

        Assert.Equal(["paul-durand"], paul.Select(p => p.PersonId));
        Assert.Equal(["sofie-durand"], sophie.Select(p => p.PersonId));
        Assert.Equal(["surname-durand"], bare.Select(p => p.PersonId));
    }

    [Fact]
    public void Spellings_across_articles_share_one_id()
    {
        var french = PersonsIn("Le ministre de la Défense Sergueï Choïgou a parlé à Lloyd Austin.");
        var english = PersonsIn("Defense Minister Sergei Shoigu spoke with Lloyd Austin.");

        Assert.Equal(french.Select(p => p.PersonId), english.Select(p => p.PersonId));
    }

    [Fact]
    public void Names_after_roles_are_found_even_with_unknown_given_names()
    {
        var names = Names("Its editor-in-chief, Tikhon Dzyadko, said the channel would stop. La porte-parole Zyxa Qwertova a démenti.");

        Assert.Contains("Tikhon Dzyadko", names);
        Assert.Contains("Zyxa Qwertova", names);
    }

    [Fact]
    public void A_name_inside_an_english_fragment_in_french_text_is_found()
    {
        var persons = PersonsIn("« le tout pour faire avancer [Russian President Vladimir] Les objectifs de Poutine sont d’engloutir »");

        // "[Russian President Vladimir] Les objectifs de Poutine": the fragment's given name is Putin's too.
        var putin = Assert.Single(persons);
        Assert.Equal("vladimir-putin", putin.PersonId);
        Assert.Equal(["Vladimir", "Poutine"], putin.Surfaces.Select(s => s.Surface));
    }

    [Theory]
    [InlineData("Moscou a répondu. Kyiv dément. Le Kremlin et le Pentagone se taisent, l'Otan aussi, selon Reuters.")]
    [InlineData("Washington a rejeté ces demandes. Genève accueillera la réunion. Vendredi, rien n'a bougé.")]
    [InlineData("LIRE AUSSI - Image: sda. FILE - International. Russie. Spoiler: ça n'a pas marché.")]
    [InlineData("The White House said on Friday that NATO and the European Union would meet in Brussels.")]
    [InlineData("The Black Sea Fleet and the Joint Chiefs of Staff briefed the Security Council and the Supreme Court.")]
    [InlineData("Le président russe a reçu le chancelier allemand au Kremlin. Le Norvégien a salué les Américains.")]
    [InlineData("Le maire de Trostianets et le ministre de la Transition énergétique ont visité Saint-Aubin-des-Prés.")]
    [InlineData("La manifestation est partie de la rue Jean Jaurès vers l'avenue Charles de Gaulle, puis vers la gare.")]
    [InlineData("Le porte-avions Charles de Gaulle a quitté Toulon. Au centre Georges Pompidou et à l'institut Jean Jaurès, rien.")]
    [InlineData("Researchers from George Washington University flew into John F. Kennedy International Airport and Ronald Reagan Washington National Airport.")]
    [InlineData("The Nelson Mandela Foundation met near the Thomas Jefferson Memorial on Martin Luther King Day, as the Charles de Gaulle aircraft carrier sailed.")]
    public void Places_organisations_media_and_labels_are_not_persons(string text)
    {
        Assert.Empty(PersonsIn(text));
    }

    [Theory]
    [InlineData("Elsewhere, officials warned on Monday that the deal would weigh on the budget. Elsewhere, ministers said nothing.")]
    [InlineData("Separately, economists noted that prices rose. Indeed, the rise was steep. Overall, analysts were calm.")]
    [InlineData("Finally, diplomats conceded that talks were likely to accelerate. Ultimately, officials agreed.")]
    public void Adverbs_that_open_sentences_are_not_persons(string text)
    {
        Assert.Empty(PersonsIn(text));
    }

    [Fact]
    public void Hyphenated_pairs_name_both_people()
    {
        var persons = PersonsIn("Sergueï Lavrov et Dmytro Kouleba se sont vus. La rencontre Lavrov-Kouleba a échoué.");

        Assert.All(persons, p => Assert.Contains(p.Surfaces, s => s.Surface is "Lavrov" or "Kouleba"));
    }

    [Fact]
    public void Mentions_point_at_the_original_text()
    {
        const string text = " date 2022-10 Le président Poutine a parlé. M. Blinken a répondu.";
        var analysis = Corpus.Analyzer.Analyze(new ArticleInput(text));

        Assert.All(analysis.Mentions, m => Assert.Equal(m.Surface, text.Substring(m.Start, m.Length)));
        Assert.Equal(["Poutine", "Blinken"], analysis.Mentions.Select(m => m.Surface));
    }

    [Fact]
    public void Names_in_dropped_boilerplate_are_not_persons()
    {
        var persons = PersonsIn("Antony Blinken a parlé.\n\nLIRE AUSSI - Joe Biden reçoit Xi Jinping\n\nFin du texte ici. (ats)\n\n0 Commentaires\nProcès Trump: Donald Trump au tribunal");

        Assert.Equal(["Antony Blinken"], persons.Select(p => p.CanonicalName));
    }

    [Fact]
    public void A_role_in_apposition_makes_an_unknown_name_a_person()
    {
        var names = Names("Van der Bellen, le président autrichien, est attendu. Zorglub Tartempion, porte-parole du parti, a démenti.");

        Assert.Equal(["Van der Bellen", "Zorglub Tartempion"], names);
        Assert.Equal(["Zarkon Zorlu", "Oduya Mbeki"], Names("Zarkon Zorlu, the Conservative leader, spoke. Oduya Mbeki, an adviser to the UN, agreed."));
        Assert.Empty(Names("Zarkon Zorlu, the company, spoke."));
    }

    [Fact]
    public void A_name_the_alias_table_knows_only_with_its_title_is_found()
    {
        Assert.Equal(["Pope Francis"], Names("Ukrainian President Volodymyr Zelenskiy met Pope Francis on Saturday.").Skip(1));
        Assert.Equal(["Pope Francis"], Names("Le pape François a reçu les familles."));
    }

    [Fact]
    public void English_titles_and_abbreviated_ranks_announce_names()
    {
        var names = Names("Supreme Court Justice Sonia Sotomayor, Rep. Adam Schiff and Gen. Mark Milley spoke. Sen. Tillis agreed.");

        Assert.Equal(["Sonia Sotomayor", "Adam Schiff", "Mark Milley", "Tillis"], names);
    }

    [Fact]
    public void A_name_after_the_arabic_article_is_whole_and_one_person_with_or_without_the_article()
    {
        var persons = PersonsIn("Syrian President Bashar al-Assad met Iraq's Moqtada al-Sadr. Assad spoke first. Egypt's Abdel Fattah el-Sisi was there too, and Sisi said little.");

        Assert.Equal(["Bashar al-Assad", "Moqtada al-Sadr", "Abdel Fattah al-Sisi"], persons.Select(p => p.CanonicalName));
        Assert.Equal(["Bashar al-Assad", "Assad"], persons[0].Surfaces.Select(s => s.Surface));
        Assert.Equal(["Abdel Fattah el-Sisi", "Sisi"], persons[2].Surfaces.Select(s => s.Surface));
        Assert.Equal(persons[1].PersonId, PersonsIn("The Iraqi cleric Moqtada Sadr spoke.").Single().PersonId);
        Assert.Equal(persons[1].PersonId, PersonsIn("Le chef chiite Moqtada el-Sadr a parlé.").Single().PersonId);
        Assert.Empty(PersonsIn("The leaders of al-Qaida met in secret."));
    }

    [Fact]
    public void A_generational_suffix_belongs_to_the_name_and_tells_father_from_son()
    {
        var persons = PersonsIn("The Rev. Martin Luther King Jr. was killed in 1968. Martin Luther King III spoke in Atlanta, and King said his father would be proud.");

        Assert.Equal(["Martin Luther King Jr.", "Martin Luther King III"], persons.Select(p => p.CanonicalName));
        Assert.Equal(["John Tartempion Jr", "John Tartempion"], PersonsIn("John Tartempion Jr. and his father John Tartempion spoke.").Select(p => p.CanonicalName));
        Assert.Equal(["Martin Luther King III", "King"], persons[1].Surfaces.Select(s => s.Surface));
        Assert.NotEqual(persons[0].PersonId, persons[1].PersonId);
    }

    [Fact]
    public void A_title_that_is_also_a_surname_ends_a_name_but_does_not_open_one()
    {
        var persons = PersonsIn("The author Stephen King met tennis great Billie Jean King and King Charles III. Stephen said little; the King thanked them.");

        Assert.Equal(["Stephen King", "Billie Jean King", "King Charles III"], persons.Select(p => p.CanonicalName));
        Assert.Empty(PersonsIn("King said nothing. The Prince was away."));
    }

    [Fact]
    public void A_korean_name_of_three_words_is_whole_and_referred_back_to_by_its_family_name()
    {
        Assert.Equal(["Choe Son-hui"], Names("Sergueï Lavrov doit rencontrer son homologue Choe Son-hui.").Skip(1));
        var persons = PersonsIn("Kim Jong Un oversaw the launch. South Korean President Yoon Suk Yeol convened his council, and Yoon ordered a firm posture.");

        Assert.Equal(["Kim Jong Un", "Yoon Suk Yeol"], persons.Select(p => p.CanonicalName));
        Assert.Equal(["Yoon Suk Yeol", "Yoon"], persons[1].Surfaces.Select(s => s.Surface));
    }

    [Fact]
    public void A_surname_with_particles_is_named_with_them()
    {
        var persons = PersonsIn("European Commission President Ursula von der Leyen spoke. \"We will stand by Ukraine,\" von der Leyen said.");

        Assert.Equal(["Ursula von der Leyen", "von der Leyen"], Assert.Single(persons).Surfaces.Select(s => s.Surface));
    }

    [Fact]
    public void Writers_in_bylines_and_credits_are_not_persons()
    {
        var persons = PersonsIn("By Philip Blenkinsop and Jan Strupczewski\n\nBRUSSELS - Ursula von der Leyen spoke on Thursday.\n\n(Reporting by Philip Blenkinsop; Editing by Alex Richardson)");
        Assert.Equal(["Ursula von der Leyen"], persons.Select(p => p.CanonicalName));

        persons = PersonsIn("Lula reçu par Xi Jinping\n\nPar Anne-Laure Mercier, correspondante à Rio de Janeiro\n\nLe président Lula est arrivé à Shanghai.\n\nAvec AFP");
        Assert.Equal(["Luiz Inácio Lula da Silva", "Xi Jinping"], persons.Select(p => p.CanonicalName));

        // Named again in the writer's note at the foot: still the writer.
        var analysis = Corpus.Analyzer.Analyze(new ArticleInput("Sudan's army retakes the palace\n\nBy Declan Walsh\n\nGen. Abdel Fattah al-Burhan's forces advanced.\n\nDeclan Walsh is the chief Africa correspondent for The Times."));
        Assert.Equal(["Abdel Fattah al-Burhan"], analysis.Persons.Select(p => p.CanonicalName));
        Assert.All(analysis.Mentions, m => Assert.Equal("abdel-fatah-burhan", m.PersonId));
    }

    [Theory]
    [InlineData("Le président du club, Zorglub Tartempion, avait tenté de le recruter.", "Zorglub Tartempion")]
    [InlineData("The debate was hosted by ABC News anchors David Muir and Zyxa Qwertova.", "Zyxa Qwertova")]
    [InlineData("Les ministres Jean Dupont et Zyxa Qwertova ont démissionné.", "Zyxa Qwertova")]
    public void A_role_reaches_a_name_in_apposition_or_joined_by_and(string text, string name)
    {
        Assert.Contains(name, Names(text));
    }

    [Theory]
    [InlineData("Le président a salué la foule, puis, Zorglub Tartempion est arrivé.")]
    [InlineData("Jean Dupont et Zyxa Qwertova ont démissionné.")]
    [InlineData("Rwandan President Paul Kagame and Qwertova's envoy did not attend.")]
    public void Without_a_role_before_it_an_unknown_name_stays_unknown(string text)
    {
        Assert.DoesNotContain(Names(text), n => n.Contains("Qwertova", StringComparison.Ordinal) || n.Contains("Tartempion", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_that_is_otherwise_never_a_name_counts_when_the_alias_table_knows_the_name()
    {
        Assert.Equal(["Taylor Swift", "Kamala Harris"], Names("Taylor Swift endorsed Kamala Harris minutes after the debate."));
        Assert.Empty(Names("The Swift network cut off Russian banks."));
    }

    [Fact]
    public void Saint_inside_a_name_is_part_of_it_but_names_no_one_alone()
    {
        Assert.Equal(["Yves Saint Laurent"], Names("Le couturier Yves Saint Laurent avait ouvert sa maison en 1961."));
        Assert.Empty(Names("La basilique Saint Pierre a accueilli les fidèles. Le maire de Saint Louis a parlé."));
    }

    [Fact]
    public void An_initial_for_the_given_name_after_a_role_is_part_of_the_name()
    {
        var persons = PersonsIn("External Affairs Minister S. Jaishankar met Antony Blinken. Jaishankar said ties were strong. Mme Le Pen a réagi sur X. Christian Estrosi a salué la décision.");

        Assert.Equal(["S. Jaishankar", "Jaishankar"], persons[0].Surfaces.Select(s => s.Surface));
        Assert.Contains(persons, p => p.Surfaces.Any(s => s.Surface == "Christian Estrosi"));
        Assert.DoesNotContain(persons, p => p.Surfaces.Any(s => s.Surface.StartsWith("X.", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_business_named_after_its_founder_is_no_person_unless_a_role_says_so()
    {
        Assert.Empty(Names("LVMH (Louis Vuitton Moët Hennessy), owner of Louis Vuitton and Christian Dior, gained 2%. Analysts at Charles Schwab were calm."));
        Assert.Equal(["Ralph Lauren", "Christian Dior"], Names("The designer Ralph Lauren spoke first. Le couturier Christian Dior avait fondé sa maison en 1946."));
    }

    [Fact]
    public void A_surname_in_capitals_after_a_given_name_is_a_name_written_as_prose_writes_it()
    {
        var persons = PersonsIn("Le Président de la République, Emmanuel MACRON, a reçu M. Olaf SCHOLZ, Jean-Noël BARROT et Marine LE PEN. Emmanuel Macron a salué King Charles III. Selon l'AFP et la SNCF, rien n'a filtré.");

        Assert.Equal(["Emmanuel Macron", "Olaf Scholz", "Jean-Noël Barrot", "Marine Le Pen", "King Charles III"], persons.Select(p => p.CanonicalName));
        Assert.Equal(["Emmanuel MACRON", "Emmanuel Macron"], persons[0].Surfaces.Select(s => s.Surface));
        Assert.Equal(PersonsIn("Jean-Noël Barrot a parlé.").Single().PersonId, persons[2].PersonId);
    }

    [Fact]
    public void A_surname_in_capitals_after_an_honorific_is_a_name()
    {
        var persons = PersonsIn("M. MACRON a reçu Mme Zorglubova. Mme TARTEMPION a répondu. Selon la SNCF et M. le Président, rien n'a filtré.");

        Assert.Equal(["Emmanuel Macron", "Zorglubova", "Tartempion"], persons.Select(p => p.CanonicalName));
        Assert.Equal("MACRON", persons[0].Surfaces.Single().Surface);
    }

    [Fact]
    public void A_place_that_is_also_a_given_name_opens_a_name_with_a_second_sign()
    {
        Assert.Equal(["Sofia Sokolova", "Paris Zorglub"], Names("Sofia Sokolova, porte-parole de l'association, a salué l'accord. Mme Sokolova a ajouté un mot. « Bien », a déclaré Paris Zorglub."));
        Assert.Empty(Names("La ministre a visité Sofia Mardi. Le Paris Saint-Germain a gagné et Paris Match l'a écrit. Le vol pour Orlando Airport est parti de Sydney."));
    }

    [Fact]
    public void A_preposition_before_a_number_does_not_take_the_role_from_the_name_after_the_sentence()
    {
        Assert.Equal(["Zorglub Tartempion"], Names("Les livraisons continueront jusqu'en 2003. Zorglub Tartempion, le ministre des Affaires étrangères, a démenti."));
        Assert.Empty(Names("Le maire de Tartempion, un ancien militaire, a démenti."));
    }

    [Fact]
    public void A_nationality_noun_with_its_article_is_a_cue_and_no_part_of_the_name()
    {
        Assert.Equal(["Zorglub Tartempion", "Zorglub Trucmuche", "Zorglub Bidule"], Names("Sur le Tour, le Slovène Zorglub Tartempion a devancé l'Angolais Zorglub Trucmuche. The Spaniard Zorglub Bidule was third."));
        Assert.Empty(Names("Les Slovènes Zorglub et Trucmuche. Slovène Zorglub Tartempion."));
    }

    [Fact]
    public void A_compound_given_name_is_not_a_given_name_with_a_middle_name()
    {
        var persons = PersonsIn("Alain Delon est mort. Son fils Alain-Fabien Delon l'a annoncé. George W. Bush et George Bush, Jean-Pierre Dujardin puis Jean-Pierre Dujardin.");

        Assert.Equal(["Alain Delon", "Alain-Fabien Delon", "George W. Bush", "Jean-Pierre Dujardin"], persons.Select(p => p.CanonicalName));
        Assert.Equal(2, persons[3].Surfaces.Single().Count);
    }

    [Fact]
    public void Laws_ships_trophies_and_matches_named_after_someone_are_no_mention_of_them()
    {
        Assert.Empty(Names("Sanctions under the Global Magnitsky Act followed. The USS Gerald R. Ford sailed. Zorglub lifted the Norman Brookes Challenge Cup at the Perth Test. The Minister for Foreign Affairs and Trade spoke."));
        Assert.Empty(Names("La maladie d'Alzheimer, le syndrome de Down et la loi de Moore. Parkinson's disease. The South Bay Lakers won; the Lakers lost. It was a New Era."));
        Assert.Empty(Names("He lost the French Open final and won the Italian Open, then the Australian Open."));
        Assert.Empty(Names("It is also known as Lou Gehrig's disease, and trials in Early Alzheimer's Disease went well."));
    }

    [Fact]
    public void A_name_in_capitals_that_the_alias_table_knows_is_a_person()
    {
        Assert.Equal(["Mohammed bin Salman", "JD Vance"], Names("Saudi crown prince MBS hosted the talks. Vice-president JD Vance attended, and Mr Vance spoke. The UN and NATO stayed away."));
    }

    [Fact]
    public void A_common_word_after_a_given_name_inside_a_sentence_is_a_surname()
    {
        Assert.Equal(["Kevin Durant", "Louis Blanc"], Names("The Suns won as Kevin Durant scored 30. Louis Blanc a écrit un livre. Joe Says He Can Go. Avec Pierre Lundi, rien."));
    }

    [Fact]
    public void A_compound_role_is_not_part_of_the_name_after_it()
    {
        Assert.Equal(["Daniel Grieder"], Names("Hugo Boss fell 4% after a profit warning from Chief Executive Daniel Grieder."));
    }

    [Fact]
    public void Given_names_common_in_french_news_open_a_name_without_a_cue()
    {
        Assert.Equal(["Kamel Daoud", "Aminata Touré"], Names("Le prix Goncourt a été attribué à Kamel Daoud. Aminata Touré a réagi."));
    }

    [Fact]
    public void Initials_in_a_row_stand_for_the_given_names()
    {
        var persons = PersonsIn("L'écrivaine J.K. Rowling a réagi. Rowling a ajouté un mot. The author J. R. R. Tolkien was cited, and J.-L. Mélenchon too. U.S. Senator Chuck Schumer agreed.");

        Assert.Equal(["J.K. Rowling", "J. R. R. Tolkien", "Jean-Luc Mélenchon", "Chuck Schumer"], persons.Select(p => p.CanonicalName));
        Assert.Equal(["J.K. Rowling", "Rowling"], persons[0].Surfaces.Select(s => s.Surface));
        Assert.Equal("surname-rovling", persons[0].PersonId);
        Assert.Equal(["J.-L. Mélenchon"], persons[2].Surfaces.Select(s => s.Surface));
    }

    [Fact]
    public void Maitre_announces_a_lawyer()
    {
        var persons = PersonsIn("Son avocat, Me Hervé Témime, plaide la relaxe. Selon Me Dupond-Moretti, le dossier est vide.");

        Assert.Equal(["Hervé Témime", "Dupond-Moretti"], persons.Select(p => p.CanonicalName));
        Assert.Equal("surname-dupond-moreti", persons[1].PersonId);
    }

    [Fact]
    public void A_name_opened_by_de_has_no_given_name_after_its_surname()
    {
        Assert.Equal(["Ignazio Cassis", "Dominique de Villepin"], Names("Le président de la Confédération Ignazio Cassis a reçu Dominique de Villepin. M. de Villepin a remercié son hôte."));
    }

    [Fact]
    public void A_name_of_two_words_next_to_a_verb_of_saying_is_a_person()
    {
        Assert.Equal(
            ["Zorglub Tartempion", "Tarkan Zorlu", "Oduya Mbekele", "Wiremu Tane", "Aroha Ngata", "Hemi Parata"],
            Names("Le texte est clair, a déclaré Zorglub Tartempion. Selon Tarkan Zorlu, rien ne change. Oduya Mbekele a affirmé le contraire. "
                + "The deal is done, said Wiremu Tane. According to Aroha Ngata, it is fine. Hemi Parata said on Monday that talks would resume."));
        Assert.Empty(Names("Goldman Sachs said rates would fall. According to Pew Research, trust is low. Deutsche Bank told clients to sell. Louis Vuitton said sales rose. Many Ukrainians said no."));
        Assert.Equal(["Zorglub Tartempion", "Oduya Mbekele"], Names("« C'est un scandale », s'indigne Zorglub Tartempion. « Rien ne bouge », annonce Oduya Mbekele."));
        Assert.Empty(Names("La France lance Airbus Defence dans la course. Airbus Defence a annoncé un contrat."));
    }

    [Fact]
    public void Initials_before_a_known_given_name_open_a_full_name()
    {
        Assert.Equal(["A.P.J. Abdul Kalam"], Names("The scientist was cited alongside A.P.J. Abdul Kalam in the report."));
    }

    [Fact]
    public void A_bare_hyphenated_surname_refers_back_to_its_full_name()
    {
        var persons = PersonsIn("Najat Vallaud-Belkacem a répondu à Karin Keller-Sutter. Mme Vallaud-Belkacem a insisté ; Mme Keller-Sutter a refusé. Rep. Alexandria Ocasio-Cortez agreed, and Ocasio-Cortez said so.");

        Assert.Equal(["Najat Vallaud-Belkacem", "Karin Keller-Sutter", "Alexandria Ocasio-Cortez"], persons.Select(p => p.CanonicalName));
        Assert.All(persons, p => Assert.Equal(2, p.Surfaces.Sum(s => s.Count)));
    }

    [Fact]
    public void A_given_name_with_its_own_article_part_is_one_name_apart_from_the_father()
    {
        var persons = PersonsIn("Seif al-Islam Kadhafi, le fils de Mouammar Kadhafi, a parlé. Saïf al-Islam Kadhafi est candidat.");

        Assert.Equal(["Saif al-Islam Gaddafi", "Muammar Gaddafi"], persons.Select(p => p.CanonicalName));
        Assert.Equal(2, persons[0].Surfaces.Sum(s => s.Count));
    }

    [Fact]
    public void A_councillor_is_a_role_and_an_organization_named_after_someone_is_no_person()
    {
        Assert.Equal(["Mary O'Brien", "Seán Murphy"], Names("Cllr Mary O'Brien said the plan was flawed. Councillor Seán Murphy disagreed. The Trump Organization sued."));
    }

    [Fact]
    public void Other_languages_forms_and_initialisms_of_known_people_are_theirs()
    {
        Assert.Equal(
            ["Pope Leo XIV", "Andrés Manuel López Obrador", "Alexandria Ocasio-Cortez", "John F. Kennedy"],
            Names("Le pape Léon XIV a reçu Andrés Manuel López Obrador. Robert Prevost a souri. AMLO aussi. AOC cited JFK."));
    }

    [Fact]
    public void A_father_with_two_initials_is_not_his_son_with_one()
    {
        var persons = PersonsIn("George H. W. Bush died in 2018. His son George W. Bush spoke, and Jeb Bush attended. George H.W. Bush had served one term.");

        Assert.Equal(["George H. W. Bush", "George W. Bush", "Jeb Bush"], persons.Select(p => p.CanonicalName));
        Assert.Equal(2, persons[0].Surfaces.Sum(s => s.Count));
    }

    [Fact]
    public void The_first_of_two_surnames_refers_back_and_a_known_name_with_its_second_surname_is_that_person()
    {
        var persons = PersonsIn("Marcelo Ebrard García et Claudia Sheinbaum Pardo étaient d'accord. Selon Mme Sheinbaum, tout va bien. M. Ebrard a refusé. Mary Ann Smith agreed; Ann was absent.");

        Assert.Equal(["Marcelo Ebrard García", "Claudia Sheinbaum", "Mary Ann Smith"], persons.Select(p => p.CanonicalName));
        Assert.Equal([2, 2, 1], persons.Select(p => p.Surfaces.Sum(s => s.Count)));
    }

    [Fact]
    public void A_surname_of_two_words_after_an_honorific_refers_back_to_the_full_name()
    {
        var persons = PersonsIn("Paul St-Pierre Plamondon a critiqué le budget. M. St-Pierre Plamondon est chef du parti.");

        var person = Assert.Single(persons);
        Assert.Equal(2, person.Surfaces.Sum(s => s.Count));
    }

    [Fact]
    public void A_given_name_alone_refers_back_to_the_one_person_who_has_it_unless_a_name_follows()
    {
        var persons = PersonsIn("LeBron James scored 40 points. Afterwards, LeBron said the team was ready. Melania Trump and Melania Knauss spoke; Melania left. The deal went to Nadia Marchand, and Nadia Whitfield agreed.");

        Assert.Equal(["LeBron James", "Melania Trump", "Melania Knauss", "Nadia Marchand", "Nadia Whitfield"], persons.Select(p => p.CanonicalName));
        Assert.Equal([2, 1, 1, 1, 1], persons.Select(p => p.Surfaces.Sum(s => s.Count)));
    }

    [Fact]
    public void Irish_particles_plural_roles_and_a_middle_name_with_the_surname_are_read()
    {
        var persons = PersonsIn("Sinn Féin's Eoin Ó Broin spoke. Mr Ó Broin said so. Joined by Justices Amy Coney Barrett and Elena Kagan. Bassirou Diomaye Faye won; Diomaye Faye thanked Jean-Pierre Martin and Pierre Martin. The Congressional Budget Office agreed, said the Chief Medical Officer.");

        Assert.Equal(["Eoin Ó Broin", "Amy Coney Barrett", "Elena Kagan", "Bassirou Diomaye Faye", "Jean-Pierre Martin", "Pierre Martin"], persons.Select(p => p.CanonicalName));
        Assert.Equal([2, 1, 1, 2, 1, 1], persons.Select(p => p.Surfaces.Sum(s => s.Count)));
    }

    [Fact]
    public void A_lower_case_particle_before_a_common_word_ends_the_name()
    {
        var persons = PersonsIn("Jan Peumans hérite des Finances, Théo Francken de la Défense. The vote of Jan. 6 stands.");

        Assert.Equal(["Jan Peumans", "Théo Francken"], persons.Select(p => p.CanonicalName));
        Assert.Equal([1, 1], persons.Select(p => p.Surfaces.Sum(s => s.Count)));
    }

    [Fact]
    public void Ben_opening_a_name_is_a_given_name_unless_the_pair_follows_another_name_elsewhere()
    {
        Assert.Equal(["Ben Healy"], Names("Le titre de l'article\n\nIreland's Ben Healy, who wore yellow for two days, finished ninth. Healy smiled."));
        Assert.Equal([("Karim Ben Salah", 2)], PersonsIn("Le titre de l'article\n\nKarim Ben Salah, 45 ans, a parlé. Ben Salah a ensuite quitté la salle.").Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
    }

    [Fact]
    public void Singaporean_and_Vietnamese_family_names_open_a_name_and_refer_back()
    {
        var persons = PersonsIn("Le titre de l'article\n\nLim Mei Xuan runs the stall. Tran Thi Mai sells rice, and Lim agreed. « C'est un pont », analyse Nguyễn Thị Thu Hà, chercheuse.");

        Assert.Equal([("Lim Mei Xuan", 2), ("Tran Thi Mai", 1), ("Nguyễn Thị Thu Hà", 1)], persons.Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
    }

    [Fact]
    public void A_bare_surname_shared_by_relatives_goes_to_the_one_named_in_its_sentence_else_to_the_one_named_first()
    {
        var persons = PersonsIn("Tomasz Wierzbicki won the stage. His father, Adam Wierzbicki, watched from a camper van.\n\nWierzbicki said the climb was the hardest of his career, and Wierzbicki thanked his team.");
        Assert.Equal([("Tomasz Wierzbicki", 3), ("Adam Wierzbicki", 1)], persons.Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));

        var sameSentence = PersonsIn("Tomasz Wierzbicki won the stage. Adam Wierzbicki, his father, said Wierzbicki had trained for it.");
        Assert.Equal([("Tomasz Wierzbicki", 1), ("Adam Wierzbicki", 2)], sameSentence.Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
    }

    [Fact]
    public void A_surname_shared_in_the_article_goes_to_whom_the_alias_table_or_the_headline_names()
    {
        var milei = PersonsIn("Javier Milei et Karina Milei sont arrivés. Milei a ensuite répondu. Karina Milei a parlé. Mme Milei a souri.");
        Assert.Equal([("Javier Milei", 2), ("Karina Milei", 3)], milei.Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));

        var james = PersonsIn("LeBron James passes 50,000 points\n\nLeBron James scored. His son Bronny James watched. James said it was special.");
        Assert.Equal([("LeBron James", 3), ("Bronny James", 1)], james.Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
    }

    [Fact]
    public void An_age_or_a_relative_who_marks_a_person_and_a_ruler_keeps_the_number_of_the_reign()
    {
        Assert.Equal(
            ["Zorglub Le Tartempion", "Ana Ruiz", "Bidule Truc", "Mei-Ling Chou", "Mohammed VI", "Abdullah II"],
            Names("Zorglub Le Tartempion, 74 ans, a tout perdu. Ana Ruiz, 45, said so. A 78-year-old Bidule Truc sat there. Mei-Ling Chou, who owns a shop, agreed. Le roi Mohammed VI a reçu King Abdullah II. The Microsoft, 12, was sold."));
    }

    [Fact]
    public void A_given_name_after_de_opens_the_next_name()
    {
        Assert.Equal(["Simone Veil"], Names("Ami de Simone Veil, il a témoigné."));
    }

    [Fact]
    public void A_nickname_in_quotes_is_written_with_the_name_but_is_no_part_of_its_key()
    {
        var persons = PersonsIn("Captain Wilhelmina \"Billie\" Ashcombe told the crew. Ashcombe said so. Striker Matías 'El Toro' Villanueva scored, and Villanueva smiled. The RRS Sir David Attenborough sailed.");

        Assert.Equal([NameKey.Of("Wilhelmina Ashcombe"), NameKey.Of("Matías Villanueva")], persons.Select(p => NameKey.Of(p.CanonicalName)));
        Assert.All(persons, p => Assert.Equal(2, p.Surfaces.Sum(s => s.Count)));
    }

    [Fact]
    public void A_ministry_s_portfolio_is_no_part_of_the_minister_s_name()
    {
        Assert.Equal(["Yolanda Díaz", "Jean Martin"], Names("La ministre du Travail Yolanda Díaz a parlé, puis le ministre du Logement Jean Martin."));
    }

    [Fact]
    public void A_middle_initial_without_its_stop_stands_between_a_known_given_name_and_a_name()
    {
        var persons = PersonsIn("President Michael D Higgins signed the bill. Mr Higgins said so. Vitamin D Levels rose. No captain since Arnold Palmer in 1963. Portés par un Finn Russell inspiré.");

        Assert.Equal(["Michael D Higgins", "Arnold Palmer", "Finn Russell"], persons.Select(p => p.CanonicalName));
        Assert.Equal(2, persons[0].Surfaces.Sum(s => s.Count));
    }

    [Fact]
    public void Initials_and_a_surname_that_also_stands_alone_are_a_person_known_by_the_surname()
    {
        var persons = PersonsIn("The team includes J.J. Spaun and Xander Schauffele. Spaun won in March. It also named P.K. Zorglub.");

        Assert.Equal(["surname-spaun", NameKey.Slug(NameKey.Of("Xander Schauffele"))], persons.Select(p => p.PersonId));
        Assert.Equal(["J.J. Spaun", "Spaun"], persons[0].Surfaces.Select(s => s.Surface));
    }

    [Fact]
    public void Initials_without_stops_are_a_person_s_given_names_when_the_name_stands_alone_or_follows_a_role()
    {
        var persons = PersonsIn(
            "India opener KL Rahul made 84 and TJ Fanning scored twice. Rahul said the pitch was slow; Fanning thanked the fans. "
            + "The US Steel deal closed, NJ Transit said trains would run, PM Modi spoke and AC Milan won. Fans of PV Sindhu cheered.");

        Assert.Equal(["surname-rahul", "surname-" + NameKey.Slug(NameKey.Of("Fanning")), NameKey.Slug(NameKey.Of("Narendra Modi"))], persons.Select(p => p.PersonId));
        Assert.Equal(["KL Rahul", "Rahul"], persons[0].Surfaces.Select(s => s.Surface));
        Assert.Equal(["TJ Fanning", "Fanning"], persons[1].Surfaces.Select(s => s.Surface));
    }

    [Fact]
    public void Initials_that_are_not_a_known_person_s_are_someone_else()
    {
        var persons = PersonsIn("His son Udhayanidhi Stalin attended. Chief Minister M.K. Stalin hosted the meeting. Historians cited K. Stalin's letters.");

        Assert.Equal(["Udhayanidhi Stalin", "M.K. Stalin"], persons.Select(p => p.CanonicalName));
    }

    [Fact]
    public void The_first_surname_before_particles_refers_back()
    {
        var persons = PersonsIn("Le gouverneur François Villeroy de Galhau plaide pour la prudence. M. Villeroy a estimé que l'inflation reculait. Luiz Inácio Lula da Silva était à Paris ; Lula a parlé.");

        Assert.Equal(["François Villeroy de Galhau", "Luiz Inácio Lula da Silva"], persons.Select(p => p.CanonicalName));
        Assert.All(persons, p => Assert.Equal(2, p.Surfaces.Sum(s => s.Count)));
    }

    [Fact]
    public void A_known_given_name_and_a_regnal_number_are_a_ruler_without_a_title()
    {
        Assert.Equal(
            ["Louis XIV", "Pope John Paul II", "King Charles III"],
            Names("L'action se situe à la cour de Louis XIV. Le pape Jean-Paul II l'avait vue. La réforme de Vatican II et la chaîne Paris II n'y sont pas. Charles III a salué."));
    }

    [Fact]
    public void Rugby_positions_and_school_heads_are_roles_and_a_particle_makes_a_name_at_a_sentence_start()
    {
        var names = Names(
            "Springboks wing Cheslin Kolbe scored. Prop Ox Nché came on in the 44th minute.\n\nAengus Ó Snodaigh spoke first. Ó Snodaigh later said he had every right. "
            + "Bríd Ní Mhaoláin, principal of Gaelscoil na Cille, agreed.");

        Assert.Equal(["Cheslin Kolbe", "Ox Nché", "Aengus Ó Snodaigh", "Bríd Ní Mhaoláin"], names);
    }

    [Fact]
    public void A_deputy_or_a_head_in_apposition_and_a_month_as_a_surname_make_a_person()
    {
        Assert.Equal(
            ["Sabrina Kaddouri", "Inam Haider Malik", "Elizabeth May"],
            Names("Le titre de l'article\n\nCe lundi, l'adjointe à la tranquillité publique, Sabrina Kaddouri, a indiqué que 43 habitants ont été relogés. "
                + "Inam Haider Malik, head of the National Disaster Management Authority, said the river was high. La cheffe du Parti vert, Elizabeth May, a dénoncé "
                + "un chèque en blanc. The vote is on Sunday May 4, and the results come in May 2026."));
        Assert.Equal(
            ["Filipe dos Anjos", "Nadia Ouellet-Benkirane", "Germaine Lacaze", "Valentin Paret-Peintre"],
            Names("Le titre de l'article\n\nBuilder Filipe dos Anjos, 63, is accused. La Dre Nadia Ouellet-Benkirane ne s'en étonne pas. "
                + "Le prix est fondé en mémoire de Germaine Lacaze. Valentin Paret-Peintre a gagné."));
    }

    [Fact]
    public void Given_names_of_many_languages_open_a_name_without_other_evidence_but_not_a_place_or_a_body()
    {
        Assert.Equal(
            ["Kane Williamson", "Alex Caruso", "Isaiah Hartenstein", "Anish Giri", "Stephen Varney"],
            Names("Le titre de l'article\n\nThey removed Kane Williamson for 11. Alex Caruso and Isaiah Hartenstein did the dirty work. Anish Giri drew 11 games. "
                + "Il est entré à la place de Stephen Varney. Il faut partir à San Francisco. Le siège est sur la plaza de Alfonso el Magnánimo. The Asif Collective agreed."));
    }

    [Fact]
    public void Clinics_hospices_beaches_and_headline_verbs_are_not_names()
    {
        Assert.Equal(["Hope Nakamura"], Names("Acme Appoints Hope Nakamura as Finance Chief\n\nThe board named Hope Nakamura on Monday. Ms. Nakamura joins from Boeing."));
        Assert.Equal(["Ozzy Osbourne"], Names("Ozzy Osbourne Dies at 76\n\nThe singer Ozzy Osbourne died on Tuesday."));
        Assert.Empty(Names("Researchers at the Mayo Clinic agreed. She died at the Florence Nightingale Hospice near Marina Beach."));
        Assert.Empty(Names("Volunteers from the Peter Brennock Trust and the Simon Community helped. Fans in Prince William County sat in the Harold Wainwright Stand."));
        Assert.Empty(Names("Assises du Finistère : le verdict est attendu\n\nIt won at the Clew Bay Film Festival. She trained at the Royal Academy of Fine Arts, and the European Medicines Agency agreed."));
        Assert.Equal(["Tyquan Brathwaite", "Kishane Thompson"], Names("Sur 100 m, le Jamaïcain Tyquan Brathwaite a gagné, devant son compatriote Kishane Thompson."));
        Assert.Equal(["Karim Benaissa"], Names("Le titre de l'article\n\nLe Franco-Algérien Karim Benaissa a parlé. The Franco-Algerian Friendship Pact holds."));
    }

    [Fact]
    public void A_trade_in_apposition_after_a_full_name_is_a_cue_by_its_ending()
    {
        Assert.Equal(
            ["Sydney Carver", "Léa Morin", "Thomas Martin"],
            Names("The study was large. Sydney Carver, a biostatistician at the University of Iowa, said so. Léa Morin, historienne, a parlé. "
                + "Acme Labs, a Canadian company, agreed. Spotify Wrapped, the playlist, came out. Thomas Martin, analyste au cabinet Enerlys, spécialiste des marchés, a parlé."));
    }

    [Fact]
    public void A_place_that_is_also_a_given_name_opens_a_name_with_a_role_after_it()
    {
        Assert.Equal(["Carolina Milanesi"], Names("Wall Street was unimpressed. Carolina Milanesi, an analyst at Creative Strategies, was less sure. Shares fell in North Carolina."));
    }

    [Fact]
    public void A_prince_s_one_name_is_a_person_and_a_team_after_the_is_not()
    {
        var names = Names("Au balcon, le prince George a salué la foule, tandis que la princesse Charlotte veillait. Charlotte a souri.\n\nThe Lakers host the Clippers on Monday.");

        Assert.Equal(["George", "Charlotte"], names);
    }

    [Fact]
    public void Common_surnames_are_no_outlets_or_parties_and_welsh_and_federal_names_are_read()
    {
        var names = Names(
            "Retired teacher T. J. Watson spoke. Watson said no. James dunked over Draymond Green. Professor Richard Wyn Jones, of Cardiff University, agreed. "
            + "Plaid Cymru leader Rhun ap Iorwerth and the Welsh Conservatives' Andrew RT Davies spoke. Chrystia Freeland, whose resignation shook Ottawa, was absent. "
            + "L'ancien conseiller fédéral Ueli Maurer avait parlé.");

        Assert.Equal(["T. J. Watson", "Draymond Green", "Richard Wyn Jones", "Rhun ap Iorwerth", "Andrew RT Davies", "Chrystia Freeland", "Ueli Maurer"], names);
    }

    [Fact]
    public void A_nickname_and_the_given_names_alone_name_the_person_of_the_full_name()
    {
        var persons = PersonsIn(
            "Board member Robert \"Bobby\" Keane asked for a vote. Keane, known to all as Bobby Keane, said more. John Michael \"Ozzy\" Osbourne sang; "
            + "Ozzy Osbourne left. « Non », a insisté [Egyptian President Abdel Fattah] al-Sissi. Le président Abdel Fattah al-Sissi a reçu Emmanuel Macron.");

        Assert.Equal(["Robert \"Bobby\" Keane", "John Michael \"Ozzy\" Osbourne", "Abdel Fattah al-Sisi", "Emmanuel Macron"], persons.Select(p => p.CanonicalName));
        Assert.Equal(3, persons[0].Surfaces.Sum(s => s.Count));
        Assert.Equal(2, persons[1].Surfaces.Sum(s => s.Count));
        Assert.Contains(persons[2].Surfaces, s => s.Surface == "Abdel Fattah");
    }

    [Fact]
    public void A_full_name_after_an_unknown_word_and_a_surname_misspelt_by_one_letter_are_found()
    {
        var persons = PersonsIn("Depuis Beyrouth, l'ancien patron de Nissan Carlos Ghosn a parlé. Le ministre Bruno Retailleau est arrivé. M. Retaillau a promis de l'aide. M. Martinez aussi.");

        Assert.Equal(["Carlos Ghosn", "Bruno Retailleau", "Martinez"], persons.Select(p => p.CanonicalName));
        Assert.Equal(["Bruno Retailleau", "Retaillau"], persons[1].Surfaces.Select(s => s.Surface));
    }

    [Fact]
    public void A_place_named_after_a_ruler_is_no_mention_and_a_detective_s_rank_is_a_cue()
    {
        Assert.Equal(
            ["Siân Morgan"],
            Names("Une étude de la Fondation Roi Baudouin. The King Hussein Bridge reopened. Det Insp Siân Morgan said the Hamilton City Schools principal agreed."));
    }

    [Fact]
    public void A_noun_after_its_article_and_a_place_after_de_are_no_part_of_the_full_name_that_follows()
    {
        Assert.Equal(
            ["Maria Tartempion", "Jean-Marie Trucmuche", "Jasmine Bidule"],
            Names("Elle a battu la Portoricaine Maria Tartempion, championne olympique. L'ancien maire de Castelnau-de-Lèze Jean-Marie Trucmuche a été condamné. Il a vu le Monégasque Jasmine Bidule."));
    }

    [Fact]
    public void A_writer_s_own_line_and_a_photographer_s_credit_name_nobody_in_the_story()
    {
        Assert.Equal(
            ["Bruno Retailleau"],
            Names("Le ministre Bruno Retailleau est arrivé lundi.\n\nPhoto Laurent Vittori\n\nZorglub Tartempion est journaliste à la rubrique culture du Courrier depuis 2018.\n\nMia Bidule covers health and science for the Gazette.\n\n— With files from Jean Machin in Ottawa"));
    }

    [Fact]
    public void A_name_written_family_name_first_is_found_and_referred_to_by_its_first_word()
    {
        var persons = PersonsIn("The chief executive, Park Seo-yeon, apologised. Chairman Ong Boon Hwee agreed, and Mr Ong said the deal would close.");

        Assert.Equal(["Park Seo-yeon", "Ong Boon Hwee"], persons.Select(p => p.CanonicalName));
        Assert.Equal(["Ong Boon Hwee", "Ong"], persons[1].Surfaces.Select(s => s.Surface));
    }

    [Fact]
    public void Places_named_after_someone_open_or_close_with_their_noun_and_more_trades_and_titles_are_cues()
    {
        Assert.Equal(
            ["Zorglub Chen-Lindqvist", "Barry Tartempion"],
            Names("Il a étudié au Lycée Alexandre-Pétion, puis publié aux Éditions Henri Deschamps. The town's Alain Mimoun swimming pool and the Jules Ferry primary school reopened. The cinematographer Zorglub Chen-Lindqvist shot it. Cr Barry Tartempion agreed."));
    }

    [Fact]
    public void An_elided_particle_joins_a_surname_and_a_president_s_body_is_no_name()
    {
        Assert.Equal(
            ["Bernard d'Alessandri", "Samuel Eto'o", "Salma Abou Ziad"],
            Names("Le prince était accompagné du secrétaire général Bernard d'Alessandri au festival Gnaoua d'Essaouira. Le président de la Fécafoot, Samuel Eto'o, a salué la signature. Salma Abou Ziad, 23 ans, étudiante, applaudissait."));
    }

    [Fact]
    public void A_name_in_apposition_may_follow_capitalised_words_after_its_role_when_a_comma_closes_it()
    {
        Assert.Equal(
            ["Zorglub Tartempion", "Mike Johnson"],
            Names("Le président de la Fédération royale marocaine de cyclisme, Zorglub Tartempion, a rappelé le patronage royal. Speaker Mike Johnson, R-La., told reporters."));
    }

    [Fact]
    public void A_player_who_scores_or_has_a_stat_line_is_a_person()
    {
        Assert.Equal(
            ["Zorglub Caufield", "Cason Tartempion", "Luguentz Bidule"],
            Names("Zorglub Caufield scored his 27th of the season. Cason Tartempion had 11 points and four steals. Luguentz Bidule a marqué deux fois."));
    }

    [Fact]
    public void Words_of_bodies_and_places_are_no_names_and_lower_case_words_may_stand_before_a_role_in_apposition()
    {
        Assert.Equal(
            ["Joost van den Berg", "Harald zur Hausen", "Israël Katz", "Fergus MacAllister"],
            Names("Joost van den Berg, a political scientist at Leiden, agreed. The Canadian Chamber of Commerce and the Hanul Pay app backed it. "
                + "Le prix est allé à l'Allemand Harald zur Hausen. Le siège est boulevard du Roi Albert II. She flew to Ho Chi Minh City. "
                + "Son ministre de la Défense, Israël Katz, a ordonné des frappes. Le responsable des équipes de sauvetage, Fergus MacAllister, décrit des conditions difficiles."));
    }

    [Fact]
    public void Names_in_a_list_after_a_full_name_more_titles_and_more_places_are_read()
    {
        Assert.Equal(
            ["Gregory Ashworth", "Kwabena Owusu", "Marie-Ève Tremblay", "Fiona McAllister", "Maureen Simms", "Demarteau", "Rodrigo dela Cruz"],
            Names("Newly elected were Gregory Ashworth, Kwabena Owusu and Marie-Ève Tremblay, backed by Coun. Fiona McAllister. Elder Aunty Maureen Simms spoke. "
                + "À Namur, le bourgmestre Demarteau a fermé le parc. Le capitaine Rodrigo dela Cruz a témoigné. The vessel of Piraeus-based Aegean Star Lines sailed. "
                + "They met at Kwame Nkrumah Circle. Les blessés sont au CHU Mohamed-Lamine-Debaghine de Sétif."));
    }

    [Fact]
    public void A_place_named_after_someone_may_hold_more_words_after_its_qualifier_and_dona_is_a_title()
    {
        Assert.Equal(
            ["Conceição Tartempion"],
            Names("The sides met at the Kofi Annan International Peacekeeping Training Centre in Accra. Dona Conceição Tartempion, 81, said she came every year."));
    }

    [Fact]
    public void An_initial_and_a_name_opening_a_sentence_are_a_person_when_an_apposition_says_so()
    {
        Assert.Equal(["K. Tartempion"], Names("Attacks have risen.\n\nK. Tartempion, a threat analyst at Arclight Labs, said suppliers were the weak point. X. Ray, the film."));
    }
    [Fact]
    public void A_father_named_after_bin_belongs_to_the_name_and_bin_ben_and_ibn_are_one_word_of_the_key()
    {
        var persons = PersonsIn("Le titre de l'article\n\nSheikh Mohammed bin Zayed Al Nahyan met Abdullah bin Ahmed Al Khalifa. Later, Tamim ben Hamad Al Thani arrived.");
        Assert.Equal(["Mohammed bin Zayed Al Nahyan", "Abdullah bin Ahmed Al Khalifa", "Tamim ben Hamad Al Thani"], persons.Select(p => p.CanonicalName));

        Assert.Equal(NameKey.Of("Tamim bin Hamad Al Thani"), NameKey.Of("Tamim ben Hamad Al Thani"));
        Assert.Equal(NameKey.Of("Abdullah ibn Ahmed"), NameKey.Of("Abdullah bin Ahmed"));
        Assert.NotEqual(NameKey.Of("Abdullah bin Ahmed"), NameKey.Of("Abdullah Ahmed"));
    }

    [Fact]
    public void Two_romanised_Korean_syllables_joined_by_a_hyphen_are_a_given_name_and_english_compounds_are_not()
    {
        Assert.Equal(["Ji-hoon Park", "Seo-yeon Kim"], Names("Le titre de l'article\n\nThe goalkeeper saved Ji-hoon Park's penalty. Seo-yeon Kim scored twice."));
        Assert.Empty(Names("Le titre de l'article\n\nLong-term Plans were made. Pre-season Friendly games drew crowds."));
    }

    [Fact]
    public void Grounds_fields_and_parks_are_named_after_people_and_a_capitalised_subject_hosts_no_person()
    {
        Assert.Equal(
            ["Sally Field"],
            Names("Le titre de l'article\n\nThey won at a packed Bill Shankly Ground. Games at Jesse Owens Field resume. Sally Field watched. At Vale Park, the hosts lost as Kirkby Vale won."));
        Assert.Empty(Names("Le titre de l'article\n\nThey are unbeaten since. Kirkby Vale host Millwharf in a rearranged fixture on Tuesday."));
    }
    [Fact]
    public void Composers_and_painters_are_named_by_their_surname_alone_and_a_surname_after_an_indefinite_article_is_a_work()
    {
        Assert.Equal(
            [("Pyotr Ilyich Tchaikovsky", 1), ("Frédéric Chopin", 1), ("Ludwig van Beethoven", 2)],
            PersonsIn("Le titre de l'article\n\nL'orchestre a joué Tchaikovsky puis Chopin et Beethoven. Beethoven a clos la soirée.")
                .Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
        Assert.Empty(Names("Le titre de l'article\n\n« C'est comme si on avait volé un Picasso », dit-il. Mathis a souri."));
    }

    [Fact]
    public void Research_bodies_and_the_initials_of_sports_clubs_are_no_names()
    {
        Assert.Equal(
            ["Aminata Diallo-Kéita", "Erwan Le Bihan", "Mathis Nguyen-Ba"],
            Names("Le titre de l'article\n\nChercheuse à l'Inserm, le Dr Aminata Diallo-Kéita étudie la chaleur. Erwan Le Bihan (UC Quimperlé) a gagné devant Mathis Nguyen-Ba (VC Lorientais). La descente vers Quimperlé était rapide."));
    }
    [Fact]
    public void Bodies_parties_offices_arenas_and_wine_estates_hold_no_person_and_more_single_names_are_known()
    {
        Assert.Equal(
            ["Alistair Brodie", "Archana Patnaik", "Joko Widodo", "Venus Williams", "Mirra Andreeva"],
            Names("Le titre de l'article\n\nSir Alistair Brodie, a former president of the European Haematology Association, spoke. Lawmakers from the Indonesian Democratic Party walked out. "
                + "Chief Electoral Officer Archana Patnaik said so. They lift the trophy at the Moody Center. The people elected (Joko) Widodo as mayor; Jokowi smiled. "
                + "Au Domaine Henri Guyot, on vendange. The race at the Autódromo José Carlos Pace. A ferry to County Antrim. Venus Williams and Mirra Andreeva won."));
    }
    [Fact]
    public void A_japanese_name_written_family_name_first_is_the_same_person_as_in_the_other_order_and_its_family_name_refers_back()
    {
        var persons = PersonsIn("Le titre de l'article\n\nTakaichi Sanae named Katayama Satsuki to Finance and Motegi Toshimitsu to Foreign Affairs, backed by Nippon Ishin. Katayama said she was ready.");
        Assert.Equal([("Sanae Takaichi", 1), ("Katayama Satsuki", 2), ("Motegi Toshimitsu", 1)], persons.Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));

        Assert.Equal(NameKey.Of("Satsuki Katayama"), NameKey.Of("Katayama Satsuki"));
        Assert.NotEqual(NameKey.Of("Abe Lincoln"), NameKey.Of("Lincoln Abe"));
    }

    [Fact]
    public void A_patronymic_between_the_given_name_and_the_surname_is_no_part_of_the_key()
    {
        Assert.Equal(NameKey.Of("Ilya Sokolov"), NameKey.Of("Ilya Andreyevich Sokolov"));
        Assert.Equal(NameKey.Of("Olga Bespalova"), NameKey.Of("Olga Nikolaïevna Bespalova"));
        Assert.NotEqual(NameKey.Of("Vladimir"), NameKey.Of("Vladimir Vladimirovich"));
    }
    [Fact]
    public void A_given_name_and_the_initial_of_a_withheld_surname_name_someone_and_the_initial_tells_them_apart()
    {
        var persons = PersonsIn("Meurtre à Cholet : aux assises, Jean-Marc D. nie toujours\n\n« Je n'ai pas tué Patrick », répète-t-il. Jean-Marc D., 52 ans, est jugé pour le meurtre de son associé, Patrick L., 49 ans. Sylvie D., citée par la défense, a parlé. George W. Bush est cité.");

        Assert.Equal([("Jean-Marc D.", 2), ("Patrick L.", 2), ("Sylvie D.", 1), ("George W. Bush", 1)], persons.Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
        Assert.NotEqual(NameKey.Of("Patrick L."), NameKey.Of("Patrick D."));
    }
    [Fact]
    public void Swedish_af_the_late_and_an_age_after_an_article_name_people_and_a_firm_named_after_its_founder_does_not()
    {
        Assert.Equal(
            [("Ebba af Klercker", 2), ("J. Jayalalithaa", 1), ("Sutrisno", 1)],
            PersonsIn("Le titre de l'article\n\nEbba af Klercker, head of business, said so. Af Klercker added more. Canteens launched under the late J. Jayalalithaa were closed. "
                + "Sutrisno, a 54-year-old ojek driver, will vote. The merger of Établissements Georges Lemaire was signed.").Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
    }
    [Fact]
    public void A_relative_named_by_the_given_name_alone_takes_the_surname_of_the_first_person_of_the_sentence_else_of_the_last_before()
    {
        Assert.Equal(
            [("Keir Starmer", 1), ("Victoria Starmer", 2)],
            PersonsIn("Le titre de l'article\n\nKeir Starmer, arriving at Tate Modern with his wife, Victoria, told supporters. Victoria smiled.").Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
        Assert.Equal(
            ["Venus Williams", "Leylah Fernandez", "Serena Williams"],
            Names("Le titre de l'article\n\nVenus Williams and Leylah Fernandez won with sister Serena watching."));
        Assert.Equal(
            ["Gustave Caillebotte", "René Caillebotte"],
            Names("Le titre de l'article\n\nGustave Caillebotte peint la rue. On y voit de dos son frère René, mort à 26 ans."));
    }

    [Fact]
    public void A_given_name_that_opens_like_a_month_refers_back_and_a_month_does_not()
    {
        Assert.Equal(
            [("Marcus Whitfield", 2), ("Julien Morel", 2)],
            PersonsIn("Le titre de l'article\n\nMarcus Whitfield and Julien Morel met. Marcus said it went well, and Julien agreed. In Jan. 2024, they met again.")
                .Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
    }
    [Fact]
    public void Madame_dad_and_registrar_are_cues_and_streets_corps_and_policies_hold_no_person()
    {
        Assert.Equal(
            [("Vasseur", 2), ("Dave Hughes", 1), ("Haskins", 1), ("Grace Akinyi Otieno", 1), ("Enric Mas", 1)],
            PersonsIn("Le titre de l'article\n\nMadame Vasseur a parlé, puis Vasseur est partie. Dad Dave Hughes waved. Registrar Haskins signed. We saw it on Alfred St. "
                + "The Marine Corps and the Monetary Policy Committee met. \"Nobody can afford it,\" said Grace Akinyi Otieno. Enric Mas attacked.").Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
    }
    [Fact]
    public void A_given_name_with_an_age_names_someone_unless_the_age_is_another_s_or_a_full_name_has_the_word()
    {
        Assert.Equal(
            [("Lucas", 1), ("Inès", 1), ("Paul Martin", 1), ("Martine", 1)],
            PersonsIn("Faits divers\n\nLucas, 19 ans, et Inès, 18 ans, ont perdu la vie. Le randonneur Paul Martin a été retrouvé. Martine, 61 ans, a témoigné. Le frère de Kylian, 18 ans, a marqué.")
                .Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
        Assert.Equal(
            [("Han Kang", 2)],
            PersonsIn("Nobel\n\nSouth Korean novelist Han Kang has won the prize. Han, 53, is the first South Korean writer to win it.").Select(p => (p.CanonicalName, p.Surfaces.Sum(s => s.Count))));
    }

    [Fact]
    public void The_identity_of_a_name_of_three_words_leaves_out_a_middle_given_name_but_not_a_particle_a_compound_or_a_longer_name()
    {
        Assert.Equal(NameKey.Identity("Bola Tinubu"), NameKey.Identity("Bola Ahmed Tinubu"));
        Assert.Equal(NameKey.Identity("Sarah Parker"), NameKey.Identity("Sarah Jessica Parker"));
        Assert.NotEqual(NameKey.Identity("Jean Martin"), NameKey.Identity("Jean-Pierre Martin"));
        Assert.NotEqual(NameKey.Identity("Itamar Gvir"), NameKey.Identity("Itamar Ben Gvir"));
        Assert.NotEqual(NameKey.Identity("Abdel al-Sisi"), NameKey.Identity("Abdel Fattah al-Sisi"));
        Assert.NotEqual(NameKey.Identity("Andrés Obrador"), NameKey.Identity("Andrés Manuel López Obrador"));
        Assert.Equal("bola-tinubu", Assert.Single(PersonsIn("Le titre de l'article\n\nPresident Bola Ahmed Tinubu declared a state of emergency.")).PersonId);
    }

    [Fact]
    public void Party_and_state_tags_demonyms_after_an_article_bands_and_holy_places_are_no_names()
    {
        Assert.Equal(
            ["John Cornyn", "Cédrine Kerbaol"],
            Names("Le titre de l'article\n\nSen. John Cornyn, R-Texas, voted yes. Les Bretonnes Cédrine Kerbaol et sa coéquipière ont attaqué. Marcel et son Orchestre ont joué. "
                + "The Holy See and the Extraordinary Jubilee drew pilgrims. The James Webb Space Telescope saw it."));
    }

    [Fact]
    public void The_regular_and_the_barmaid_a_pierre_opening_a_name_broadcasters_and_a_tournament_named_after_an_aviator()
    {
        Assert.Equal(
            ["Doreen Pilkington", "Arjun Mehta", "Kelly-Ann Doyle", "Pierre Elliott Trudeau", "Léon Marchand"],
            Names("Gran, 87, becomes a landlady\n\nLandlady Doreen Pilkington has pulled her first pint.\n\nRegular Arjun Mehta, 64, said: \"Brilliant.\"\n\n"
                + "Barmaid Kelly-Ann Doyle, 23, added: \"She has energy.\" A guest was quoting Pierre Elliott Trudeau on elephants. "
                + "Au micro de France Télévisions, Léon Marchand a parlé. He won Roland Garros himself."));
    }

    [Fact]
    public void Seyed_is_an_honorific_fm_a_role_and_a_written_out_umlaut_keys_as_the_umlaut()
    {
        Assert.Equal(["Abbas Araghchi"], Names("Iran's FM Araghchi meets Jaishankar\n\nIranian Foreign Minister Seyed Abbas Araghchi on Thursday held talks in Delhi. Mr. Araghchi left."));
        Assert.Equal(NameKey.Of("Julia Klöckner"), NameKey.Of("Julia Kloeckner"));
        Assert.Equal(NameKey.Of("Thomas Müller"), NameKey.Of("Thomas Mueller"));
        Assert.NotEqual(NameKey.Of("Joel Smith"), NameKey.Of("Jol Smith"));
    }

    [Fact]
    public void Writers_sent_by_the_paper_or_who_contributed_and_headlines_after_also_read_are_no_persons_of_the_story()
    {
        Assert.Equal(
            ["Julia Klöckner", "Friedrich Merz"],
            Names("Merz élu chancelier\n\nPar notre correspondante à Berlin, Ulrike Fassbender\n\nLa présidente du Bundestag, Julia Klöckner, annonce que Friedrich Merz est élu.\n\n"
                + "ALSO READ | Operation Sindoor: Rajnath Singh briefs all-party meeting\n\nAssociated Press writer Suzan Fraser in Ankara contributed."));
        Assert.Equal(
            ["João Almeida"],
            Names("Tour de Romandie\n\nDe notre envoyé spécial à Thyon, Grégoire Monnet\n\nJoão Almeida a frappé fort.\n\nPlus de «Santé»\nPourquoi le prix grimpe, selon Elisabeth Baume-Schneider\n0 Commentaires"));
    }

    [Fact]
    public void Al_apart_keys_as_al_joined_and_dutch_squares_companies_irish_parties_and_terminals_are_no_persons()
    {
        Assert.Equal(NameKey.Of("Tamim bin Hamad Al-Thani"), NameKey.Of("Tamim ben Hamad Al Thani"));
        Assert.Equal(NameKey.Of("Al Gore"), NameKey.Of("Al Gore"));
        Assert.NotEqual(NameKey.Of("Gore"), NameKey.Of("Al Gore"));
        Assert.Equal(
            ["Lotte Peeters"],
            Names("Cycliste tuée à Gand\n\nLa jeune femme a été percutée sur l'Emile Braunplein. Lotte Peeters, étudiante, circulait à vélo. Koninklijke Dekker a réagi. "
                + "Fine Gael and Fianna Fáil lost seats. Talks were held at Shahid Beheshti terminal."));
    }

    [Fact]
    public void A_common_surname_the_lists_hold_for_a_business_or_a_holiday_is_a_surname_after_a_given_name()
    {
        Assert.Equal(
            ["Mike White", "Clément Noël", "Marianne Vos", "Ramon Zenhaeusern"],
            Names("Race report\n\nGENEVA (AP) - The race was held on Tuesday.\n\nDirector Mike White said yes. Skier Clément Noël won in Adelboden. "
                + "Cyclist Marianne Vos won too. Ramon Zenhaeusern was second. Zenhäusern said he was happy. The White House and Fox News said nothing."));
    }

    [Fact]
    public void A_ship_keeps_its_name_through_the_article_and_whoever_took_the_picture_or_wrote_under_the_headline_is_no_person()
    {
        Assert.Equal(
            ["Giannis Chalas"],
            Names("Greek ferry runs aground\n\nATHENS (Reuters) - Passengers left the ferry Konstantinos Kanaris at Gavrio. The Konstantinos Kanaris, a 1996-built vessel, "
                + "was towed. \"Old ships,\" said union president Giannis Chalas. (Photo by Clive Rose/Getty Images)"));
        Assert.Equal(
            ["James Browne"],
            Names("Government will miss housing target\n\nMinister concedes the figure is lower\n\nCormac Ó Dálaigh\nPolitical Correspondent\nWed Mar 12 2025 - 18:45\n\n"
                + "The Government will miss its target, Minister James Browne said. Staff at the Desmond Tutu Health Foundation agreed."));
    }

    [Fact]
    public void The_role_after_the_and_its_adjectives_makes_a_person_and_a_business_surname_may_end_a_name_of_three_words()
    {
        Assert.Equal(
            ["Zorbatou Qiam", "Thérèse Kayikwamba Wagner"],
            Names("Athletics and talks\n\nBRUSSELS (AP) - The meeting was held on Friday.\n\nBelgium's Zorbatou Qiam, the three-time Olympic heptathlon champion, watched. "
                + "La ministre, Thérèse Kayikwamba Wagner, a parlé. Les mercenaires de Wagner sont partis."));
        Assert.Empty(Names("Acme\n\nPARIS (AP) - Acme Labs, the Canadian company, spoke on Friday."));
    }

    [Fact]
    public void Indian_nigerian_and_south_african_honorifics_stand_before_names_and_no_name_is_made_of_them()
    {
        Assert.Equal(
            ["Narendra Modi", "Lalitha Raghunathan", "Aliko Dangote", "Kholeka Gcaleka", "Aden Duale", "Smith"],
            Names("Talks in Delhi\n\nNEW DELHI (PTI) - Talks were held on Monday.\n\nShri Narendra Modi hosted the visit. Project director Smt. Lalitha Raghunathan spoke. "
                + "Alhaji Aliko Dangote agreed. The Public Protector, Adv. Kholeka Gcaleka, will look into it. Hon. Aden Duale was summoned. Engr Smith was absent."));
        Assert.Equal(["Gaël Faye", "Shubhanshu Shukla"], Names("Victoires\n\nPARIS (AFP) - Les nominations ont été dévoilées.\n\nGaël Faye est nommé trois fois. L'astronaute Shubhanshu Shukla assistait. Fine Gael a perdu."));
    }

    [Fact]
    public void A_correspondent_with_avec_notre_and_a_commentator_signing_the_column_are_no_persons_of_the_story()
    {
        Assert.Equal(
            ["William Ruto"],
            Names("Kenya airport\n\nAvec notre correspondant à Nairobi, Jean-Marc Oduya\n\nLe président William Ruto a inauguré le terminal.\n\n"
                + "— Aroha Te Rangi is a Wellington-based political commentator and a former parliamentary staffer."));
    }

    [Fact]
    public void A_provincial_premier_after_a_cape_cheikh_as_a_given_name_and_a_given_name_alone_spelt_unlike_a_one_word_alias()
    {
        Assert.Equal(["Oscar Mabuyane"], Names("Floods\n\nMTHATHA (AP) - The toll rose.\n\nThe toll rose to 49, Eastern Cape Premier Oscar Mabuyane said."));
        Assert.Equal(["Cheikh Diba"], Names("Budget\n\nDAKAR (APS) - Le plan a été présenté.\n\nLe ministre des Finances, Cheikh Diba, a présenté le budget."));
        Assert.Equal(["Rodrygo"], Names("Real\n\nMADRID (AP) - Real won.\n\nRodrygo scored twice."));
        Assert.DoesNotContain("Rodrygo", Names("Obituary\n\nSANTIAGO (AP) - He died on Monday.\n\nRodrigo Alberto Sepúlveda Ibarra died. Rodrigo, as fans called him, was 70."));
    }

    [Fact]
    public void Officers_of_councils_are_roles_and_boards_collections_and_a_team_s_first_xi_are_no_persons()
    {
        Assert.Equal(
            ["Monica Van Wormer", "Aoife O'Dowd"],
            Names("Levy fails\n\nNEWARK, Ohio (AP) - The levy failed on Tuesday.\n\nTreasurer Monica Van Wormer said the Licking County Board agreed. Cathaoirleach Aoife O'Dowd "
                + "opened the Jackie Clarke Collection. He played for the first XI."));
    }
}
