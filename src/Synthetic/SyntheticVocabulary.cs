namespace EventNews.Synthetic;

/// <summary>A person as the generator names them in each language.</summary>
public sealed record SyntheticPerson(string Id, string English, string French, string LastName, string RoleEnglish, string RoleFrench);

/// <summary>Names, roles, places and sentence templates. "[a|b]" picks one option, "{X}" fills a slot.</summary>
internal static class SyntheticVocabulary
{
    public static readonly (string En, string Fr)[] FirstNames =
    [
        ("Sergei", "Sergueï"), ("Dmitry", "Dmitri"), ("Mikhail", "Mikhaïl"), ("Alexei", "Alexeï"), ("Yuri", "Iouri"),
        ("Anna", "Anna"), ("Elena", "Elena"), ("Olga", "Olga"), ("Viktor", "Viktor"), ("Andrzej", "Andrzej"),
        ("Katarzyna", "Katarzyna"), ("Jens", "Jens"), ("Marta", "Marta"), ("Pierre", "Pierre"), ("Claire", "Claire"),
        ("James", "James"), ("Laura", "Laura"), ("Hans", "Hans"), ("Ingrid", "Ingrid"), ("Mehmet", "Mehmet"),
        ("Ayse", "Ayşe"), ("Kenji", "Kenji"), ("Li", "Li"), ("Amina", "Amina"), ("Carlos", "Carlos"),
        ("Sofia", "Sofia"), ("Tomas", "Tomás"), ("Nadia", "Nadia"), ("Oleksandr", "Oleksandr"), ("Yevhen", "Ievguen"),
    ];

    public static readonly (string En, string Fr)[] LastNames =
    [
        ("Volkov", "Volkov"), ("Morozov", "Morozov"), ("Sokolova", "Sokolova"), ("Petrenko", "Petrenko"), ("Kowalski", "Kowalski"),
        ("Nowak", "Nowak"), ("Lindqvist", "Lindqvist"), ("Haugen", "Haugen"), ("Dubois", "Dubois"), ("Marchand", "Marchand"),
        ("Whitfield", "Whitfield"), ("Carrington", "Carrington"), ("Brandt", "Brandt"), ("Vogel", "Vogel"), ("Yilmaz", "Yilmaz"),
        ("Demir", "Demir"), ("Tanaka", "Tanaka"), ("Wei", "Wei"), ("Diallo", "Diallo"), ("Mendes", "Mendes"),
        ("Ferreira", "Ferreira"), ("Rossi", "Rossi"), ("Novak", "Novak"), ("Horvath", "Horváth"), ("Shevchuk", "Chevtchouk"),
        ("Bondarenko", "Bondarenko"), ("Kuznetsov", "Kouznetsov"), ("Gromov", "Gromov"), ("Alvarez", "Álvarez"), ("Okafor", "Okafor"),
        ("Lindgren", "Lindgren"), ("Castellano", "Castellano"), ("Ivanova", "Ivanova"), ("Zielinski", "Zielinski"), ("Keller", "Keller"),
        ("Moreau", "Moreau"), ("Sato", "Sato"), ("Chen", "Chen"), ("Haddad", "Haddad"), ("Karimov", "Karimov"),
    ];

    public static readonly (string En, string Fr)[] Roles =
    [
        ("the Russian foreign minister", "le ministre russe des Affaires étrangères"),
        ("the US secretary of state", "le secrétaire d'Etat américain"),
        ("the German chancellor", "le chancelier allemand"),
        ("the French president", "le président français"),
        ("the Ukrainian foreign minister", "le ministre ukrainien des Affaires étrangères"),
        ("the Polish president", "le président polonais"),
        ("the Turkish defence minister", "le ministre turc de la Défense"),
        ("the UN secretary-general", "le secrétaire général de l'ONU"),
        ("the NATO secretary-general", "le secrétaire général de l'Otan"),
        ("the Chinese premier", "le Premier ministre chinois"),
        ("the Japanese prime minister", "le Premier ministre japonais"),
        ("the Italian energy minister", "le ministre italien de l'Energie"),
        ("the Swedish prime minister", "la Première ministre suédoise"),
        ("the Hungarian prime minister", "le Premier ministre hongrois"),
        ("the Kremlin spokesman", "le porte-parole du Kremlin"),
        ("the EU foreign policy chief", "le chef de la diplomatie européenne"),
        ("the Brazilian president", "le président brésilien"),
        ("the Nigerian finance minister", "la ministre nigériane des Finances"),
        ("the Spanish defence minister", "la ministre espagnole de la Défense"),
        ("the IAEA director general", "le directeur général de l'AIEA"),
    ];

