package nl.lerendstelsel.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.lerendstelsel.domain.model.law.LawReference;

/**
 * Realistic Dutch texts about the inburgering for generated data, from a seeded {@link Random}: the same seed gives the
 * same texts. Titles and descriptions of knelpunten follow their theme (subjects and problems per theme of
 * {@code referentiedata/themas.csv}); comments, discussion posts (in the light markup of
 * {@link nl.lerendstelsel.domain.model.text.RichText}), questions and answers, signals and people's names are built from
 * the same vocabulary: taalniveau B1, leerbaarheidstoets, brede intake, PIP, PVT, MAP, DUO, examens, ontzorgen, Z-route.
 * Used by the reference data generator ({@link ReferenceDataGenerator}) and the search benchmark.
 */
public final class DutchText {

    /** What knelpunten are about, per theme code. */
    private static final Map<String, String[]> SUBJECTS = Map.ofEntries(
            Map.entry("brede-intake", new String[]{"De brede intake", "Het intakegesprek", "De vragenlijst van de brede intake",
                    "De inzet van tolken bij de intake", "Het dossier van het COA bij de intake", "De planning van intakegesprekken"}),
            Map.entry("pip", new String[]{"Het PIP", "Het Persoonlijk Plan Inburgering en Participatie", "De vaststelling van het PIP",
                    "De termijn voor het PIP", "Het bijstellen van het PIP", "De beschikking bij het PIP"}),
            Map.entry("b1-route", new String[]{"De B1-route", "Het taalaanbod op niveau B1", "De duale B1-route", "De lesuren in de B1-route",
                    "De combinatie van werk en B1-lessen", "Het examen op taalniveau B1"}),
            Map.entry("onderwijsroute", new String[]{"De onderwijsroute", "De schakelklas van de onderwijsroute", "De toelating tot het mbo",
                    "Het aanbod van de onderwijsroute", "De doorstroom naar vervolgonderwijs", "De onderwijsroute voor jongeren boven 18"}),
            Map.entry("zelfredzaamheidsroute", new String[]{"De Z-route", "De zelfredzaamheidsroute", "Het aantal uren in de Z-route",
                    "Het taalaanbod in de Z-route", "De participatiecomponent van de Z-route", "De overstap van B1 naar de Z-route"}),
            Map.entry("leerbaarheidstoets", new String[]{"De leerbaarheidstoets", "De afname van de leerbaarheidstoets",
                    "De uitslag van de leerbaarheidstoets", "De leerbaarheidstoets voor analfabeten", "De toetslocatie", "De herhaling van de leerbaarheidstoets"}),
            Map.entry("ontzorgen", new String[]{"Het ontzorgen", "Het betalen van vaste lasten", "De eerste zes maanden ontzorgen",
                    "De afbouw van het ontzorgen", "De budgetbegeleiding", "Het doorbetalen van huur en energie"}),
            Map.entry("warme-overdracht-coa", new String[]{"De warme overdracht", "De overdracht vanuit het COA", "Het overdrachtsdossier",
                    "De koppeling aan een gemeente", "De voorinburgering in het azc", "Het startgesprek na de koppeling"}),
            Map.entry("huisvesting", new String[]{"De huisvesting van statushouders", "De taakstelling huisvesting", "De tijdelijke woonruimte",
                    "De verhuizing naar een andere gemeente", "De wachttijd voor een woning", "De huisvesting van alleenstaanden"}),
            Map.entry("gezondheid", new String[]{"De gezondheidsinformatie", "De psychische zorg voor inburgeraars", "De medische ontheffing",
                    "De afstemming met de GGD", "De zorg voor getraumatiseerde statushouders", "Het medisch advies bij de leerroute"}),
            Map.entry("ouderschap", new String[]{"De kinderopvang tijdens de lessen", "De combinatie van ouderschap en inburgering",
                    "Het aanbod voor alleenstaande ouders", "De zwangerschap tijdens de inburgering", "De opvang van jonge kinderen",
                    "Het lesrooster voor ouders"}),
            Map.entry("arbeidstoeleiding", new String[]{"De Module Arbeidsmarkt en Participatie", "De MAP", "De werkstage",
                    "De arbeidstoeleiding", "De samenwerking met werkgevers", "De combinatie van werk en inburgering"}),
            Map.entry("taal", new String[]{"Het taalniveau", "Het taalaanbod", "De taalschool", "Het examen bij DUO", "De examenplanning bij DUO",
                    "Het alfabetiseringsaanbod"}),
            Map.entry("participatieverklaring", new String[]{"Het participatieverklaringstraject", "Het PVT", "De workshop van het PVT",
                    "De ondertekening van de participatieverklaring", "Het PVT in de eigen taal", "De planning van het PVT"}),
            Map.entry("nazorg", new String[]{"De nazorg", "De begeleiding na het examen", "De nazorg na de inburgeringstermijn",
                    "De overgang naar de Participatiewet", "Het contact na afronding", "De monitoring na de inburgering"}),
            Map.entry("financiering", new String[]{"De financiering", "De SPUK-middelen", "De bekostiging van de leerroutes",
                    "De vergoeding per inburgeraar", "De financiering van tolken", "De lening bij DUO"}),
            Map.entry("informatievoorziening", new String[]{"De informatievoorziening", "De gegevensuitwisseling met DUO", "Het berichtenverkeer met het COA",
                    "Het inburgeringsportaal", "De koppeling met het cliëntsysteem", "De informatie voor inburgeraars"}));

