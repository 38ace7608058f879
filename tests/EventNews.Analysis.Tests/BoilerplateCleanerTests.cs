namespace EventNews.Analysis.Tests;

public class BoilerplateCleanerTests
{
    private static ArticleAnalysis Analyze(string text) => Corpus.Analyzer.Analyze(new ArticleInput(text));

    private static List<string> Kinds(string text) => Analyze(text).Dropped.Select(d => d.Kind).ToList();

    [Fact]
    public void The_metadata_prefix_and_a_comment_prompt_on_the_first_line_are_dropped()
    {
        var analysis = Analyze(" date 2022-07 Commentez cette histoire Commentaire\n\nLe secrétaire d’État Antony Blinken a parlé.");

        Assert.Equal(["metadata-prefix", "comment-prompt"], analysis.Dropped.Select(d => d.Kind));
        Assert.Equal("Le secrétaire d’État Antony Blinken a parlé.", analysis.CleanText);
        Assert.Equal("Le secrétaire d’État Antony Blinken a parlé.", analysis.Title);
    }

    [Theory]
    [InlineData("LIRE AUSSI - Crise ukrainienne: l'Otan renforce son flanc est", "read-also")]
    [InlineData("A LIRE AUSSI | Ukraine: comment la guerre a bouleversé le marché", "read-also")]
    [InlineData("Photo : AFP", "image-credit")]
    [InlineData("© Reuters", "image-credit")]
    [InlineData("Image: Maria Zakharova / Telegram", "image-credit")]
    [InlineData("Vidéo : La cérémonie de signature au palais (3:04)", "video-caption")]
    [InlineData("#Ukraine #Russie #Diplomatie", "hashtags")]
    [InlineData("Publicité", "navigation")]
    [InlineData("ADVERTISEMENT", "navigation")]
    [InlineData("Partager sur Facebook", "navigation")]
    [InlineData("Newsletter « La Matinale » Chaque matin, retrouvez notre sélection de 20 articles à ne pas manquer S'inscrire", "navigation")]
    [InlineData("Get the best of our journalism every morning. Sign up", "navigation")]
    [InlineData("3 min Temps de lecture", "navigation")]
    [InlineData("Temps de lecture : 4 minutes", "navigation")]
    [InlineData("5 min read", "navigation")]
    [InlineData("Par : RFI", "byline")]
    [InlineData("Media contact: Jane Smith, press@example.org", "byline")]
    [InlineData("Contact presse : Jeanne Martin, 01 02 03 04 05", "byline")]
    [InlineData("FOR IMMEDIATE RELEASE", "navigation")]
    [InlineData("More in Health: Measles cases climb in West Texas as Dr. Lara Whitcombe urges parents to check records", "read-also")]
    [InlineData("Coming up: Pauline Ferrand-Prévot targets the Tour de France Femmes", "read-also")]
    [InlineData("FILE - French Foreign Minister Catherine Colonna arrives, Monday, Oct. 17, 2022.", "image-caption")]
    [InlineData("Sébastien Lecornu, à l'Assemblée nationale, le 14 octobre 2025. LUDOVIC MARIN / AFP", "image-caption")]
    [InlineData("By Philip Blenkinsop and Jan Strupczewski", "byline")]
    [InlineData("Par Anne-Laure Mercier, correspondante à Rio de Janeiro", "byline")]
    [InlineData("By Reuters Staff | Reuters", "byline")]
    [InlineData("(Reporting by Philip Blenkinsop; additional reporting by Jan Strupczewski; Editing by Alex Richardson)", "byline")]
    [InlineData("Avec AFP", "byline")]
    [InlineData("Le Monde avec AFP", "byline")]
    [InlineData("Propos recueillis par Marie-Estelle Pech", "byline")]
    [InlineData("Interview by Jan Strupczewski in Brussels", "byline")]
    [InlineData("Par Thibaut Van den Bossche", "byline")]
    [InlineData("By Marcus \"Fizz\" Delaney", "byline")]
    [InlineData("RELATED: Wang Yi to visit Europe next month for strategic dialogue with Kaja Kallas", "read-also")]
    public void Boilerplate_lines_are_dropped_with_their_kind(string line, string kind)
    {
        var analysis = Analyze($"Un titre assez long pour être un titre\n\nLe corps de l'article commence ici.\n\n{line}\n\nLe corps continue ensuite longuement.");

        Assert.Contains(analysis.Dropped, d => d.Kind == kind);
        Assert.DoesNotContain(line, analysis.CleanText, StringComparison.Ordinal);
        Assert.Contains("Le corps continue", analysis.CleanText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Le président Emmanuel Macron est arrivé à Kiev le 3 mars 2023 à 18h30.", "emmanuel-macron")]
    [InlineData("Vendredi 10 mars 2023 à 9 h 15, Olaf Scholz a quitté Berlin pour Paris.", "olaf-scholz")]
    [InlineData("Joe Biden landed in Warsaw on Feb. 20, 2023, at 6:40 p.m.", "joe-biden")]
    public void A_short_opening_sentence_with_a_date_and_a_time_is_text_not_a_dateline(string sentence, string person)
    {
        var analysis = Analyze($"Un titre assez long pour être un titre\n\n{sentence}\n\nLe texte continue ensuite.");

        Assert.Empty(analysis.Dropped);
        Assert.Contains(sentence, analysis.CleanText, StringComparison.Ordinal);
        Assert.Contains(analysis.Persons, p => p.PersonId == person);
        Assert.Null(analysis.Published.Date);
    }

    [Theory]
    [InlineData("By Monday, the troops had pulled back from the city.")]
    [InlineData("Par ailleurs, le ministre a démenti.")]
    [InlineData("Par Vladimir Poutine lui-même, selon le Kremlin, qui l'a confirmé.")]
    [InlineData("Readers who want the full report can subscribe.")]
    [InlineData("Le journaliste est venu avec l'AFP, a-t-il raconté, puis il est reparti.")]
    public void A_sentence_that_opens_like_a_byline_is_text(string sentence)
    {
        var analysis = Analyze($"Un titre assez long pour être un titre\n\n{sentence}\n\nLe texte continue ensuite.");

        Assert.Empty(analysis.Dropped);
        Assert.Contains(sentence, analysis.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_press_release_ends_at_its_about_heading()
    {
        var analysis = Analyze("University appoints a new vice-chancellor\n\nThe University of Oxford today announced the appointment of Prof. Amara Okonkwo-Hale.\n\n"
            + "Prof. Irene Tracey will step down in September after seven years in the post.\n\nThe council met on Monday and voted without dissent.\n\n"
            + "About the University of Oxford\n\nOxford is a collegiate research university founded before 1167.\n\nSOURCE University of Oxford");

        Assert.Equal(["byline", "appended-teaser", "byline"], analysis.Dropped.Select(d => d.Kind));
        Assert.DoesNotContain("1167", analysis.CleanText, StringComparison.Ordinal);
        Assert.Equal("About the University of Oxford", Analyze("About the University of Oxford\n\nThe university was founded before 1167, records show.").Title);
    }

    [Fact]
    public void Credits_at_the_foot_end_the_body()
    {
        var analysis = Analyze("Un titre assez long pour être un titre\n\nLe corps de l'article commence ici et continue longuement avec des détails.\n\n(Reporting by Jan Strupczewski; Editing by Alex Richardson)\nHeat wave grips southern Europe as wildfires force thousands to evacuate");

        Assert.Equal(["byline", "appended-teaser"], analysis.Dropped.Select(d => d.Kind));
    }

    [Fact]
    public void A_story_about_public_comment_is_no_comment_policy()
    {
        var analysis = Analyze("School board delays its vote\n\nAfter four hours of public comment, board president Tom Delgado postponed the vote. \"We owe it to this community to get the numbers right,\" he said.\n\nRetired teacher T. J. Watson spoke next.");

        Assert.Empty(analysis.Dropped);
        Assert.EndsWith("spoke next.", analysis.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_photographer_after_the_agency_in_brackets_is_a_credit()
    {
        var analysis = Analyze("Un titre assez long pour être un titre\n\nLe corps de l'article commence ici et continue longuement avec des détails.\n\nA building damaged during a drone strike in Kharkiv, November 2, 2025. (Reuters/Gleb Garanich)\n\nLa suite de l'article reprend ici avec d'autres détails encore.");

        Assert.Equal(["image-caption", "image-credit"], analysis.Dropped.Select(d => d.Kind));
        Assert.DoesNotContain(analysis.Persons, p => p.CanonicalName == "Gleb Garanich");
    }

    [Fact]
    public void A_credit_that_opens_its_caption_and_a_writer_with_an_outlet_are_dropped()
    {
        var analysis = Analyze("Carney sworn in as prime minister\n\nÉloïse Chartrand-Baker · CBC News\n\nMark Carney was sworn in on Friday at Rideau Hall, and he named a smaller cabinet.\n\n(Photo by Julian Finney/Getty Images) The Princess of Wales presents the trophy.\n\nThe ceremony ended after an hour, and the new ministers met in the afternoon.");

        Assert.Equal(["byline", "image-credit", "image-caption"], analysis.Dropped.Select(d => d.Kind));
        Assert.Equal(["Mark Carney"], analysis.Persons.Select(p => p.CanonicalName));
    }

    [Fact]
    public void A_comment_policy_ends_the_body_and_what_follows_is_a_teaser()
    {
        var analysis = Analyze("Un titre assez long pour être un titre\n\nLe corps de l'article commence ici et continue longuement avec des détails.\n\nComments are moderated and closed 48 hours after publication.\nHeat wave grips southern Europe as wildfires force thousands to evacu");

        Assert.Equal(["comment-policy", "appended-teaser"], analysis.Dropped.Select(d => d.Kind));
        Assert.EndsWith("détails.", analysis.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credit_glued_to_a_caption_drops_the_caption_too()
    {
        var analysis = Analyze("Titre de l'article assez long\nLe président russe Vladimir Poutine au Kremlin, le 1er février 2022.Image: keystone\nLe texte suit ici avec des mots.");

        Assert.Equal(["image-caption", "image-credit"], analysis.Dropped.Select(d => d.Kind));
        Assert.Contains(analysis.Persons, p => p.PersonId == "vladimir-putin");
        Assert.Empty(analysis.MentionedDates);
    }

    [Fact]
    public void Section_labels_are_skipped_for_the_title()
    {
        var analysis = Analyze("International\nRussie\n\nAntony Blinken et Sergueï Lavrov se sont téléphoné pour régler la crise\n\nLe texte.");

        Assert.Equal("Antony Blinken et Sergueï Lavrov se sont téléphoné pour régler la crise", analysis.Title);
        Assert.Equal(["section-label", "section-label"], analysis.Dropped.Select(d => d.Kind));
    }

    [Theory]
    [InlineData("Macron à Berlin\n\nLe président a parlé mardi devant les députés. Il a annoncé un plan.", "Macron à Berlin")]
    [InlineData("Incendie à Marseille\n\nLe feu a pris dans la nuit de lundi à mardi dans un entrepôt du port, selon les pompiers.", "Incendie à Marseille")]
    [InlineData("Guerre en Ukraine\n\nKiev reprend deux villages près de Kharkiv\n\nLe texte suit ici avec des mots.", "Kiev reprend deux villages près de Kharkiv")]
    [InlineData("Politique\n\nLe président a parlé mardi devant les députés. Il a annoncé un plan.", "Le président a parlé mardi devant les députés.")]
    public void A_short_first_line_is_the_headline_unless_a_headline_follows_it(string text, string title)
    {
        Assert.Equal(title, Analyze(text).Title);
    }

    [Theory]
    [InlineData("Faits divers. Un automobiliste flashé à 210 km/h sur l'A7\n\nLe texte.", "Un automobiliste flashé à 210 km/h sur l'A7")]
    [InlineData("Guerre en Ukraine. Kiev reprend deux villages. Le texte suit.\n\nLe texte.", "Kiev reprend deux villages.")]
    [InlineData("Antony Blinken à Kiev. Une visite de deux jours.\n\nLe texte.", "Antony Blinken à Kiev.")]
    [InlineData("Cyclisme - Critérium du Dauphiné. Roglič s'impose au Collet d'Allevard\n\nLe texte.", "Cyclisme - Critérium du Dauphiné. Roglič s'impose au Collet d'Allevard")]
    public void A_rubric_before_the_headline_on_its_line_is_left_out_of_the_title(string text, string title)
    {
        Assert.Equal(title, Analyze(text).Title);
    }

    [Theory]
    [InlineData("Ligue des champions : le PSG renverse Arsenal\n\nParis, 7 mai 2025 - Le Paris Saint-Germain s'est qualifié mercredi soir.", "2025-05-07", "Le Paris Saint-Germain")]
    [InlineData("Senate passes the bill\n\nWashington, May 7, 2025 — The Senate passed the bill on Wednesday.", "2025-05-07", "The Senate passed")]
    public void A_dateline_with_a_place_as_prose_writes_it_gives_the_publication_date(string text, string published, string kept)
    {
        var analysis = Analyze(text);

        Assert.Equal(published, analysis.Published.Date?.Key);
        Assert.StartsWith(kept, analysis.CleanText.Split("\n\n")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_sentence_that_opens_with_a_name_and_a_year_is_no_dateline()
    {
        var analysis = Analyze("Le président face aux urnes\n\nMacron, élu en 2017 - puis réélu en 2022 - a promis une réforme.");

        Assert.Empty(analysis.Dropped);
        Assert.Equal(DateValueResult.None, analysis.Published);
    }

    [Fact]
    public void A_metadata_title_wins()
    {
        var analysis = Corpus.Analyzer.Analyze(new ArticleInput("International\nUn texte quelconque.", MetadataTitle: "Le vrai titre"));

        Assert.Equal("Le vrai titre", analysis.Title);
    }

    [Fact]
    public void An_unrelated_teaser_after_the_comment_footer_is_dropped()
    {
        var sample = Corpus.Sample("002_855a7f84c1564188.txt");
        var analysis = Corpus.Analyzer.Analyze(new ArticleInput(sample));

        Assert.Contains(analysis.Dropped, d => d.Kind == "appended-teaser" && sample.Substring(d.Start, d.Length).StartsWith("Procès Trump", StringComparison.Ordinal));
        Assert.Contains(analysis.Dropped, d => d.Kind == "video-caption" && sample.Substring(d.Start, d.Length).StartsWith("Aux États-Unis", StringComparison.Ordinal));
        Assert.DoesNotContain("Trump", analysis.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain(analysis.Persons, p => p.CanonicalName.Contains("Trump", StringComparison.Ordinal));
        Assert.EndsWith("(mbr/ats)", analysis.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void Dropped_spans_cover_exactly_what_the_clean_text_lacks()
    {
        var sample = Corpus.Sample("002_855a7f84c1564188.txt");
        var analysis = Corpus.Analyzer.Analyze(new ArticleInput(sample));

        foreach (var span in analysis.Dropped)
        {
            Assert.InRange(span.Start + span.Length, 1, sample.Length);
        }

        Assert.Equal(analysis.Dropped.OrderBy(d => d.Start), analysis.Dropped);
        Assert.Equal("Blinken et Lavrov se sont téléphoné pour régler la crise (et ça a encore raté)", analysis.CleanText.Split('\n')[2]);
    }

    [Fact]
    public void The_headlines_listed_under_a_teaser_heading_go_with_it_up_to_the_next_blank_line()
    {
        var analysis = Analyze("Zorglub Tartempion a gagné la course de dimanche\n\nLe ministre Zorglub Tartempion a gagné dimanche après une longue campagne dans la montagne.\n\nLes plus lus\n1 Mali : la junte d'Assimi Goïta suspend les partis\n2 RDC : Félix Tshisekedi nomme Judith Suminwa\n\nKeep reading\nlist of 2 items\nWho is Ahmed al-Sharaa, the leader who toppled Assad?\nend of list\n\nLIRE Sénégal : Bassirou Diomaye Faye, l'ascension d'un inspecteur\n\nLe député Bidule Trucmuche a fini deuxième de la course, loin derrière le vainqueur.");

        Assert.Equal(["Zorglub Tartempion", "Bidule Trucmuche"], analysis.Persons.Select(p => p.CanonicalName));
        Assert.Equal(["read-also", "read-also", "read-also", "read-also", "navigation", "read-also", "navigation", "read-also"], analysis.Dropped.Select(d => d.Kind));
    }

    [Theory]
    [InlineData("Jannik Sinner celebrates with the cup. Photograph: Zorglub Tartempion/AFP/Getty Images")]
    [InlineData("Jasprit Bumrah was unplayable at Optus Stadium. (AAP: Zorglub Tartempion)")]
    [InlineData("The prince meets the president in Riyadh [Zorglub Tartempion/Handout via Reuters]")]
    [InlineData("People gather outside the Supreme Court in Washington. (AP Photo/Zorglub Tartempion)")]
    [InlineData("Donna Dwyer speaks to media outside the courthouse. (ABC Gold Coast: Zorglub Tartempion)")]
    [InlineData("Ukrainian President Volodymyr Zelensky at a news conference in Kyiv. Zorglub Tartempion/AP")]
    [InlineData("The bridge links downtown with the park. Zorglub Tartempion/Post-Courier")]
    [InlineData("A nurse adjusts a mask during a sleep study. File Photo by Zorglub Tartempion/Health Wire")]
    [InlineData("Residents queue for water from a municipal tanker. (Zorglub Tartempion/Gallo Images)")]
    [InlineData("La présidente lors de la conférence de presse, à Berne. [KEYSTONE - Zorglub Tartempion]")]
    [InlineData("The river, seen from the Main Street bridge in Montpelier. Zorglub Tartempion for The Northern Review")]
    [InlineData("The mayor-elect hugs her husband at her election night party. (Photo: Zorglub Tartempion/Journal-News)")]
    [InlineData("The chief minister at the Vidhana Soudha in Bengaluru. (HT Photo/Zorglub Tartempion)")]
    [InlineData("L'accusé à son arrivée au palais de justice, ce lundi matin. (Photo Le Courrier du Finistère / Zorglub Tartempion)")]
    [InlineData("L'ancien maire lors de l'inauguration de la salle, en 2009. Photo archives La Voix du Jura / Zorglub Tartempion")]
    public void A_photographer_credited_at_the_end_of_a_caption_is_no_person(string caption)
    {
        var analysis = Analyze("Title of the story here\n\n" + caption + "\n\nThe text of the story goes on here with more words.");

        Assert.Contains("image-credit", analysis.Dropped.Select(d => d.Kind));
        Assert.DoesNotContain(analysis.Persons, p => p.CanonicalName.Contains("Tartempion", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Martin Wall, Washington Correspondent", "byline")]
    [InlineData("ABC Sport / By Dean Bilton in Perth", "byline")]
    [InlineData("Tumaini Carayol at Melbourne Park", "byline")]
    [InlineData("Tommy Chouinard", "byline")]
    [InlineData("Mathilde Roux, Davos", "byline")]
    [InlineData("By court reporter Mia Kostas", "byline")]
    [InlineData("Photographs by Eli Marchand", "byline")]
    [InlineData("Zorglub Tartempion is Housing Correspondent", "byline")]
    [InlineData("Marie-Ève Tartempion-Gagnon", "byline")]
    [InlineData("Avec la collaboration de Marie-Ève Tartempion", "byline")]
    [InlineData("Avec les informations de Jean-François Tartempion", "byline")]
    [InlineData("Associated Press writer Illia Novikov in Kyiv contributed to this report.", "byline")]
    [InlineData("Image source, PA Media", "image-credit")]
    [InlineData("Photo Sirotti / Le Progrès", "image-credit")]
    [InlineData("Copyright 2025 The Associated Press. All Rights Reserved.", "navigation")]
    [InlineData("Cet article est réservé aux abonnés. Pour réagir, connectez-vous.", "navigation")]
    [InlineData("Vous avez aimé cet article ? Abonnez-vous à La Voix du Nord pour 1 € le premier mois.", "navigation")]
    [InlineData("Filed under: Donald Trump, Courts, Supreme Court", "navigation")]
    public void Writers_credits_and_calls_to_subscribe_are_furniture(string line, string kind)
    {
        Assert.Equal([kind], Kinds("Title of the story here\n" + line + "\n\nThe text of the story goes on here with more words, and it ends."));
    }

    [Fact]
    public void A_byline_with_its_date_after_a_bar_gives_the_publication_date()
    {
        var analysis = Analyze("Une start-up mise sur une molécule\nPar Laurent Decotte | Publié le 24/10/2023\n\nLa société lilloise a levé des fonds ce mardi.");

        Assert.Equal("2023-10-24", analysis.Published.Date?.ToString());
        Assert.Equal(["dateline"], analysis.Dropped.Select(d => d.Kind));
        Assert.Equal(["ce mardi=2023-10-24"], analysis.MentionedDates.Select(d => $"{d.Surface}={d.Date}"));
    }
    [Fact]
    public void The_names_of_a_live_page_writers_under_its_stamps_are_a_byline()
    {
        var analysis = Analyze("UK general election 2024 live\nLive\nPublished 4 July 2024, 21:30 BST · Last updated 5 July 2024, 06:05 BST\nHannah O'Neill, Tom Barker and Priya Raman\n\nKey events\n06:02 Keir Starmer won.");

        Assert.Contains(analysis.Dropped, d => d.Kind == "byline");
        Assert.Equal(["Keir Starmer"], analysis.Persons.Select(p => p.CanonicalName));
    }
    [Fact]
    public void A_headline_left_open_under_a_video_title_at_the_end_is_an_appended_teaser_and_a_cut_body_is_kept()
    {
        var body = "Le prix Nobel d'économie récompense Philippe Aghion pour ses travaux sur la croissance et l'innovation. " + string.Concat(Enumerable.Repeat("La croissance vient de la destruction créatrice, a-t-il rappelé devant la presse. ", 6));
        var teaser = Analyze($"Le Nobel d'économie pour Philippe Aghion\n\n{body}\n\nVidéo : Philippe Aghion, l'économiste de la destruction créatrice\n\nÉquipe de France : blessé à la cheville, Kylian Mbappé forfait face à l'Islande, Didier Deschamps inqu");
        Assert.Contains(teaser.Dropped, d => d.Kind == "appended-teaser");
        Assert.Equal(["Philippe Aghion"], teaser.Persons.Select(p => p.CanonicalName));

        var cut = Analyze($"Le Nobel d'économie pour Philippe Aghion\n\n{body}\n\nÉquipe de France : blessé à la cheville, Kylian Mbappé forfait face à l'Islande, Didier Deschamps inqu");
        Assert.Contains("Kylian Mbappé", cut.CleanText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_cut_mid_word_under_a_teaser_and_longer_than_a_headline_is_kept()
    {
        var analysis = Analyze("Sonko : « Nous n'irons pas mendier »\n\nDAKAR (APS) - Le Premier ministre a présenté son plan lundi devant les députés.\n\n"
            + "À LIRE AUSSI : Mondial 2026 : Pape Thiaw dévoile sa liste pour les barrages\n\n"
            + "Pour l'économiste Mamadou Lamine Sarr, le plan « repose sur une hypothèse de croissance optimiste », notamment sur la production du champ pétrolier de Sangomar, entrée en service en juin 20");
        Assert.Contains("Mamadou Lamine Sarr", analysis.CleanText, StringComparison.Ordinal);
    }
}