    public static readonly (string En, string Fr)[] Places =
    [
        ("Geneva", "Genève"), ("Moscow", "Moscou"), ("Brussels", "Bruxelles"), ("Warsaw", "Varsovie"), ("Vienna", "Vienne"),
        ("Istanbul", "Istanbul"), ("Ankara", "Ankara"), ("Berlin", "Berlin"), ("Paris", "Paris"), ("London", "Londres"),
        ("Rome", "Rome"), ("Madrid", "Madrid"), ("Lisbon", "Lisbonne"), ("Athens", "Athènes"), ("Prague", "Prague"),
        ("Budapest", "Budapest"), ("Bucharest", "Bucarest"), ("Helsinki", "Helsinki"), ("Stockholm", "Stockholm"), ("Oslo", "Oslo"),
        ("Copenhagen", "Copenhague"), ("Tallinn", "Tallinn"), ("Riga", "Riga"), ("Vilnius", "Vilnius"), ("Kyiv", "Kiev"),
        ("Odesa", "Odessa"), ("Kharkiv", "Kharkiv"), ("Tbilisi", "Tbilissi"), ("Yerevan", "Erevan"), ("Baku", "Bakou"),
        ("Astana", "Astana"), ("Beijing", "Pékin"), ("Tokyo", "Tokyo"), ("Seoul", "Séoul"), ("New Delhi", "New Delhi"),
        ("Cairo", "Le Caire"), ("Doha", "Doha"), ("Riyadh", "Riyad"), ("Tehran", "Téhéran"), ("Washington", "Washington"),
        ("New York", "New York"), ("Ottawa", "Ottawa"), ("Brasilia", "Brasilia"), ("Pretoria", "Pretoria"), ("Nairobi", "Nairobi"),
        ("Dakar", "Dakar"), ("Algiers", "Alger"), ("Tunis", "Tunis"), ("Beirut", "Beyrouth"), ("Amman", "Amman"),
        ("Jakarta", "Jakarta"), ("Hanoi", "Hanoï"), ("Singapore", "Singapour"), ("Canberra", "Canberra"), ("Bogota", "Bogota"),
        ("Lima", "Lima"), ("Minsk", "Minsk"), ("Chisinau", "Chisinau"), ("Belgrade", "Belgrade"), ("Sofia", "Sofia"),
    ];

    public static readonly (string En, string Fr)[] Organisations =
    [
        ("NATO", "l'Otan"), ("the European Union", "l'Union européenne"), ("the United Nations", "l'ONU"), ("the IAEA", "l'AIEA"),
        ("the OSCE", "l'OSCE"), ("the IMF", "le FMI"), ("the World Trade Organization", "l'OMC"), ("the G20", "le G20"),
        ("the Red Cross", "la Croix-Rouge"), ("the World Bank", "la Banque mondiale"), ("the African Union", "l'Union africaine"),
        ("the Council of Europe", "le Conseil de l'Europe"),
    ];

    public static readonly (string En, string Fr)[] Subjects =
    [
        ("grain exports", "les exportations de céréales"), ("gas deliveries", "les livraisons de gaz"), ("a prisoner exchange", "un échange de prisonniers"),
        ("the nuclear power plant", "la centrale nucléaire"), ("new sanctions", "de nouvelles sanctions"), ("a ceasefire", "un cessez-le-feu"),
        ("humanitarian corridors", "des corridors humanitaires"), ("arms deliveries", "les livraisons d'armes"), ("the debt restructuring", "la restructuration de la dette"),
        ("the fishing quotas", "les quotas de pêche"), ("the border crossings", "les points de passage frontaliers"), ("the election monitors", "les observateurs électoraux"),
        ("a pipeline project", "un projet de gazoduc"), ("cyber attacks", "les cyberattaques"), ("refugee reception", "l'accueil des réfugiés"),
        ("the customs union", "l'union douanière"), ("fertiliser shipments", "les cargaisons d'engrais"), ("the space station", "la station spatiale"),
        ("a vaccine agreement", "un accord sur les vaccins"), ("the wheat harvest", "la récolte de blé"),
    ];