    private static final String[] GENERIC_SUBJECTS = {"De uitvoering van de Wet inburgering 2021", "De regie van de gemeente",
            "De samenwerking met de taalschool", "Het contact met DUO", "De klantmanager inburgering", "De begeleiding van gezinsmigranten"};

    private static final String[] PROBLEMS = {"komt te laat", "sluit niet aan bij de leerroute", "duurt langer dan de wettelijke termijn",
            "is onduidelijk voor inburgeraars", "kost gemeenten meer dan begroot", "wordt niet tijdig gedeeld", "ontbreekt in de regio",
            "vraagt om landelijke afspraken", "botst met de Participatiewet", "heeft te weinig plekken", "werkt niet voor analfabeten",
            "loopt vast bij verhuizing", "geeft wachttijden van weken", "is niet digitaal beschikbaar", "past niet bij mensen met kinderen",
            "wordt verschillend uitgelegd", "is niet afgestemd met het COA", "vraagt te veel administratie", "houdt geen rekening met werk",
            "stopt abrupt na zes maanden", "is niet te plannen met tolken", "geeft onvoldoende zicht op voortgang"};

    private static final String[] OPENINGS = {"Sinds de invoering van de Wet inburgering 2021 merken we dat", "In onze regio zien we steeds vaker dat",
            "Bij de laatste groep statushouders bleek dat", "Klantmanagers geven aan dat", "Uit het overleg met de taalschool kwam naar voren dat",
            "In de praktijk blijkt dat", "Inburgeraars melden ons dat", "Bij gezinsmigranten zien we dat", "Sinds dit kwartaal merken we dat",
            "Tijdens het casusoverleg bleek opnieuw dat"};
    private static final String[] CONSEQUENCES = {"Daardoor lopen inburgeraars vertraging op in hun leerroute.",
            "Het gevolg is dat de inburgeringstermijn van drie jaar onder druk komt te staan.", "Inburgeraars raken daardoor hun motivatie kwijt.",
            "Dit kost de klantmanagers veel extra tijd.", "Daardoor kunnen we het PIP niet binnen tien weken vaststellen.",
            "Zo ontstaan er onnodige schulden bij statushouders.", "De taalschool kan de groepen daardoor niet vullen.",
            "Hierdoor starten inburgeraars pas maanden later met de lessen.", "Werkgevers haken daardoor af.",
            "Het examen bij DUO moet daardoor opnieuw worden gepland.", "Ouders met jonge kinderen kunnen de lessen daardoor niet volgen."};
    private static final String[] DETAILS = {"Het gaat om ongeveer %d inburgeraars per jaar.", "We hebben dit in %d dossiers gezien.",
            "De wachttijd loopt op tot %d weken.", "Ongeveer %d procent van de inburgeraars heeft hiermee te maken.",
            "Er zijn op dit moment %d mensen die wachten.", "Dit speelt sinds ongeveer %d maanden."};
    private static final String[] CONTEXTS = {"Gemeenten in de arbeidsmarktregio herkennen dit.", "De taalaanbieder heeft hetzelfde signaal afgegeven.",
            "VluchtelingenWerk heeft hierover ook contact met ons gezocht.", "Het COA is op de hoogte, maar kan het niet oplossen.",
            "Divosa heeft hier in een webinar aandacht voor gevraagd.", "We hebben dit besproken in het regionale inburgeringsoverleg.",
            "Het speelt vooral bij inburgeraars in de Z-route.", "Vooral jongeren in de onderwijsroute hebben hier last van.",
            "Voor mensen die al werken is het extra lastig.", "Het is niet duidelijk wie hier verantwoordelijk voor is."};
    private static final String[] SOLUTIONS = {"Maak landelijke afspraken over de termijnen.", "Geef gemeenten meer ruimte om maatwerk te leveren.",
            "Laat DUO de gegevens automatisch delen met de gemeente.", "Zorg voor een vaste contactpersoon bij het COA.",
            "Verleng de periode van ontzorgen waar dat nodig is.", "Financier kinderopvang tijdens de lessen.",
            "Stem de planning van examens af met de taalscholen.", "Maak de leerbaarheidstoets ook digitaal beschikbaar.",
            "Neem dit op in de handreiking van Divosa.", "Bied het PVT ook in de eigen taal aan."};
    private static final String[] AFFECTED = {"Statushouders in de B1-route", "Statushouders in de Z-route", "Jongeren in de onderwijsroute",
            "Gezinsmigranten", "Alleenstaande ouders", "Analfabete inburgeraars", "Inburgeraars met een baan", "Inburgeraars met psychische klachten",
            "Nareizigers", "Inburgeraars die verhuizen"};
    private static final String[] RESOLUTIONS = {"Afgehandeld: de uitvoering is aangepast en de melder is geïnformeerd.",
            "Opgelost in overleg met de taalschool; de planning is aangepast.", "Met DUO is afgesproken dat de gegevens voortaan binnen een week komen.",
            "De werkinstructie is aangepast en gedeeld met alle klantmanagers.", "In het regionale overleg is een werkwijze afgesproken.",
            "De CoP heeft een handreiking gemaakt; die lost dit op.", "Het COA levert het dossier nu voor de koppeling aan."};
    private static final String[] CLOSINGS = {"Gesloten: dit valt buiten de Wet inburgering 2021.", "Gesloten: dit is al eerder gemeld en wordt daar behandeld.",
            "Gesloten: onvoldoende informatie ontvangen om verder te gaan.", "Gesloten: dit is een vraag, die is doorgezet naar Vraag & antwoord."};
    private static final String[] QUESTIONS_FOR_INFO = {"Kunt u aangeven om hoeveel inburgeraars het gaat?", "Welke taalschool betreft het?",
            "Sinds wanneer speelt dit?", "Heeft u dit al met DUO besproken?", "Kunt u een voorbeeld geven zonder persoonsgegevens?",
            "Speelt dit ook bij andere gemeenten in de regio?"};
    private static final String[] INFO_ANSWERS = {"Het gaat om ongeveer twintig inburgeraars.", "Het betreft de taalschool in onze regio.",
            "Dit speelt sinds het begin van het jaar.", "DUO is op de hoogte, maar heeft nog niet gereageerd.",
            "Ook de buurgemeenten zien dit.", "Zie de aanvulling in de omschrijving."};
    private static final String[] ESCALATIONS = {"Dit speelt in meerdere gemeenten en vraagt om regionale afstemming.",
            "Niet op te lossen op uitvoeringsniveau: afspraken met DUO nodig.", "Meerdere gemeenten steunen dit; graag oppakken op schakelniveau.",
            "Structureel probleem in de regio, opschalen naar de coördinatoren."};
    private static final String[] RETURNS = {"Teruggelegd: dit kan lokaal worden opgelost met de taalschool.",
            "Teruggelegd met advies: bespreek dit eerst in de CoP.", "Teruggelegd: de handreiking van Divosa biedt hiervoor een oplossing."};
    private static final String[] REOPENINGS = {"Het probleem speelt opnieuw.", "De oplossing werkt in de praktijk niet.",
            "Sinds de nieuwe groep is het weer hetzelfde."};
    private static final String[] COMMENTS = {"Herkenbaar, bij ons speelt precies hetzelfde.", "Wij hebben dit opgelost met een vaste contactpersoon bij DUO.",
            "Goed dat dit gemeld is, we volgen het.", "Is er al contact geweest met het COA hierover?", "Bij ons duurt het zelfs nog langer.",
            "In onze regio werken we met een gezamenlijke planning; dat helpt.", "Misschien goed om dit in de CoP te bespreken.",
            "Wij zien dit vooral bij inburgeraars in de Z-route.", "Heeft iemand een voorbeeldbrief die we kunnen gebruiken?"};

