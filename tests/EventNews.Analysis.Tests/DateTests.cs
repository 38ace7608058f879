namespace EventNews.Analysis.Tests;

public class DateTests
{
    private static DateValueResult Published(string text, string? metadata = null, string? language = null) =>
        Corpus.Analyzer.Analyze(new ArticleInput(text, MetadataPublished: metadata, Language: language)).Published;

    /// <summary>Each mentioned date as "surface=key", in the analysis's order.</summary>
    private static List<string> Mentioned(string text) =>
        [.. Corpus.Analyzer.Analyze(new ArticleInput(text)).MentionedDates.Select(d => $"{d.Surface}={d.Date}")];

    [Fact]
    public void The_metadata_prefix_wins_over_a_more_precise_dateline()
    {
        var published = Published(" date 2022-06 Titre\n\nPublié le 16 juin 2022 à 12h30\n\nTexte.");

        Assert.Equal(new DateValueResult(new PartialDate(2022, 6), "metadata-prefix"), published);
    }

    [Theory]
    [InlineData("2022-10-05", "2022-10-05")]
    [InlineData("2022-10", "2022-10")]
    [InlineData("2022-10-05T23:30:00+02:00", "2022-10-05")]
    [InlineData("Wed, 05 Oct 2022 10:00:00 GMT", "2022-10-05")]
    [InlineData("05.10.2022", "2022-10-05")]
    [InlineData("October 5, 2022", "2022-10-05")]
    public void Metadata_dates_are_read_in_the_usual_forms(string metadata, string expected)
    {
        var published = Published("Un texte sans date.", metadata);

        Assert.Equal(expected, published.Date?.Key);
        Assert.Equal("metadata", published.Source);
    }

    [Fact]
    public void Run_together_stamps_give_the_published_one()
    {
        var published = Published("Titre de l'article\n01.02.2022, 18:4102.02.2022, 07:38\nLe texte.");

        Assert.Equal(new DateValueResult(new PartialDate(2022, 2, 1), "stamp"), published);
    }