    public static readonly string[] WeekdaysEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    public static readonly string[] WeekdaysFr = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
    public static readonly string[] MonthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    public static readonly string[] MonthsFr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    // Quotations are built from parallel parts so that a translation quotes the same words in the other language.
    public static readonly (string En, string Fr)[] QuoteOpenings =
    [
        ("We", "Nous"), ("My government and I", "Mon gouvernement et moi"), ("Our partners and we", "Nos partenaires et nous"),
        ("The people of this region", "Les habitants de cette région"), ("Our negotiators", "Nos négociateurs"), ("Both delegations", "Les deux délégations"),
        ("The ministers around this table", "Les ministres autour de cette table"), ("Our farmers and workers", "Nos agriculteurs et nos ouvriers"),
    ];

    public static readonly (string En, string Fr)[] QuoteVerbs =
    [
        ("will never accept", "n'accepteront jamais"), ("are ready to discuss", "sont prêts à discuter"), ("cannot wait any longer for", "ne peuvent plus attendre"),
        ("have made real progress on", "ont fait de réels progrès sur"), ("will keep insisting on", "continueront d'insister sur"), ("do not believe in", "ne croient pas à"),
        ("expect concrete answers about", "attendent des réponses concrètes sur"), ("refuse to be blackmailed over", "refusent d'être soumis au chantage sur"),
    ];

    public static readonly (string En, string Fr)[] QuoteEndings =
    [
        ("under any circumstances", "en aucune circonstance"), ("in the coming weeks", "dans les semaines à venir"), ("before the winter", "avant l'hiver"),
        ("as long as it takes", "aussi longtemps qu'il le faudra"), ("without preconditions", "sans conditions préalables"), ("and the clock is ticking", "et le temps presse"),
        ("whatever Moscow says", "quoi qu'en dise Moscou"), ("with our allies at our side", "avec nos alliés à nos côtés"),
    ];

    public static readonly string[][] HeadlinesEn =
    [
        ["{a} and {b} hold [tense|long|rare] phone call on {SUBJ}", "{a}, {b} discuss {SUBJ} by phone"],
        ["{a} meets {b} in {PLACE} as talks on {SUBJ} stall", "{a} and {b} meet in {PLACE} over {SUBJ}"],
        ["{ORG} approves {MONEY} package after {a} appeal", "{a} secures {MONEY} from {ORG}"],
        ["{a} announces deal on {SUBJ} with {b}", "Deal on {SUBJ} reached, says {a}"],
        ["{COUNT} killed in strike near {PLACE}, {a} says", "Strike near {PLACE} kills {COUNT}, {a} condemns attack"],
        ["{a} warns of {PCT} drop in {SUBJ}", "{SUBJ}: {a} expects {PCT} fall"],
        ["{a} visits {PLACE} to press {b} on {SUBJ}", "In {PLACE}, {a} urges {b} to move on {SUBJ}"],
        ["Summit in {PLACE}: {a} and {b} clash over {SUBJ}", "{a} and {b} trade barbs at {PLACE} summit"],
    ];

    public static readonly string[][] HeadlinesFr =
    [
        ["{a} et {b} se sont [longuement |brièvement |]parlé au téléphone sur {SUBJ}", "Entretien téléphonique entre {a} et {b} sur {SUBJ}"],
        ["{a} rencontre {b} à {PLACE}, les discussions sur {SUBJ} piétinent", "A {PLACE}, {a} et {b} se retrouvent pour parler de {SUBJ}"],
        ["{ORG} approuve une aide de {MONEY} après l'appel de {a}", "{a} obtient {MONEY} de {ORG}"],
        ["{a} annonce un accord avec {b} sur {SUBJ}", "Accord trouvé sur {SUBJ}, selon {a}"],
        ["{COUNT} morts dans une frappe près de {PLACE}, selon {a}", "Frappe meurtrière près de {PLACE} : {COUNT} morts, {a} condamne"],
        ["{a} prévoit une baisse de {PCT} pour {SUBJ}", "{SUBJ} : {a} redoute un recul de {PCT}"],
        ["{a} se rend à {PLACE} pour presser {b} sur {SUBJ}", "A {PLACE}, {a} exhorte {b} à avancer sur {SUBJ}"],
        ["Sommet de {PLACE} : {a} et {b} s'opposent sur {SUBJ}", "Passe d'armes entre {a} et {b} au sommet de {PLACE}"],
    ];