    private static final String[] THREAD_OPENERS = {"Hoe gaan jullie om met %s?", "Ervaringen met %s gezocht", "Vraag over %s",
            "Tips voor %s", "Wie heeft een goede werkwijze voor %s?", "Nieuwe handreiking over %s", "Stand van zaken %s"};
    private static final String[] POST_OPENERS = {"Goede vraag!", "Bij ons gaat het zo:", "Herkenbaar.", "Dank voor het delen.",
            "Wij hebben hier vorig jaar mee geworsteld.", "Aanvulling op het vorige bericht:", "Interessant, dat wist ik niet.",
            "Even een update vanuit onze gemeente:"};
    private static final String[] POST_POINTS = {"we plannen de brede intake binnen twee weken na de koppeling",
            "we werken met een vaste tolk per taalgroep", "de taalschool stuurt elke maand een voortgangsrapportage",
            "we hebben een vaste contactpersoon bij DUO", "we bespreken elk PIP in een multidisciplinair overleg",
            "we combineren de MAP met een werkstage", "we bieden kinderopvang aan tijdens de lessen",
            "we doen de leerbaarheidstoets op locatie bij de taalschool", "we bouwen het ontzorgen af in drie stappen",
            "we nemen het PVT af in kleine groepen met een tolk", "we maken afspraken met de woningcorporatie over huisvesting"};