    [Theory]
    [InlineData("Titre de l'article\n01.02.2022, 18:41 Le chancelier allemand Olaf Scholz s'est rendu mardi à Kiev, où il a rencontré le président ukrainien pendant plus de trois heures.", "Le chancelier allemand")]
    [InlineData("Titre de l'article\n01.02.2022, 18:4102.02.2022, 07:38Le chancelier allemand Olaf Scholz s'est rendu mardi à Kiev.", "Le chancelier allemand")]
    [InlineData("Titre de l'article\n01.02.2022 à 18h41 - Scholz à Kiev\nLe texte.", "Scholz à Kiev")]
    [InlineData(" date 2022-02-01 01.02.2022, 18:41 Scholz à Kiev\nLe texte.", "Scholz à Kiev")]
    public void A_stamp_that_opens_a_line_near_the_top_gives_the_date_and_leaves_the_text(string text, string kept)
    {
        var analysis = Corpus.Analyzer.Analyze(new ArticleInput(text));

        Assert.Equal(new PartialDate(2022, 2, 1), analysis.Published.Date);
        Assert.Contains(kept, analysis.CleanText, StringComparison.Ordinal);
        Assert.DoesNotContain("2022", analysis.CleanText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Titre de l'article\n01.02.2022 Le chancelier allemand s'est rendu à Kiev.")]
    [InlineData("Titre de l'article\n01.02.2022, 18:412 personnes ont été évacuées.")]
    [InlineData("Titre\n\nUn.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.\n\nSix.\n\n01.02.2022, 18:41 Les troupes ont avancé vers le nord de la ville.")]
    [InlineData("Timeline of the war\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nMarch 3, 2022\n\nTroops crossed the border at 5:30 a.m.")]
    public void A_date_that_opens_a_sentence_or_a_line_deep_in_the_body_is_not_a_stamp(string text)
    {
        Assert.Equal(DateValueResult.None, Published(text));
    }

    [Theory]
    [InlineData("Titre de l'article\n\nPublié le 21 janvier 2022 à 17h48\n\nTexte.", "2022-01-21")]
    [InlineData("Titre de l'article\n\nPublié le 1er mars 2022\n\nTexte.", "2022-03-01")]
    [InlineData("Title of the story\nJan. 21, 2022\n\nText.", "2022-01-21")]
    [InlineData("Title of the story\n\nMOSCOW, Feb. 1, 2022 — Russian President Vladimir Putin said.", "2022-02-01")]
    [InlineData("Titre de l'article\n\nLA HAYE, 2 juillet 2024 — L'ancien haut fonctionnaire a prêté serment mardi.", "2024-07-02")]
    [InlineData("Title of the story\n\nPublished 21 January 2022\n\nText.", "2022-01-21")]
    [InlineData("Title of the story\n\nUpdated Dec. 22, 2022, 12:31 AM ET | Published Dec. 21, 2022, 8:05 PM ET\n\nText.", "2022-12-21")]
    [InlineData("Titre\n\nMis en ligne le 7 février 2022 à 23h40\nMis à jour le 8 février 2022 à 07h12\n\nTexte.", "2022-02-07")]
    [InlineData("Titre\n\nPar la rédaction, le 10 mars 2022 à 16h20\n\nTexte.", "2022-03-10")]
    [InlineData("Titre\n\nPar la rédaction, le 10 mars 2022 à 16h20.\n\nTexte.", "2022-03-10")]
    [InlineData("Title of the story\n\nBy Anna Smith, March 10, 2022, 4:20 PM\n\nText.", "2022-03-10")]
    [InlineData("Title of the story\n\nSun 26 Jan 2025 12.41 GMT\n\nText.", "2025-01-26")]
    [InlineData("Title of the story\n\nPublished On 2 Feb 2025\n\nText.", "2025-02-02")]
    [InlineData("Title of the story\n\nWed Mar 12 2025 - 21:40\n\nText.", "2025-03-12")]
    [InlineData("Titre\n\nPublié le 12-03-2024 à 09h30\n\nTexte.", "2024-03-12")]
    [InlineData("Title of the story\n\nUpdated: Mar 4, 2023, 09:15 IST\n\nText.", "2023-03-04")]
    [InlineData("Title of the story\n\nThe champion won on Sunday.\n\nShe thanked the crowd.\n\nSunday 13 July 2025 20:41 BST", "2025-07-13")]
    [InlineData("French minister tours cyclone-ravaged Mayotte\n\nPARIS/MAMOUDZOU, Dec 16 2024\n\nThe interior minister arrived on Monday.", "2024-12-16")]
    [InlineData("Titre\n\nUn.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.\n\nLe prévenu a été condamné.\n\n— La Gazette du Rhône, mis en ligne le jeudi 13 novembre 2025 à 19h40", "2025-11-13")]
    [InlineData("Central bank holds rates\n\nBy Zorglub Tartempion\nSeptember 18, 20254:12 PM GMT+2Updated 2 hours ago\n\nJOHANNESBURG, Sept 18 (Wire) - The bank held its rate.", "2025-09-18")]
    public void Datelines_give_a_day_precise_publication_date(string text, string expected)
    {
        var published = Published(text);

        Assert.Equal(expected, published.Date?.Key);
        Assert.Equal("written-date", published.Source);
    }

    [Theory]
    [InlineData("2026-12-03T10:15:00+01:00\n\nLe ministre a parlé mardi devant les députés.", "2026-12-03", "stamp")]
    [InlineData("Title of the story\n2026-12-03 10:15\n\nThe minister spoke on Tuesday.", "2026-12-03", "stamp")]
    [InlineData("Title of the story\n12/03/2026\n\nThe minister spoke on Tuesday and said the plan was ready.", "2026-12-03", "stamp")]
    [InlineData("Titre de l'article\n12/03/2026\n\nLe ministre a parlé mardi et il a dit que le plan était prêt.", "2026-03-12", "stamp")]
    [InlineData("Title of the story\n12.03.2026\n\nThe minister spoke on Tuesday and said the plan was ready.", "2026-03-12", "stamp")]
    [InlineData("Titre de l'article\n12-03-2026 09:30\n\nLe ministre a parlé mardi et il a dit que le plan était prêt.", "2026-03-12", "stamp")]
    [InlineData("Title of the story\n12-03-2026\n\nThe minister spoke on Tuesday and said the plan was ready.", "2026-12-03", "stamp")]
    [InlineData("Title of the story\n\nUpdated: 12/3/2026 10:15 a.m.\n\nThe minister spoke on Tuesday and said the plan was ready.", "2026-12-03", "written-date")]
    public void Numeric_stamps_are_read_as_the_article_language_writes_them(string text, string expected, string source)
    {
        var published = Published(text);

        Assert.Equal(expected, published.Date?.Key);
        Assert.Equal(source, published.Source);
        Assert.DoesNotContain("2026", Corpus.Analyzer.Analyze(new ArticleInput(text)).Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Titre de l'article\n\nLes deux hommes se sont vus à Genève le 21 janvier 2022 pour parler.")]
    [InlineData("FILE - Catherine Colonna arrives, Monday, Oct. 17, 2022.\n\nTitle of the story\n\nText.")]
    [InlineData("Title of the story\n\nKYIV, June 16 (EventWire) — Leaders arrived.")]
    public void Event_dates_and_caption_dates_are_not_the_publication_date(string text)
    {
        Assert.Equal(DateValueResult.None, Published(text));
    }

    [Theory]
    [InlineData(" date 2023-03-15 Le sommet se tiendra du 3 au 5 avril à Vilnius.", "5 avril=2023-04-05|3=2023-04-03")]
    [InlineData(" date 2023-03-15 Le festival a lieu du 1er au 4 juin 2024.", "4 juin 2024=2024-06-04|1er=2024-06-01")]
    [InlineData(" date 2023-03-15 The summit will run April 3-5 in Vilnius.", "April 3=2023-04-03|5=2023-04-05")]
    [InlineData(" date 2023-03-15 The talks ran from March 9 to 11, 2022 in Antalya.", "March 9=2022-03-09|11, 2022=2022-03-11")]
    [InlineData(" date 2024-03-13 Les audiences des 24 et 25 février ont été reportées.", "24=2024-02-24|25 février=2024-02-25")]
    [InlineData(" date 2024-03-13 Hearings were held on Feb. 24 and 25.", "Feb. 24=2024-02-24|25=2024-02-25")]
    [InlineData(" date 2024-03-13 Entre le 2 et le 5 avril, grève.", "2=2024-04-02|5 avril=2024-04-05")]
    [InlineData(" date 2024-03-13 Du lundi 18 au mercredi 20 mars, fermeture.", "lundi 18=2024-03-18|mercredi 20 mars=2024-03-20")]
    public void Both_ends_of_a_range_of_days_are_dates(string text, string expected)
    {
        Assert.Equal(expected.Split('|').Order(StringComparer.Ordinal), Mentioned(text).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(" date 2024-03-13 Hier, rien. Avant-hier non plus. Aujourd'hui, le vote ; demain, le débat ; après-demain, la fin.", "Hier=2024-03-12|Avant-hier=2024-03-11|Aujourd'hui=2024-03-13|demain=2024-03-14|après-demain=2024-03-15")]
    [InlineData(" date 2024-03-13 Yesterday the Senate met; today it votes, tonight it recesses and tomorrow it resumes.", "Yesterday=2024-03-12|today=2024-03-13|tonight=2024-03-13|tomorrow=2024-03-14")]
    public void Days_named_by_their_place_next_to_the_publication_day_are_resolved(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData(" date 2024-03-13 D'ici à 2030, le ministère veut un parquet. Au premier trimestre 2024, les plaintes ont augmenté.", "2030=2030|2024=2024")]
    [InlineData(" date 2024-03-13 Since the 2020 election, turnout has grown, and the 2024 Olympics loom. The 2000 workers stayed.", "2020=2020|2024=2024")]
    [InlineData(" date 2024-03-13 Depuis la présidentielle de 2022 et avant les JO 2024, le budget de 2000 euros n'a pas bougé.", "2022=2022|2024=2024")]
    [InlineData(" date 2024-03-13 The Senate will vote in mid-March. Le verdict est attendu mi-avril.", "mid-March=2024-03|mi-avril=2024-04")]
    [InlineData(" date 2024-03-13 By Q1 2025 and FY2026, until the end of 2026, since the start of 2024. Fondé en 1856, d'ici l'été 2025. In 1500 meters.", "2025=2025|2026=2026|2026=2026|2024=2024|1856=1856|2025=2025")]
    public void Years_and_months_named_around_an_event_are_dates(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData(" date 2024-03-13 Entre 2019 et 2021, la ville a décliné ; de 2010 à 2015, elle avait grandi. La guerre de 1939-1945.", "2019=2019|2021=2021|2010=2010|2015=2015|1939=1939|1945=1945")]
    [InlineData(" date 2024-03-13 From 2016 to 2020 he served, between 2000 and 3000 troops stayed, and decree 2019-1234 of 2010-12-01 stands.", "2016=2016|2020=2020|2010-12-01=2010-12-01")]
    [InlineData(" date 2024-03-13 Il faut entre 2000 et 2500 euros, de 2021 à 1990 rien.", "")]
    [InlineData(" date 2024-03-13 In 2020 and 2021 it grew, en 1962 et 1969 aussi. The 2024-25 season opens; la saison 2023-24 a fini. Le 2010-11 et 2019-20 cas.", "2020=2020|2021=2021|1962=1962|1969=1969|2024=2024|25=2025|2023=2023|24=2024")]
    public void Both_ends_of_a_span_of_years_are_dates(string text, string expected)
    {
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), Mentioned(text));
    }

    [Theory]
    [InlineData(" date 2024-03-13 The deal of 3 Jan 2023 was signed on Mar 4, 2023, and the hearing set for 16 Apr. They march 4 miles; Mar 4 is a name.", "3 Jan 2023=2023-01-03|Mar 4, 2023=2023-03-04|16 Apr.=2024-04-16")]
    public void Abbreviated_english_months_are_read_after_the_day_and_mar_only_before_a_year(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData(" date 2023-01-15 Le mois dernier, une grève. L'an dernier, rien. L'année prochaine, des élections. Cette année, une réforme. Le mois prochain, un vote.", "Le mois dernier=2022-12|L'an dernier=2022|L'année prochaine=2024|Cette année=2023|Le mois prochain=2023-02")]
    [InlineData(" date 2023-01-15 Last month the talks failed; next year they resume. Earlier this year, by mid-2024 and last year too.", "Last month=2022-12|next year=2024|this year=2023|2024=2024|last year=2022")]
    [InlineData(" date 2023-01-15 Au début du mois, un accord. Une réunion aura lieu d'ici la fin du mois. Fin du mois de mars, rien. À la fin de l'année, un vote; fin de l'année dernière, rien.", "début du mois=2023-01|fin du mois=2023-01|du mois de mars=2023-03|fin de l'année=2023|l'année dernière=2022")]
    [InlineData(" date 2023-01-15 By the end of the month, talks; by the end of the year a deal, by end-2024 a treaty and by the end of next year peace.", "end of the month=2023-01|end of the year=2023|2024=2024|next year=2024")]
    [InlineData("Titre\n\nPublié le 15 janvier 2023\n\nCe matin, le ministre a parlé; ce soir il votera. This afternoon, the court sits.", "Ce matin=2023-01-15|ce soir=2023-01-15|This afternoon=2023-01-15")]
    public void A_month_or_year_named_by_its_place_next_to_the_publication_is_resolved(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Fact]
    public void Mentioned_dates_are_resolved_against_a_day_precise_publication()
    {
        var dates = Mentioned("Titre de l'article\n01.02.2022, 18:41\nLes Etats-Unis ont reconnu mardi leur échec. Mardi dernier déjà, rien. Le 24 février, puis en mai, puis le 3 mars 2021, et en 2014. Il viendra vendredi prochain.");

        Assert.Equal(
            ["mardi=2022-02-01", "Mardi dernier=2022-01-25", "24 février=2022-02-24", "en mai=2022-05", "3 mars 2021=2021-03-03", "2014=2014", "vendredi prochain=2022-02-04"],
            dates);
    }

    [Fact]
    public void Weekdays_are_skipped_when_the_publication_day_is_unknown()
    {
        var dates = Mentioned(" date 2022-10 Lloyd Austin s'est entretenu vendredi avec son homologue, leur premier appel depuis mai.");

        Assert.Equal(["depuis mai=2022-05"], dates);
    }

    [Fact]
    public void English_month_names_need_a_preposition_to_be_dates()
    {
        var dates = Mentioned("Title of the story\nApril 21, 2022\n\nTheresa May said they may meet in May, and on Friday.");

        Assert.Equal(["in May=2022-05", "on Friday=2022-04-15"], dates);
    }

    [Fact]
    public void A_month_without_year_takes_the_year_nearest_the_publication_unless_the_text_says_which_way()
    {
        var dates = Mentioned(" date 2022-10 Depuis mai, en février, en décembre, en décembre dernier, jusqu'en mars, d'ici le 3 janvier.");

        Assert.Equal(
            ["Depuis mai=2022-05", "en février=2022-02", "en décembre=2022-12", "en décembre dernier=2021-12", "jusqu'en mars=2023-03", "3 janvier=2023-01-03"],
            dates);
    }

    [Theory]
    [InlineData("Titre\n12.04.2023, 09:00\nLula doit rencontrer vendredi son homologue. Il a rencontré mardi le ministre.", "vendredi=2023-04-14|mardi=2023-04-11")]
    [InlineData("Titre\n02.09.2024, 08:15\nNetanyahu doit s'exprimer lundi soir. Il se rendra jeudi à Washington.", "lundi=2024-09-02|jeudi=2024-09-05")]
    [InlineData("Title\nJuly 15, 2022\n\nThey are due to join a summit on Saturday. Biden met him on Friday; talks will resume Tuesday, the White House said Thursday.", "on Saturday=2022-07-16|on Friday=2022-07-15|Tuesday=2022-07-19|Thursday=2022-07-14")]
    [InlineData("Titre\n06.02.2024, 10:00\nLe verdict est attendu vendredi. Dès lundi, les travaux reprennent. Il a parlé jeudi.", "vendredi=2024-02-09|lundi=2024-02-12|jeudi=2024-02-01")]
    [InlineData("Title\nJune 18, 2025\n\nWater levels will keep rising till Friday. \"There'll be a barbecue on Sunday,\" he said. The new rule takes effect on Monday.", "till Friday=2025-06-20|on Sunday=2025-06-22|on Monday=2025-06-23")]
    [InlineData("Titre\n21.11.2025, 18:41\nLes débats devraient durer jusqu'à samedi. La file s'étirait dès mardi soir. Ils espèrent une clôture dimanche.", "jusqu'à samedi=2025-11-22|mardi=2025-11-18|dimanche=2025-11-23")]
    [InlineData("Title\nSeptember 3, 2025\n\nWe hope to present the results in July. They told us maybe Sunday.", "in July=2026-07|Sunday=2025-09-07")]
    [InlineData("Title\nSeptember 18, 2025\n\nThe prime minister was to fly back to Ottawa on Friday. The term ends on Saturday.", "on Friday=2025-09-19|on Saturday=2025-09-20")]
    [InlineData("Titre\n17.11.2025, 09:00\nUn signalement a été transmis à Interpol dès dimanche matin. Les travaux reprendront dès jeudi.", "dimanche=2025-11-16|jeudi=2025-11-20")]
    public void A_weekday_in_a_clause_about_the_future_is_on_or_after_publication(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Title\nDecember 30, 2024\n\nThe verdict, first read on Tuesday 26 September, stands.", "Tuesday 26 September=2023-09-26")]
    [InlineData("Titre\n03.01.2025, 09:00\nLe procès s'ouvrira lundi 27 janvier.", "lundi 27 janvier=2025-01-27")]
    public void A_written_date_with_its_weekday_takes_the_year_where_the_day_falls_on_it(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Title\nMay 3, 2023\n\nOn Friday, the King will be crowned.", "On Friday=2023-05-05")]
    [InlineData("Title\nMay 3, 2023\n\nThe market opens every Monday and closed on Easter Monday.", "Easter Monday=2023-04-10")]
    [InlineData("Titre\n03.05.2023, 09:00\nLe marché ouvre chaque dimanche. Le gouvernement a lundi présenté son plan.", "lundi=2023-05-01")]
    public void A_weekday_takes_the_tense_after_it_and_a_recurring_weekday_is_no_date_nor_a_holiday_s_weekday_alone(string text, string expected)
    {
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), Mentioned(text));
    }

    [Theory]
    [InlineData(" date 2022-11 Le sommet aura lieu en mars. Le traité a été signé en mars.", "en mars=2023-03|en mars=2022-03")]
    [InlineData("Title\nJanuary 10, 2023\n\nBiden visited Kyiv in February. The summit will be held in February.", "in February=2022-02|in February=2023-02")]
    public void A_month_without_year_follows_the_tense_of_its_clause(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Titre\n12.10.2023, 09:00\nIl y a trois jours, les ministres s'étaient réunis. Au printemps 2024, une réunion aura lieu. Il y a 10 jours, rien.", "Il y a trois jours=2023-10-09|2024=2024|Il y a 10 jours=2023-10-02")]
    [InlineData("Title\nOct. 12, 2023\n\nTwo days ago ministers met. A new meeting is planned for summer 2025. He said it was years ago. One day ago, talks failed.", "Two days ago=2023-10-10|2025=2025|One day ago=2023-10-11")]
    public void Days_counted_back_from_publication_and_a_season_with_its_year_are_dates(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Titre\n12.10.2023, 09:00\nIl y a une semaine, rien. Il y a trois semaines, le sommet. Il y a deux mois, la crise. Avant-hier, un vote.", "Il y a une semaine=2023-10-05|Il y a trois semaines=2023-09-21|Il y a deux mois=2023-08|Avant-hier=2023-10-10")]
    [InlineData("Title\nOct. 12, 2023\n\nA week ago, nothing. Two months ago, a crisis. The day before yesterday, a vote; the day after tomorrow, another.", "A week ago=2023-10-05|Two months ago=2023-08|The day before yesterday=2023-10-10|the day after tomorrow=2023-10-14")]
    [InlineData("Titre\n12.10.2023, 09:00\nIl y a quatre ans, lors de l'Euro 2020, rien. Il y a un an, la finale.", "Il y a quatre ans=2019|2020=2020|Il y a un an=2022")]
    [InlineData("Title\nOct. 12, 2023\n\nThree years ago, the deal failed.", "Three years ago=2020")]
    public void Weeks_months_and_years_counted_back_and_the_day_before_yesterday_are_dates(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Titre\n12.10.2023, 09:00\nLa loi date d'avril 2019. Mars 2020 a tout changé.", "avril 2019=2019-04|Mars 2020=2020-03")]
    [InlineData("Title\nOct. 12, 2023\n\nThe law, passed April 2019, stands. Prices rose in may.", "April 2019=2019-04")]
    public void A_month_with_its_year_needs_no_cue(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Titre\n12.10.2023, 09:00\nLe contrat signé le 03/04/2022 expire le 15-06-2025, selon l'avenant du 1.2.2021.", "03/04/2022=2022-04-03|15-06-2025=2025-06-15|1.2.2021=2021-02-01")]
    [InlineData("Title\nOct. 12, 2023\n\nThe contract signed on 03/04/2022 ends 06/15/2025, per the filing dated 2021/02/01.", "03/04/2022=2022-03-04|06/15/2025=2025-06-15|2021/02/01=2021-02-01")]
    [InlineData("Title\nOct. 12, 2023\n\nVersion 1.2.2021.4 ships; the score was 3/4/2022/5 and ratio 45/13/2020.", "")]
    public void A_numeric_date_with_its_whole_year_reads_day_first_unless_the_article_is_english(string text, string expected)
    {
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), Mentioned(text));
    }

    [Theory]
    [InlineData("Title\nMay 24, 2025\n\nGill was on Saturday named captain for the series starting June 20.", "on Saturday=2025-05-24|June 20=2025-06-20")]
    [InlineData("Title\nOctober 7, 2025\n\nThe judge scheduled a preliminary hearing for Oct. 14. He was arrested on Sept. 30.", "Oct. 14=2025-10-14|Sept. 30=2025-09-30")]
    [InlineData("Title\nMarch 5, 2025\n\nHe was first picked on April 2, and he visited Kyiv on March 20.", "April 2=2024-04-02|March 20=2024-03-20")]
    [InlineData("Titre\n05.02.2025, 09:00\nUne manifestation nationale est annoncée pour le 13 février. Depuis le Grand Chelem de 2022, rien.", "13 février=2025-02-13|2022=2022")]
    public void The_tense_of_the_clause_gives_way_for_a_day_within_six_weeks_of_the_publication_unless_its_verb_governs_the_date(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Title\nMarch 3, 2025\n\nThe bill keeps the government funded through Sept. 30 and for the rest of fiscal 2025. The 2024 draft and the 2026 budget.", "Sept. 30=2025-09-30|2025=2025|2024=2024|2026=2026")]
    [InlineData("Title\nApril 27, 2025\n\nHe won a landslide in July last year and expects a vote in March next year.", "in July last year=2024-07|in March next year=2026-03")]
    [InlineData("Titre\n27.04.2025, 09:00\nIl a gagné en juillet l'an dernier.", "en juillet l'an dernier=2024-07")]
    [InlineData("Israeli PM to meet Trump on Tuesday\nFebruary 3, 2025\n\nTalks went on. The first son to play in the league did so on Oct. 22.", "on Tuesday=2025-02-04|Oct. 22=2024-10-22")]
    [InlineData("Titre\n12.11.2025, 09:00\nLa loi Badinter de 1985 s'applique, et l'exercice 2026 sera dur. Les attentats de 2015 restent.", "1985=1985|2026=2026|2015=2015")]
    [InlineData("Title\nNov. 26, 2025\n\nThe 1927 flood and a 2024 inspection, by the fall of 2023. Some 1900 attacks. They planned to march on Friday.", "1927=1927|2024=2024|2023=2023|on Friday=2025-11-28")]
    [InlineData("Title\nAugust 20, 2025\n\nWitkoff was expected in Cairo on Thursday. A convocation scheduled for Thursday was cancelled. Results are certified Nov. 25, before the 2028 assembly polls.", "on Thursday=2025-08-21|for Thursday=2025-08-21|Nov. 25=2025-11-25|2028=2028")]
    public void Fiscal_years_a_month_next_to_last_year_and_a_headline_plan_are_read(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Titre\nPublié le 22 mars 2025\n\nIl disputera Gand-Wevelgem dimanche prochain, puis le Tour reprend mercredi.", "dimanche prochain=2025-03-30|mercredi=2025-03-26")]
    [InlineData("Title\nOctober 23, 2025\n\nPre-orders begin Friday; results come next Friday, not next Tuesday.", "Friday=2025-10-24|next Friday=2025-10-31|next Tuesday=2025-10-28")]
    [InlineData("Titre\nPublié le 3 octobre 2025\n\nPrésenté en première mardi, son spectacle est le plus attendu de la saison.", "mardi=2025-09-30")]
    [InlineData("Titre\nPublié le 3 octobre 2025\n\nMolière signe le 4 juin 1666 à Paris. Le 3 mars 1500 soldats partent.", "4 juin 1666=1666-06-04|3 mars=2025-03-03")]
    public void Next_is_a_week_on_from_tomorrow_a_timetable_looks_ahead_and_old_years_follow_a_day(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Titre\nPublié le 14 mars 2025\n\nL'arrêté sera publié dans deux semaines. Le triple vainqueur (2016, 2021, 2023) a gagné en 2020, 2021 et 2024. Un canton né du vote de 1978.", "dans deux semaines=2025-03-28|2016=2016|2021=2021|2023=2023|2020=2020|2021=2021|2024=2024|1978=1978")]
    [InlineData("Title\nMarch 14, 2025\n\nHe led the bank in the 2008 financial crisis; results come in three weeks' time, between 2000 and 3000 troops left.", "2008=2008|in three weeks' time=2025-04-04")]
    [InlineData("Title\nOctober 23, 2025\n\nThe search began last spring, for the full fiscal year 2025, after the 2017 tax cuts. Next winter is next.", "last spring=2025|2025=2025|2017=2017|Next winter=2026")]
    [InlineData("Titre\nPublié le 16 septembre 2025\n\nLe dossier traîne depuis l’automne dernier. L’été, il fait chaud. Cet hiver sera long, le printemps prochain aussi.", "l’automne dernier=2024|Cet hiver=2026|le printemps prochain=2026")]
    public void Seasons_named_by_their_place_and_years_of_events_are_read(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Title\nDec. 15, 2025\n\nThey play on Boxing Day, after a win on Valentine's Day 2023 and before New Year's Day.", "Boxing Day=2025-12-26|Valentine's Day 2023=2023-02-14|New Year's Day=2026-01-01")]
    [InlineData("Titre\n15.12.2025, 09:00\nLe marché ouvrira avant Noël. Noël Le Graët a parlé. La Saint-Sylvestre sera calme, comme la Toussaint.", "Noël=2025-12-25|La Saint-Sylvestre=2025-12-31|la Toussaint=2025-11-01")]
    public void Holidays_on_a_fixed_day_are_dates(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData("Title\nAugust 7, 2025\n\nPARIS/ALGIERS, Aug 7 (Wire) - Algeria said on Thursday it would act.", "on Thursday=2025-08-07")]
    [InlineData("Title\nJune 18, 2025\n\nDhemaji (Assam) [India], June 18 (ANI): Floods hit 214 villages on Wednesday.", "on Wednesday=2025-06-18")]
    [InlineData(" date 2025-10-28 Critique : un film lumineux Publié le 28/10/2025 à 17:00 · Mis à jour le 30/10/2025 à 10:15\n\nLe rapport publié le 3 octobre l'annonçait.", "3 octobre=2025-10-03")]
    [InlineData("Title\n\nTue 4 Jun 2024 09.12 BST\nLast modified on Tue 4 Jun 2024 14.40 BST\n\nHe signed on Monday.", "on Monday=2024-06-03")]
    public void A_dateline_of_places_joined_by_a_slash_an_indian_agency_s_or_the_article_s_own_stamp_is_no_mentioned_date(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData(" date 2025-06-18 Les prix sont au-dessus de leur niveau de 2019. Un courriel de 2019 dans lequel il parlait; l'accord de Vienne de 2015. Une amende de 2000 euros, un cortège de 1500 personnes. Des fonds pour 2026 et 2027, plus que toute l'année 2024.", "2019=2019|2019=2019|2015=2015|2026=2026|2027=2027|2024=2024")]
    [InlineData(" date 2025-06-18 It values the firm at 14 times its 2024 earnings. Last year in July also, the river rose.", "2024=2024|Last year in July=2024-07")]
    [InlineData(" date 2025-02-04 For 2025, the company expects growth. Au mois d'août, rien.\n\nThe ferry at the port, August 14, 2024. REUTERS/Zorglub Tartempion", "2025=2025|Au mois d'août=2024-08")]
    [InlineData(" date 2025-02-04 Ryder Cup 2025: the teams are set. Norway Chess 2026 opens soon; le Bac 2025 approche.", "2025=2025|2026=2026|2025=2025")]
    public void A_year_after_de_pour_for_or_l_annee_a_month_after_last_year_or_mois_d_are_dates(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData(" date 2025-07-15 Fondé en 2011, le festival se tiendra l'an prochain du 7 au 12 juillet. Next year's Tour starts on July 4. Le film sort le 3 octobre.", "2011=2011|l'an prochain=2026|7=2026-07-07|12 juillet=2026-07-12|Next year=2026|July 4=2026-07-04|3 octobre=2025-10-03")]
    [InlineData(" date 2026-02-11 He worked there from March to June 2024, de décembre à mars 2025 aussi.", "from March=2024-03|June 2024=2024-06|décembre=2024-12|mars 2025=2025-03")]
    [InlineData(" date 2026-02-10 Rain fell between October and December. Entre janvier et mars, rien. He met May and June Smith.", "between October=2025-10|December=2025-12|Entre janvier=2026-01|mars=2026-03")]
    public void A_day_or_month_without_a_year_takes_the_year_its_sentence_or_its_span_gives(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Theory]
    [InlineData(" date 2025-11-17 Maire de 1977 à 2008, il écrivit « Sel noir » (2019) sur af Klint (1862-1944). Entre 2000 et 3000 soldats, 1900-1990 euros.", "1977=1977|2008=2008|2019=2019|1862=1862|1944=1944")]
    [InlineData(" date 2025-08-27 It recalls the floods of 2022, which covered a third, and the 2000 floods, under the Systems Act 2017. A total of 2022 votes, of 2023 people.", "2022=2022|2000=2000|2017=2017")]
    public void A_year_in_brackets_a_long_written_span_and_a_year_after_of_or_before_an_event_are_years(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Mentioned(text));
    }

    [Fact]
    public void Last_night_a_weekday_after_following_and_years_from_or_of_a_full_year_are_dates()
    {
        Assert.Equal(
            ["last night=2025-11-02", "Saturday=2025-11-01", "2028=2028", "2025=2025"],
            Mentioned("Title\nPublished 10:42 GMT, 3 November 2025\n\nFarage was last night hailing a win. Rovers sacked Ibarra following Saturday's 3-0 defeat. "
                + "Savings start from 2028 and the target for full-year 2025 stands. The following Saturday was quiet; a total from 2000 people came."));
    }

    [Fact]
    public void An_iso_date_in_the_text_is_a_day()
    {
        Assert.Equal(["2023-08-29=2023-08-29"], Mentioned("Title\nJune 5, 2024\n\nThe record was set on 2023-08-29 in file 2023-08-290 and ref 12-2023-08-29."));
    }
    [Fact]
    public void A_stamp_with_the_year_first_and_slashes_is_the_publication_date()
    {
        Assert.Equal(new DateValueResult(new PartialDate(2025, 10, 22), "stamp"), Published("Takaichi names Cabinet\n\n2025/10/22 06:30 JST\n\nTakaichi became prime minister on Tuesday."));
    }

    [Fact]
    public void French_holidays_written_as_a_day_and_its_month_and_more_holidays_are_days()
    {
        Assert.Equal(
            ["15-Août=2025-08-15", "réveillon de Noël=2025-12-24", "14-Juillet=2026-07-14", "Christmas 2024=2024-12-25", "St Patrick's Day 2026=2026-03-17"],
            Mentioned("Titre\nPublié le 10 décembre 2025\n\nLa tempête a frappé comme au 15-Août. Le réveillon de Noël sera calme. Le 14-Juillet prochain sera fêté. "
                + "Christmas 2024 was wet. On St Patrick's Day 2026 they march. La place du 14-Juillet et la rue du 8-Mai-1945 sont fermées."));
    }

    [Fact]
    public void Years_after_more_nouns_and_before_more_nouns_are_years_but_not_an_amount()
    {
        Assert.Equal(
            ["2019=2019", "2021=2021", "2025=2025", "2026=2026", "1964=1964", "2023=2023", "2024=2024", "2008=2008"],
            Mentioned("Titre\nPublié le 10 décembre 2025\n\nLe plan « L'État » de 2019 n'a pas marché. Une décision du Conseil d'État de 2021 annulant l'élection. "
                + "Le millésime 2025 sera petit. Le budget primitif 2026 est voté. Un prix de 2025 euros. His 1964 debut was a hit. Gauff won the 2023 title. "
                + "The 2024 Lok Sabha polls ended. He was knighted in the 2008 New Year Honours."));
    }

    [Fact]
    public void A_day_from_which_a_past_clause_runs_is_past_and_a_day_of_what_is_next_is_to_come()
    {
        Assert.Equal(["15 août=2025-08-15"], Mentioned(" date 2025-09 Vendanges\n\nDès le 15 août, les analyses montraient une belle récolte."));
        Assert.Equal(["July 24=2025-07-24"], Mentioned("ECB holds\nPublished June 5, 2025\n\nMarkets trimmed bets on a cut at the next policy meeting on July 24."));
    }
    [Fact]
    public void A_year_named_right_after_a_day_is_its_year()
    {
        Assert.Equal(
            ["April 3=2024-04-03", "last year=2024", "12 mars=2026-03-12", "l'an prochain=2026"],
            Mentioned("Trial\nPublished May 20, 2025\n\nShe had expected it since the arrest on April 3 last year. Le procès s'ouvrira le 12 mars de l'an prochain."));
    }

    [Fact]
    public void The_tense_after_a_date_a_participle_opening_the_sentence_a_schedule_and_what_someone_is_urged_to_do_place_the_date()
    {
        Assert.Equal(["1er septembre=2026-09-01"], Mentioned("Cantine\nPublié le 6 février 2026\n\nÀ partir du 1er septembre, les repas seront préparés ailleurs."));
        Assert.Equal(["en janvier=2025-01"], Mentioned("Prix\nPublié le 24 octobre 2025\n\nParu en janvier, le roman suit un berger."));
        Assert.Equal(["on Tuesday=2025-09-02"], Mentioned("Tennis\nPublished Sept. 1, 2025\n\nNovak Djokovic and Carlos Alcaraz return on Tuesday."));
        Assert.Equal(
            ["in November=2025-11", "in May=2025-05", "Oct. 22=2024-10-22"],
            Mentioned("Amazon\nPublished Aug. 22, 2025\n\nLula urged the eight Amazon basin countries to arrive at the COP30 climate conference in November with one position. "
                + "She went to visit her mother in May. He became the first son to play alongside his father on Oct. 22."));
    }
    [Fact]
    public void Holidays_that_move_from_year_to_year_fall_on_their_day_of_the_year_found()
    {
        Assert.Equal(
            ["Labor Day=2025-09-01", "Thanksgiving=2025-11-27", "Easter 2024=2024-03-31", "Memorial Day 2025=2025-05-26", "Pâques=2026-04-05", "lundi de Pâques 2026=2026-04-06", "Good Friday 2023=2023-04-07", "Noël=2025-12-25"],
            Mentioned("Tennis\nPublished Sept. 2, 2025\n\nThe fans came on Labor Day. Thanksgiving will be quiet. Easter 2024 was early. On Memorial Day 2025 they paraded. "
                + "À Pâques, les cloches sonneront. Le lundi de Pâques 2026. Good Friday 2023. À Noël, les enfants recevront des cadeaux."));
    }
    [Fact]
    public void A_span_from_a_month_and_its_year_to_another_year_ends_in_that_year()
    {
        Assert.Equal(["from April 2001=2001-04", "2006=2006", "in March 2020=2020-03"], Mentioned("Title\nPublished May 3, 2023\n\nHe led the country from April 2001 to 2006. Sales in March 2020 and 2000 units fell."));
    }
    [Fact]
    public void Short_spans_after_a_cue_a_year_with_more_nouns_a_month_after_de_and_two_months_joined_by_a_dash_are_dates()
    {
        Assert.Equal(
            ["2010=2010", "11=2011", "2029=2029", "30=2030", "2014=2014", "1999=1999", "1990=1990", "1986=1986", "2020=2020", "July=2025-07", "September=2025-09", "janvier=2025-01"],
            Mentioned("Cricket\nPublished Oct. 29, 2025\n\nEngland have not won since 2010-11. The deficit shrinks by 2029-30. He won the 2014 British Open. The 1999 Constitution stands. "
                + "His 1990 transfer was costly. Un grand outrenoir de 1986 adjugé 4 millions. Une foule de 2000 blessés. La hausse par rapport à 2020. Revenue in the July-September quarter rose. "
                + "Le fleuve a connu des épisodes comme celui de janvier."));
    }

    [Fact]
    public void Next_with_the_month_of_publication_is_a_year_on_ahead_of_is_to_come_and_des_and_the_end_of_follow_the_tense()
    {
        Assert.Equal(["next April=2026-04"], Mentioned("Golf\nPublished April 14, 2025\n\nMcIlroy is returning to Augusta next April to host the dinner."));
        Assert.Equal(["Nov. 5=2024-11-05"], Mentioned("Aid\nPublished April 23, 2024\n\nThe fight is likely to resurface in the campaign ahead of the Nov. 5 election."));
        Assert.Equal(["dès janvier=2026-01"], Mentioned(" date 2025-12 Mercato\n\nEndrick portera bien le maillot de l'OL dès janvier."));
        Assert.Equal(["of September=2025-09"], Mentioned("Alphabet\nPublished Oct. 29, 2025\n\nThe backlog rose to $155 billion at the end of September, Pichai said."));
    }

    [Fact]
    public void An_english_article_that_writes_days_first_reads_a_date_that_reads_either_way_day_first()
    {
        Assert.Equal(new DateValueResult(new PartialDate(2025, 2, 7), "written-date"), Published("RBI cuts rates\n\nNew Delhi | Published: 07-02-2025 13:10 IST\n\nThe Reserve Bank of India cut rates on Friday."));
        Assert.Equal(["on Friday=2025-02-07"], Mentioned("RBI cuts rates\n\nNew Delhi | Published: 07-02-2025 13:10 IST\n\nThe Reserve Bank of India cut rates on Friday."));
        Assert.Equal(["04/03/2024=2024-03-04", "25/12/2023=2023-12-25"], Mentioned("Title\nPublished May 3, 2024\n\nThe hearing on 04/03/2024 was delayed, as was the one on 25/12/2023."));
        Assert.Equal(["04/03/2024=2024-04-03", "12/25/2023=2023-12-25"], Mentioned("Title\nPublished May 3, 2024\n\nThe hearing on 04/03/2024 was delayed, as was the one on 12/25/2023."));
        Assert.Equal(new DateValueResult(new PartialDate(2025, 7, 2), "written-date"), Published("Fed holds rates\n\nWashington | Published: 07-02-2025 13:10 EDT\n\nThe Federal Reserve held its rates on Wednesday, and the chair said that the bank would wait for the data."));
    }

    [Fact]
    public void A_day_planned_told_in_the_pluperfect_is_past_and_a_day_that_awaits_is_to_come()
    {
        Assert.Equal(
            ["mardi=2024-07-30", "vendredi=2024-08-02"],
            Mentioned("JO\nMis à jour le 31/07/2024 à 23h12\n\nLes épreuves, prévues mardi, avaient été reportées. Le 200 m 4 nages l'attend vendredi."));
        Assert.Equal(["25 février=2024-02-25"], Mentioned("Sénégal\nDAKAR, 25 mars 2024 (ENW)\n\nLe scrutin, initialement prévu le 25 février, avait été reporté par Macky Sall."));
        Assert.Equal(["25 avril=2024-04-25"], Mentioned("Sénégal\nDAKAR, 25 mars 2024 (ENW)\n\nLe scrutin, prévu le 25 avril, a été confirmé."));
    }

    [Fact]
    public void A_month_from_which_a_change_runs_is_to_come_a_month_after_for_looks_neither_way_and_counts_go_past_ten()
    {
        Assert.Equal(["from April=2025-04"], Mentioned("Budget live\nLast modified on Thu 31 Oct 2024 08.15 GMT\n\nEmployer NI up to 15% from April"));
        Assert.Equal(["From April=2024-04", "June=2024-06"], Mentioned("Budget live\nLast modified on Thu 31 Oct 2024 08.15 GMT\n\nFrom April to June, sales fell."));
        Assert.Equal(["for October=2023-10", "next month=2023-10"], Mentioned("ECB\nPublished Sept. 20, 2023\n\nThe flash estimate for October is due at the end of next month."));
        Assert.Equal(["for March=2023-03"], Mentioned("ECB\nPublished Sept. 20, 2023\n\nThe figures for March were revised up."));
        Assert.Equal(
            ["Il y a onze jours=2024-03-14", "Two weeks ago=2024-03-11", "twenty years ago=2004"],
            Mentioned("Sénégal\nDAKAR, 25 mars 2024 (ENW)\n\nIl y a onze jours encore, il était en prison. Two weeks ago he was free. He left twenty years ago."));
    }

    [Fact]
    public void Years_of_festivals_tournaments_and_remarks_and_a_year_from_which_a_span_runs_until_another_are_years()
    {
        Assert.Equal(
            ["2024=2024", "2022=2022", "1969=1969", "1988=1988", "2011=2011"],
            Mentioned("Culture\nPublished June 9, 2025\n\nCannes 2024 : la Palme d'or. He won the 2022 US Open. Quoting the 1969 remark. She taught from 1988 until her retirement in 2011."));
    }

    [Fact]
    public void That_month_takes_the_year_named_before_and_more_cues_spans_and_events_are_read()
    {
        Assert.Equal(["in March 2019=2019-03", "that June=2019-06"], Mentioned("Istanbul\nPublished March 19, 2025\n\nHe first won in March 2019. The result was annulled, but he won the rerun that June."));
        Assert.Equal([], Mentioned("Istanbul\nPublished March 19, 2025\n\nHe won the rerun that June."));
        Assert.Equal(["d'ici à décembre=2025-12"], Mentioned("Résultats\nPublié le 28 août 2025\n\nCet effet s'épuisera d'ici à décembre, a prévenu la directrice."));
        Assert.Equal(["on Thursday=2025-03-27"], Mentioned("Trial\nWed Mar 26 2025 - 17:45\n\nThe judge said the trial would last three weeks. It continues on Thursday."));
        Assert.Equal(
            ["2025=2025", "26=2026", "1994=1994", "2008=2008", "2022=2022"],
            Mentioned("Council\nFriday 21 February 2025\n\nThe cabinet backed its 2025/26 budget. It has its roots in Rwanda's 1994 genocide. The 2008 constitutional amendment stands. "
                + "Bolsonaro's 2022 running mate was convicted."));
        Assert.Equal(["2025=2025"], Mentioned("EN DIRECT | Élections fédérales 2025: les libéraux reportés au pouvoir\n\nPublié le 28 avril 2025\n\nSuivez la soirée."));
    }

    [Fact]
    public void A_present_passive_is_a_timetable_a_participle_alone_a_past_and_a_promise_looks_ahead()
    {
        Assert.Equal(["samedi=2025-03-29"], Mentioned("Incendie\nle 28 mars 2025 à 11h05\n\nUne collecte de fourrage est organisée samedi à la salle des sports."));
        Assert.Equal(["lundi=2025-02-10"], Mentioned("Quimper\nPublié le 11/02/2025 à 06h30\n\nLe plan, présenté lundi aux syndicats, prévoit douze lits."));
        Assert.Equal(["dimanche=2025-09-28"], Mentioned("Moldavie\nPublié le lundi 29 septembre 2025 à 08h12\n\nLe PAS a recueilli un peu plus de 50 % des voix aux élections législatives de dimanche, un résultat meilleur que prévu."));
        Assert.Equal(["ce samedi=2025-10-18"], Mentioned("Rouen\nPublié le 17/10/2025 à 07h00\n\nLe musée consacre à Marie Laurencin une exposition qui ouvre ses portes ce samedi."));
        Assert.Equal(["in February=2026-02"], Mentioned("Verdict\nPublished Nov. 17, 2025\n\nThe interim government has promised elections in February."));
        Assert.Equal(["Oct. 28=2025-10-28"], Mentioned("Plant\nPublished Nov. 5, 2025\n\n\"We were promised on Oct. 28 that every option was on the table,\" she said."));
    }

    [Fact]
    public void A_decimal_comma_ends_no_clause_a_pair_of_months_shares_its_year_and_before_a_month_looks_ahead()
    {
        Assert.Equal(["1er septembre=2025-09-01"], Mentioned("Budget\nPublié le 14 mars 2025\n\nLe repas passera de 3,10 € à 3,30 € au 1er septembre."));
        Assert.Equal(
            ["in July=2024-07", "August last year=2024-08"],
            Mentioned("Verdict\nPublished Nov. 17, 2025\n\nThe crackdown on protests in July and August last year killed hundreds."));
        Assert.Equal(["before January=2026-01"], Mentioned("Korea\nPublished Aug. 29, 2025\n\nThe party wants the bill before January."));
        Assert.Equal(["2013=2013", "2024=2024", "2026=2026"], Mentioned("Expo\nPublié le 17/10/2025\n\nLa dernière rétrospective remonte à 2013. He won the 2024 sprints. The 2026 regulations change everything."));
    }

    [Fact]
    public void A_dateline_in_prose_with_its_agency_and_a_day_with_a_comma_before_its_year_give_the_publication_date()
    {
        Assert.Equal(new DateValueResult(new PartialDate(2025, 4, 2), "written-date"), Published("Amnistie\n\nDakar, le 2 avril 2025 (APS) – Les députés ont adopté ce mercredi la loi."));
        Assert.Equal(new DateValueResult(new PartialDate(2025, 10, 22), "written-date"), Published("The surplus that keeps slipping\n\nOpinion\n22 Oct, 2025 04:00 PM\n\nThere is a kind of silence when the numbers arrive."));
    }

    [Fact]
    public void Last_month_said_in_that_month_is_a_year_back_a_month_planned_for_is_to_come_and_more_events_have_years()
    {
        Assert.Equal(["Last December=2024-12"], Mentioned("Premiere\nPublished December 14, 2025\n\n\"Last December people came out for Jenifa,\" she said."));
        Assert.Equal(["for December=2025-12"], Mentioned("ISRO\nPublished August 25, 2025\n\nHe said the first flight remained on track for December."));
        Assert.Equal(
            ["2030=2030", "2025=2025", "2023=2023", "2026=2026"],
            Mentioned("Revue\nPublié le 2 septembre 2025\n\nSheinbaum a promis de maintenir le cap jusqu'à 2030. La liste pour la CAN 2025 est connue. "
                + "Her 2023 blockbuster grossed more. Dangote eyes 2026 IPO."));
    }

    [Fact]
    public void A_participle_after_an_article_is_an_adjective_not_a_past()
    {
        Assert.Equal(["on Wednesday=2025-06-11"], Mentioned("Floods\nPublished 10 June 2025 07:02\n\nPresident Cyril Ramaphosa will visit the affected areas on Wednesday."));
    }

    [Fact]
    public void A_day_of_the_month_alone_is_in_the_month_of_publication_or_the_one_before()
    {
        Assert.Equal(["on the 14th=2025-10-14"], Mentioned("Column\nPublished 22 Oct, 2025\n\nIt fell again on the 14th, when the accounts showed a deficit."));
        Assert.Equal(["since the 25th=2025-09-25"], Mentioned("Column\nPublished 22 Oct, 2025\n\nPrices have climbed since the 25th, traders said."));
        Assert.Empty(Mentioned("Golf\nPublished 22 Oct, 2025\n\nHe dropped to his knees on the 18th green, named after the 17th-century admiral."));
    }

    [Fact]
    public void What_starts_on_a_day_is_to_come_fortnights_and_a_french_day_of_the_month_alone_are_read()
    {
        Assert.Equal(
            ["from 7 p.m. Saturday=2025-12-13", "through 10 a.m. Monday=2025-12-15"],
            Mentioned("Storm\nDec. 12, 2025, 5:48 p.m.\n\nThe Weather Service has issued a warning for Vermont from 7 p.m. Saturday through 10 a.m. Monday."));
        Assert.Equal(["à partir de jeudi=2025-10-23"], Mentioned("Météo\nPublié le 22/10/2025 à 16h30\n\nLe Gard est en vigilance orange à partir de jeudi 6 heures."));
        Assert.Equal(["d'ici quinze jours=2026-02-10"], Mentioned("Classe\nLe 27 janvier 2026 à 18h20\n\nLa décision sera connue d'ici quinze jours."));
        Assert.Equal(["in a fortnight=2025-11-18"], Mentioned("Pool\nPublished 4 November 2025\n\nThe council will vote in a fortnight."));
        Assert.Equal(["le 25=2025-11-25"], Mentioned("Nuñez\nPublié le 7 novembre 2025\n\nIl sera auditionné le 25 par la commission des lois."));
        Assert.Equal(["14 juillet=2025-07-14"], Mentioned("Match\nPublié le 7 novembre 2025\n\nLe 3 à 1 est sévère. Il a fini le 14 juillet."));
        Assert.Equal(["2019=2019", "20=2020", "2026=2026"], Mentioned("Fires\nPublished Dec. 6, 2025\n\nNothing like it since the fires of 2019-20. The budget for 2026 that lowers taxes passed."));
    }
}