    // Per topic, the facts of the story in the order a wire would tell them; the same index is the same fact in both languages.
    public static readonly string[][] FactsEn =
    [
        ["{A}, {RA}, [spoke|talked] by phone on {DAY} with {B}, {RB}, about {SUBJ}.", "The call lasted [about|nearly|more than] {COUNT} minutes, according to {a}'s office.", "{a} [said|told reporters] that {BIG} people were directly affected by the dispute over {SUBJ}.", "\"{Q1},\" {a} said after the call.", "{b} [replied|answered] that his side had offered {MONEY} to settle the matter.", "\"{Q2},\" {b} [told|said to] state television.", "The two men had last spoken in {YEAR}, when talks on {SUBJ} collapsed."],
        ["{A}, {RA}, met {B}, {RB}, in {PLACE} on {DAY} for talks on {SUBJ}.", "The meeting lasted {COUNT} minutes and ended without a joint statement.", "\"{Q1},\" {a} told reporters in {PLACE}.", "{b} said {BIG} troops remained deployed near the border.", "\"{Q2},\" {b} added.", "A {PCT} increase in military spending was announced the same day.", "Officials said a follow-up meeting could take place before the end of {YEAR2}."],
        ["{ORG} approved on {DAY} a {MONEY} package requested by {A}, {RA}.", "The money will go to {SUBJ}, which {a} said affected {BIG} households.", "\"{Q1},\" {a} said in {PLACE}.", "{B}, {RB}, said the package was {PCT} larger than the previous one, agreed in {YEAR}.", "\"{Q2},\" {b} said.", "The first tranche is expected within {COUNT} days."],
        ["{A}, {RA}, announced on {DAY} an agreement with {B}, {RB}, on {SUBJ}.", "The deal, signed in {PLACE}, covers {BIG} tonnes over {COUNT} months.", "\"{Q1},\" {a} said at the signing ceremony.", "{b} said the agreement was worth {MONEY}.", "\"{Q2},\" {b} said.", "Prices fell {PCT} after the announcement."],
        ["At least {COUNT} people were killed in a strike near {PLACE} on {DAY}, {A}, {RA}, said.", "{a} said {BIG} residents had been left without power.", "\"{Q1},\" {a} said in a video address.", "{B}, {RB}, denied any involvement.", "\"{Q2},\" {b} said.", "Repairs were estimated at {MONEY}, a {PCT} rise on the previous estimate."],
        ["{A}, {RA}, warned on {DAY} that {SUBJ} could fall by {PCT} this year.", "The forecast would put {BIG} jobs at risk, {a} said in {PLACE}.", "\"{Q1},\" {a} said.", "{B}, {RB}, said {MONEY} had been set aside for those affected.", "\"{Q2},\" {b} said.", "The last comparable drop was recorded in {YEAR}, when {COUNT} companies closed."],
        ["{A}, {RA}, arrived in {PLACE} on {DAY} to press {B}, {RB}, on {SUBJ}.", "{a} brought a proposal worth {MONEY}, officials said.", "\"{Q1},\" {a} said on arrival.", "{b} said {BIG} people were waiting for a decision on {SUBJ}.", "\"{Q2},\" {b} replied.", "The visit, the first since {YEAR}, lasted {COUNT} hours."],
        ["{A}, {RA}, and {B}, {RB}, clashed over {SUBJ} at a summit in {PLACE} on {DAY}.", "Delegations from {COUNT} countries attended the summit.", "\"{Q1},\" {a} told the plenary.", "{b} said {BIG} people depended on {SUBJ} and demanded {MONEY} in compensation.", "\"{Q2},\" {b} said.", "A joint communiqué put the expected growth at {PCT}."],
    ];