    private static final String[] QA_QUESTIONS = {"Wat gebeurt er als %s?", "Mag de gemeente %s?", "Wie is verantwoordelijk als %s?",
            "Hoe lang duurt het voordat %s?", "Geldt de termijn ook als %s?", "Wat moet de klantmanager doen als %s?"};
    private static final String[] QA_SITUATIONS = {"een inburgeraar verhuist naar een andere gemeente", "de leerbaarheidstoets niet kan worden afgenomen",
            "het PIP na tien weken nog niet is vastgesteld", "een inburgeraar zwanger raakt tijdens de leerroute",
            "de taalschool failliet gaat", "een inburgeraar werk vindt tijdens de B1-route", "het ontzorgen na zes maanden stopt",
            "een gezinsmigrant een lening bij DUO heeft", "de inburgeraar het examen niet haalt", "een inburgeraar een medische ontheffing aanvraagt",
            "de brede intake zonder tolk plaatsvindt", "een inburgeraar de participatieverklaring niet ondertekent",
            "de inburgeringstermijn van drie jaar verloopt", "een inburgeraar van de B1-route naar de Z-route overstapt"};
    private static final String[] QA_ANSWER_SENTENCES = {"De gemeente blijft verantwoordelijk voor de regie op de inburgering.",
            "De termijn wordt verlengd als de inburgeraar geen verwijt treft.", "Leg de afspraken vast in het PIP en pas de beschikking aan.",
            "DUO beoordeelt of de inburgeraar aan de inburgeringsplicht heeft voldaan.", "Overleg in dat geval met de nieuwe gemeente over de warme overdracht.",
            "Het ontzorgen duurt ten minste zes maanden en kan worden verlengd.", "De leerbaarheidstoets is een hulpmiddel, geen toelatingseis.",
            "Bij een medische ontheffing is een advies van een onafhankelijke arts nodig.", "De inburgeraar kan het examen opnieuw doen.",
            "Het PVT moet binnen de inburgeringstermijn zijn afgerond.", "De kosten komen ten laste van de gemeentelijke middelen voor inburgering.",
            "Zie ook de handreiking van Divosa over de leerroutes.", "Neem bij twijfel contact op met het Informatiepunt Inburgering."};
    private static final String[] QA_LAWS = {"WI2021 art. 6", "WI2021 art. 7", "WI2021 art. 14", "WI2021 art. 16 lid 1", "WI2021 art. 24",
            "BI2021 art. 2.2", "BI2021 art. 2.7", "BI2021 art. 4.1", "BI2021 art. 6.3", "RI2021 art. 2.1"};