    public static readonly string[][] FactsFr =
    [
        ["{A}, {RA}, s'est entretenu {DAY} par téléphone avec {B}, {RB}, au sujet de {SUBJ}.", "L'appel a duré [environ|près de|plus de] {COUNT} minutes, selon les services de {a}.", "{a} a [déclaré|indiqué] que {BIG} personnes étaient directement touchées par le différend sur {SUBJ}.", "«{Q1}», a déclaré {a} après l'appel.", "{b} a [répondu|rétorqué] que son camp avait proposé {MONEY} pour régler l'affaire.", "«{Q2}», a dit {b} à la télévision publique.", "Les deux hommes s'étaient parlé pour la dernière fois en {YEAR}, lorsque les discussions sur {SUBJ} avaient échoué."],
        ["{A}, {RA}, a rencontré {B}, {RB}, {DAY} à {PLACE} pour des discussions sur {SUBJ}.", "La rencontre a duré {COUNT} minutes et s'est achevée sans déclaration commune.", "«{Q1}», a déclaré {a} à la presse à {PLACE}.", "{b} a affirmé que {BIG} soldats restaient déployés près de la frontière.", "«{Q2}», a ajouté {b}.", "Une hausse de {PCT} des dépenses militaires a été annoncée le même jour.", "Une nouvelle rencontre pourrait avoir lieu avant la fin de {YEAR2}, selon des responsables."],
        ["{ORG} a approuvé {DAY} une aide de {MONEY} demandée par {A}, {RA}.", "L'argent ira à {SUBJ}, qui concerne {BIG} foyers selon {a}.", "«{Q1}», a déclaré {a} à {PLACE}.", "{B}, {RB}, a précisé que l'aide était supérieure de {PCT} à la précédente, décidée en {YEAR}.", "«{Q2}», a dit {b}.", "La première tranche est attendue d'ici {COUNT} jours."],
        ["{A}, {RA}, a annoncé {DAY} un accord avec {B}, {RB}, sur {SUBJ}.", "L'accord, signé à {PLACE}, porte sur {BIG} tonnes en {COUNT} mois.", "«{Q1}», a déclaré {a} lors de la signature.", "{b} a chiffré l'accord à {MONEY}.", "«{Q2}», a dit {b}.", "Les prix ont reculé de {PCT} après l'annonce."],
        ["Au moins {COUNT} personnes ont été tuées {DAY} dans une frappe près de {PLACE}, a indiqué {A}, {RA}.", "Selon {a}, {BIG} habitants sont privés d'électricité.", "«{Q1}», a déclaré {a} dans une allocution vidéo.", "{B}, {RB}, a démenti toute implication.", "«{Q2}», a affirmé {b}.", "Les réparations sont estimées à {MONEY}, en hausse de {PCT} sur la précédente estimation."],
        ["{A}, {RA}, a averti {DAY} que {SUBJ} pourraient reculer de {PCT} cette année.", "Cette prévision menace {BIG} emplois, a déclaré {a} à {PLACE}.", "«{Q1}», a affirmé {a}.", "{B}, {RB}, a indiqué que {MONEY} avaient été réservés aux personnes touchées.", "«{Q2}», a dit {b}.", "La dernière baisse comparable remonte à {YEAR}, quand {COUNT} entreprises avaient fermé."],
        ["{A}, {RA}, est arrivé {DAY} à {PLACE} pour presser {B}, {RB}, sur {SUBJ}.", "{a} apporte une proposition de {MONEY}, selon des responsables.", "«{Q1}», a déclaré {a} à son arrivée.", "{b} a rappelé que {BIG} personnes attendaient une décision sur {SUBJ}.", "«{Q2}», a répondu {b}.", "La visite, la première depuis {YEAR}, a duré {COUNT} heures."],
        ["{A}, {RA}, et {B}, {RB}, se sont opposés sur {SUBJ} lors d'un sommet à {PLACE} {DAY}.", "Des délégations de {COUNT} pays participaient au sommet.", "«{Q1}», a lancé {a} en séance plénière.", "{b} a affirmé que {BIG} personnes dépendaient de {SUBJ} et a réclamé {MONEY} de compensation.", "«{Q2}», a déclaré {b}.", "Un communiqué commun table sur une croissance de {PCT}."],
    ];