    private static final String[] FIRST_NAMES = {"Fatima", "Joost", "Noor", "Sanne", "Pieter", "Eva", "Ahmed", "Marieke", "Karim", "Lotte",
            "Mohamed", "Anouk", "Daan", "Sophie", "Youssef", "Lisa", "Bram", "Emma", "Hamza", "Femke", "Mustafa", "Iris", "Thijs", "Sara",
            "Rik", "Esra", "Jeroen", "Naima", "Willem", "Yara", "Tim", "Aylin", "Koen", "Mariam", "Lucas", "Hanna", "Sem", "Ilse", "Omar", "Julia"};
    private static final String[] LAST_NAMES = {"de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
            "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "El Amrani",
            "Yilmaz", "Bouzid", "Kaya", "Öztürk", "Benali", "Haddou", "Demir", "van Dijk", "Koster", "Prins", "Huisman", "Kok", "Postma"};

    private final Random random;

    public DutchText(Random random) {
        this.random = random;
    }

    // ---------------------------------------------------------------------------------------------------- knelpunten

    /** A title like "De leerbaarheidstoets werkt niet voor analfabeten" for a theme code (any code; unknown ones use general subjects). */
    public String title(String themeCode) {
        return subject(themeCode) + " " + pick(PROBLEMS);
    }

    /** A subject of the theme, as a sentence start ("De brede intake"). */
    public String subject(String themeCode) {
        String[] subjects = SUBJECTS.get(themeCode);
        return subjects == null || random.nextInt(10) == 0 ? pick(GENERIC_SUBJECTS) : pick(subjects);
    }

    /** A description of three to six sentences, naming the gemeente. */
    public String description(String themeCode, String title, String gemeenteName) {
        StringBuilder text = new StringBuilder();
        text.append(pick(OPENINGS)).append(' ').append(lowerFirst(title)).append(" in ").append(gemeenteName).append(". ");
        text.append(pick(CONSEQUENCES)).append(' ');
        text.append(String.format(pick(DETAILS), 3 + random.nextInt(60))).append(' ');
        if (random.nextBoolean()) {
            text.append(pick(CONTEXTS)).append(' ');
        }
        if (random.nextInt(3) == 0) {
            text.append("Daarnaast ").append(lowerFirst(subject(themeCode))).append(' ').append(pick(PROBLEMS)).append(". ");
        }
        return text.toString().strip();
    }

    public String affectedGroup() {
        return pick(AFFECTED);
    }

    public String proposedSolution() {
        return pick(SOLUTIONS) + (random.nextBoolean() ? " " + pick(SOLUTIONS) : "");
    }

    public String resolution() {
        return pick(RESOLUTIONS);
    }

    public String closing() {
        return pick(CLOSINGS);
    }

    public String infoQuestion() {
        return pick(QUESTIONS_FOR_INFO);
    }

    public String infoAnswer() {
        return pick(INFO_ANSWERS);
    }

    public String escalationReason() {
        return pick(ESCALATIONS);
    }

    public String returnFeedback() {
        return pick(RETURNS);
    }

    public String reopenReason() {
        return pick(REOPENINGS);
    }

    public String comment() {
        return pick(COMMENTS);
    }

    /** A note with an "ook bij ons" support, or null (most supports have none). */
    public String supportNote() {
        return random.nextInt(100) < 30 ? pick(new String[]{"Ook bij ons: zelfde ervaring.", "Herkenbaar in onze gemeente.",
                "Bij ons speelt dit ook, vooral in de Z-route.", "Wij lopen hier ook tegenaan."}) : null;
    }

    /** One to three lower-case trefwoorden for a theme. */
    public List<String> tags(String themeCode) {
        String[] all = {themeCode.replace('-', ' ').split(" ")[0], "duo", "coa", "termijn", "tolk", "wachttijd", "regio", "kosten"};
        int n = 1 + random.nextInt(2);
        return n == 1 ? List.of(all[0]) : List.of(all[0], all[1 + random.nextInt(all.length - 1)]);
    }

    // -------------------------------------------------------------------------------------------------- discussions

    /** A discussion title about a theme. */
    public String threadTitle(String themeCode) {
        return String.format(pick(THREAD_OPENERS), lowerFirst(subject(themeCode)));
    }

    /** A post in the light markup: a paragraph, sometimes a bulleted list, sometimes bold. */
    public String postMarkup(String themeCode) {
        StringBuilder text = new StringBuilder(pick(POST_OPENERS)).append(' ');
        text.append(upperFirst(pick(POST_POINTS))).append(". ");
        if (random.nextInt(3) == 0) {
            text.append(pick(CONSEQUENCES));
        }
        int kind = random.nextInt(6);
        if (kind == 0) {
            text.append("\n\nWat bij ons werkt:\n\n- ").append(pick(POST_POINTS)).append("\n- ").append(pick(POST_POINTS));
        } else if (kind == 1) {
            text.append("\n\n**Let op:** ").append(lowerFirst(subject(themeCode))).append(' ').append(pick(PROBLEMS)).append('.');
        } else if (kind == 2) {
            text.append("\n\nZie ook de [handreiking van Divosa](https://www.divosa.nl/onderwerpen/inburgering).");
        }
        return text.toString().strip();
    }

    // ------------------------------------------------------------------------------------------------------ Q&A

    public String qaQuestion() {
        return String.format(pick(QA_QUESTIONS), pick(QA_SITUATIONS));
    }

    /** An answer of three to five sentences. */
    public String qaAnswer() {
        StringBuilder text = new StringBuilder();
        int n = 3 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            text.append(pick(QA_ANSWER_SENTENCES)).append(i == 1 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }

    /** One to three law references in the notation of {@link nl.lerendstelsel.domain.model.law.LawReference}. */
    public List<String> lawReferences() {
        int n = 1 + random.nextInt(3);
        java.util.LinkedHashSet<String> refs = new java.util.LinkedHashSet<>();
        while (refs.size() < n) {
            refs.add(pick(QA_LAWS));
        }
        return List.copyOf(refs);
    }

    // ------------------------------------------------------------------------------------------------------ signals

    public String signalTitle(String themeCode) {
        return "Signaal: " + lowerFirst(title(themeCode));
    }

    public String signalProblem(String themeCode) {
        return "Gemeenten in meerdere regio's melden dat " + lowerFirst(subject(themeCode)) + " " + pick(PROBLEMS) + ". " + pick(CONSEQUENCES);
    }

    public String signalAnalysis() {
        return "De gebundelde knelpunten laten zien dat dit structureel is. " + pick(CONTEXTS) + " " + pick(SOLUTIONS);
    }

    public String signalResponse() {
        return "Het ministerie heeft het signaal beoordeeld. " + pick(new String[]{"De regelgeving wordt op dit punt aangepast.",
                "Met DUO worden aanvullende afspraken gemaakt.", "Dit wordt meegenomen in de evaluatie van de Wet inburgering 2021.",
                "De handreiking wordt verduidelijkt.", "Het signaal is doorgezet naar het Bestuurlijk Overleg Inburgering."});
    }

    // ------------------------------------------------------------------------------------------------------- people

    public String personName() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    public String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    /** The text with a lower-case first letter, except abbreviations and names ("PIP", "B1-route", "DUO"). */
    public static String lowerFirst(String text) {
        // keep abbreviations (PIP, DUO, MAP, PVT) and names as they are
        if (text.length() > 1 && !Character.isLowerCase(text.charAt(1))) {
            return text;
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