    // Background paragraphs: the part of an article a rewrite changes most. Slots {X}, {Y}, {Z} are drawn per rendering.
    public static readonly string[] BackgroundEn =
    [
        "Relations between the two capitals have [deteriorated|worsened] steadily since {Y}, when a dispute over trade routes [erupted|broke out].",
        "Analysts in {X} said the talks reflected growing pressure from domestic audiences ahead of elections.",
        "The question of {S} has [dominated|overshadowed] diplomatic contacts in the region for months.",
        "Officials in {X} said about {Z} experts had worked on technical details before the meeting.",
        "Critics argued that previous rounds of negotiations had produced little beyond statements of intent.",
        "Markets reacted cautiously, with the main index in {X} closing [slightly|marginally] lower.",
        "Several non-governmental organisations called for more transparency on the terms discussed.",
        "A diplomat who requested anonymity described the atmosphere as [businesslike|cordial but cool|frosty].",
        "The issue is expected to feature on the agenda of the next ministerial meeting in {X}.",
        "Independent observers noted that similar promises had been made in {Y} without result.",
        "Opposition lawmakers demanded that parliament be consulted before any commitment is made.",
        "The European Commission said it was following the developments closely.",
        "Local media in {X} reported that {Z} demonstrators had gathered outside the venue.",
        "Economists warned that energy prices remained the main risk for the coming months.",
        "The talks took place against the backdrop of renewed tensions along the eastern border.",
        "Experts said any lasting settlement would require guarantees from third countries.",
    ];

    public static readonly string[] BackgroundFr =
    [
        "Les relations entre les deux capitales se sont [dégradées|détériorées] depuis {Y}, quand un différend sur les routes commerciales avait éclaté.",
        "Des analystes à {X} estiment que ces discussions reflètent la pression croissante des opinions publiques avant les élections.",
        "La question de {S} [domine|occupe] les contacts diplomatiques dans la région depuis des mois.",
        "Selon des responsables à {X}, environ {Z} experts ont préparé les détails techniques avant la rencontre.",
        "Pour leurs détracteurs, les précédents cycles de négociations n'ont guère produit que des déclarations d'intention.",
        "Les marchés ont réagi avec prudence, l'indice principal de {X} clôturant en [légère|faible] baisse.",
        "Plusieurs organisations non gouvernementales ont réclamé davantage de transparence sur les termes discutés.",
        "Un diplomate ayant requis l'anonymat a décrit une atmosphère [studieuse|cordiale mais froide|glaciale].",
        "Le dossier devrait figurer à l'ordre du jour de la prochaine réunion ministérielle à {X}.",
        "Des observateurs indépendants rappellent que des promesses similaires avaient été faites en {Y}, sans résultat.",
        "Des députés de l'opposition ont exigé que le Parlement soit consulté avant tout engagement.",
        "La Commission européenne a indiqué suivre la situation de près.",
        "Selon la presse locale à {X}, {Z} manifestants s'étaient rassemblés devant le lieu de la rencontre.",
        "Les économistes préviennent que les prix de l'énergie restent le principal risque pour les prochains mois.",
        "Ces discussions se sont tenues sur fond de regain de tensions le long de la frontière orientale.",
        "Selon des experts, tout règlement durable exigera des garanties de pays tiers.",
    ];

    public static readonly string[] BoilerplateFr =
    [
        "Commentez cette histoire", "LIRE AUSSI | {H}", "A LIRE AUSSI : {H}", "Image: AFP", "Photo : Reuters",
        "#diplomatie #international", "0 Commentaires",
        "Comme nous voulons continuer à modérer personnellement les débats de commentaires, nous sommes obligés de fermer la fonction de commentaire 72 heures après la publication d'un article.",
    ];

    public static readonly string[] BoilerplateEn =
    [
        "Read more: {H}", "RELATED: {H}", "Photo: AP", "Video: EventWire", "#world #politics", "Comments are closed for this article.",
        "Share this story", "Advertisement",
    ];
}
