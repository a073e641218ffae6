package nl.lerendstelsel.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.lerendstelsel.domain.model.monitor.QuestionKind;
import nl.lerendstelsel.domain.model.monitor.ResponseStatus;
import nl.lerendstelsel.domain.model.monitor.RoundStatus;
import nl.lerendstelsel.domain.model.monitor.TargetKind;

/**
 * The monitor rounds of the reference data set (issue 29): one round a year over the last {@value #YEARS} years, asked of
 * all gemeenten (open in September and the first half of October), each with 20–30 questions of every kind. A round
 * repeats most questions of the year before (copied, so the results compare them) and adds a few; about 60 % of the
 * gemeenten submit, about 8 % leave a concept. Answers follow the gemeente's size (the order of the skew: large gemeenten
 * first) where a number depends on it. Rows of {@code monitor_round}, {@code monitor_question}, {@code monitor_response}
 * and {@code monitor_answer}, with ids from 1 (the caller moves the sequences past them).
 */
final class MonitorRoundsData {

    static final int YEARS = 5;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** A question of the pool: kind, text, options (choice questions), unit and bounds (numbers). */
    private record Template(QuestionKind kind, String text, List<String> options, String unit, Double max, boolean required) {
    }

    private static Template choice(String text, String... options) {
        return new Template(QuestionKind.ENKELVOUDIGE_KEUZE, text, List.of(options), null, null, true);
    }

    private static Template choices(String text, String... options) {
        return new Template(QuestionKind.MEERVOUDIGE_KEUZE, text, List.of(options), null, null, false);
    }

    private static Template yesNo(String text) {
        return new Template(QuestionKind.JA_NEE, text, List.of(), null, null, false);
    }

    private static Template scale(String text) {
        return new Template(QuestionKind.SCHAAL, text, List.of(), null, null, false);
    }

    private static Template number(String text, String unit, double max) {
        return new Template(QuestionKind.GETAL, text, List.of(), unit, max, false);
    }

    private static Template open(String text) {
        return new Template(QuestionKind.OPEN, text, List.of(), null, null, false);
    }

    /** After the KIS/Divosa monitor of gemeentelijk beleid inburgering. */
    private static final List<Template> POOL = List.of(
            choice("Hoe voert uw gemeente de brede intake en het persoonlijk plan inburgering en participatie (PIP) uit?",
                    "Volledig zelf", "Deels uitbesteed", "Volledig uitbesteed"),
            choices("Welke leerroutes koopt uw gemeente (al dan niet regionaal) in?", "B1-route", "Onderwijsroute",
                    "Zelfredzaamheidsroute (Z-route)"),
            yesNo("Ontzorgt uw gemeente statushouders langer dan de verplichte eerste zes maanden?"),
            number("Hoeveel inburgeraars startten het afgelopen jaar met een leerroute?", "inburgeraars", 20_000),
            scale("Hoe tevreden bent u over de samenwerking met de taalaanbieders in uw regio?"),
            open("Wat is op dit moment het grootste knelpunt in de uitvoering van de Wet inburgering?"),
            choice("Hoe koopt uw gemeente de leerroutes in?", "Zelfstandig", "Regionaal samen met andere gemeenten",
                    "Via een centrumgemeente", "Nog niet ingekocht"),
            choices("Welke onderdelen biedt uw gemeente aan in het Programma Klantreis en Participatie (PKP)?",
                    "Werkfit maken", "Vrijwilligerswerk", "Taalmaatje", "Praktijkbegeleiding", "Ouderbetrokkenheid"),
            yesNo("Heeft uw gemeente een vast aanspreekpunt voor inburgeraars bij de afdeling werk en inkomen?"),
            number("Hoeveel klantmanagers inburgering zijn er in uw gemeente (in fte)?", "fte", 200),
            scale("Hoe beoordeelt u de aansluiting tussen inburgering en het onderwijs (MBO, ROC)?"),
            open("Welke goede praktijk uit uw gemeente zouden andere gemeenten kunnen overnemen?"),
            choice("Hoe vaak heeft een inburgeraar contact met zijn of haar klantmanager?", "Wekelijks", "Maandelijks",
                    "Eens per kwartaal", "Minder vaak"),
            choices("Met welke partijen werkt uw gemeente samen bij de participatie van statushouders?", "UWV", "COA",
                    "VluchtelingenWerk", "Werkgevers", "Onderwijsinstellingen", "Welzijnsorganisaties"),
            yesNo("Gebruikt uw gemeente de leerbaarheidstoets bij alle inburgeraars?"),
            number("Hoeveel inburgeraars ronden het afgelopen jaar hun leerroute af?", "inburgeraars", 20_000),
            scale("Hoe goed kan uw gemeente de voortgang van inburgeraars volgen in de gegevensuitwisseling met DUO?"),
            open("Wat heeft uw gemeente nodig van het Rijk om de inburgering beter uit te voeren?"),
            choice("Hoe is de ontzorging van statushouders georganiseerd?", "Door de gemeente zelf",
                    "Door een maatschappelijke organisatie", "Gemengd"),
            choices("Welke doelgroepen vragen in uw gemeente extra aandacht?", "Statushouders", "Gezinsmigranten",
                    "Overige inburgeringsplichtigen", "Vrijwillige inburgeraars", "Jongeren tot 18 jaar"),
            yesNo("Heeft uw gemeente het afgelopen jaar een boete opgelegd wegens het niet nakomen van de inburgeringsplicht?"),
            number("Hoeveel gezinsmigranten meldden zich het afgelopen jaar bij uw gemeente?", "personen", 5_000),
            scale("Hoe tevreden bent u over de ondersteuning door de regionale samenwerking?"),
            open("Welke signalen over de Wet inburgering wilt u meegeven aan het ministerie van SZW?"),
            choice("Hoe lang duurt het gemiddeld tot een statushouder na huisvesting met een leerroute start?", "Binnen een maand",
                    "Een tot drie maanden", "Drie tot zes maanden", "Langer dan zes maanden"),
            yesNo("Biedt uw gemeente kinderopvang aan tijdens de lessen van de leerroute?"),
            number("Hoeveel procent van de inburgeraars volgt de B1-route?", "procent", 100),
            scale("Hoe beoordeelt u de kwaliteit van het taalonderwijs in uw regio?"),
            choices("Welke instrumenten zet uw gemeente in richting werk?", "Werkervaringsplaats", "Loonkostensubsidie",
                    "Jobcoaching", "Taal op de werkvloer", "Duale trajecten"),
            open("Wat zou u in de volgende monitor gevraagd willen zien?"));

    private static final String[] OPEN_ANSWERS = {
            "Het tekort aan plekken bij taalaanbieders zorgt voor wachttijden van enkele maanden.",
            "De gegevensuitwisseling met DUO kost veel handwerk; statussen komen laat binnen.",
            "Wij zien dat de combinatie van werk en de B1-route voor veel inburgeraars te zwaar is.",
            "Kinderopvang tijdens de lessen ontbreekt, waardoor vooral vrouwen afhaken.",
            "De samenwerking in de regio loopt goed sinds we een gezamenlijke inkoop hebben.",
            "Het budget dekt de kosten van de ontzorging na het eerste halfjaar niet.",
            "Een vast aanspreekpunt bij de gemeente helpt inburgeraars sneller op weg.",
            "Gezinsmigranten melden zich laat; wij missen een signaal bij aankomst.",
            "Meer ruimte voor maatwerk in de leerbaarheidstoets zou helpen.",
            "De Z-route is goed ingericht, maar de doorstroom naar werk blijft achter."};

    private final Connection connection;
    private final Random random;
    private final LocalDate today;
    private final List<String> gemeenten;
    private final Map<String, List<Integer>> professionalsOf;
    private final int coordinator;
    private final Map<String, Long> rows = new HashMap<>();

    /** {@code gemeenten} largest first (the order of the skew); {@code coordinator} the author of the rounds. */
    MonitorRoundsData(Connection connection, long seed, LocalDate today, List<String> gemeenten,
                      Map<String, List<Integer>> professionalsOf, int coordinator) {
        this.connection = connection;
        this.random = new Random(seed * 31 + 29); // its own stream: the rest of the data set stays as it was
        this.today = today;
        this.gemeenten = gemeenten;
        this.professionalsOf = professionalsOf;
        this.coordinator = coordinator;
    }

    /** Writes the rounds; returns the rows per table. */
    Map<String, Long> generate() throws SQLException {
        int lastYear = LocalDate.of(today.getYear(), 9, 1).isAfter(today) ? today.getYear() - 1 : today.getYear();
        try (Rows round = new Rows(connection, "monitor_round", "id", "title", "introduction", "opens_on", "closes_on", "target_kind",
                "status", "previous_round_id", "created_by", "created_at", "opened_at", "closed_at");
             Rows question = Rows.deferred(connection, "monitor_question", "id", "round_id", "position", "kind", "question", "options",
                     "unit", "min_value", "max_value", "required", "copied_from");
             Rows response = Rows.deferred(connection, "monitor_response", "id", "round_id", "organisation_code", "status", "updated_by",
                     "updated_at", "submitted_by", "submitted_at");
             Rows answer = Rows.deferred(connection, "monitor_answer", "id", "response_id", "question_id", "choices", "number_value",
                     "text_value")) {
            long questionId = 0;
            long responseId = 0;
            long answerId = 0;
            List<Integer> previousTemplates = List.of();
            long[] previousIds = new long[0];
            for (int i = 0; i < YEARS; i++) {
                int year = lastYear - YEARS + 1 + i;
                long roundId = i + 1;
                LocalDate opens = LocalDate.of(year, 9, 1);
                LocalDate closes = LocalDate.of(year, 10, 15);
                boolean closed = closes.isBefore(today);
                round.add(roundId, "Monitor gemeentelijk beleid inburgering " + year,
                        "De jaarlijkse uitvraag naar de uitvoering van de Wet inburgering in uw gemeente.", opens, closes,
                        TargetKind.ALLE_GEMEENTEN.name(), (closed ? RoundStatus.GESLOTEN : RoundStatus.OPEN).name(),
                        i == 0 ? null : roundId - 1, (long) coordinator, at(opens.minusDays(20), 10), at(opens, 9),
                        closed ? at(closes.plusDays(1), 9) : null);

                List<Integer> templates = questionsOfYear(previousTemplates);
                long[] ids = new long[templates.size()];
                for (int p = 0; p < templates.size(); p++) {
                    Template t = POOL.get(templates.get(p));
                    ids[p] = ++questionId;
                    int before = previousTemplates.indexOf(templates.get(p));
                    question.add(ids[p], roundId, p + 1, t.kind().name(), t.text(), t.options().isEmpty() ? null : String.join("\n", t.options()),
                            t.unit(), t.max() == null ? null : 0.0, t.max(), t.required() ? 1 : 0, before < 0 ? null : previousIds[before]);
                }
                for (int rank = 0; rank < gemeenten.size(); rank++) {
                    String gemeente = gemeenten.get(rank);
                    int draw = random.nextInt(100);
                    List<Integer> people = professionalsOf.get(gemeente);
                    if (draw >= 68 || people == null) {
                        continue; // not answered
                    }
                    boolean submitted = draw < 60;
                    long person = people.get(random.nextInt(people.size()));
                    LocalDate day = opens.plusDays(random.nextInt(40));
                    Instant updated = at(day.isAfter(today) ? today : day, 9 + random.nextInt(8));
                    response.add(++responseId, roundId, gemeente, (submitted ? ResponseStatus.INGEDIEND : ResponseStatus.CONCEPT).name(),
                            person, updated, submitted ? person : null, submitted ? updated : null);
                    for (int p = 0; p < templates.size(); p++) {
                        Template t = POOL.get(templates.get(p));
                        if (!t.required() && random.nextInt(100) >= (submitted ? 92 : 45)) {
                            continue;
                        }
                        Object[] value = answer(t, rank, year);
                        answer.add(++answerId, responseId, ids[p], value[0], value[1], value[2]);
                    }
                }
                previousTemplates = templates;
                previousIds = ids;
            }
            round.flush();
            question.flush();
            response.flush();
            answer.flush();
            for (Rows table : List.of(round, question, response, answer)) {
                rows.put(table.table(), table.count());
            }
        }
        connection.commit();
        return rows;
    }

    /** The first year 20–26 questions of the pool; later years keep about 85 % of last year's and add new ones, up to 30. */
    private List<Integer> questionsOfYear(List<Integer> previous) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (Integer kept : previous) {
            if (random.nextInt(100) < 85) {
                chosen.add(kept);
            }
        }
        int wanted = Math.min(POOL.size(), Math.max(20, Math.min(30, chosen.size() + 2 + random.nextInt(4))));
        if (previous.isEmpty()) {
            wanted = 20 + random.nextInt(7);
        }
        while (chosen.size() < wanted) {
            chosen.add(random.nextInt(POOL.size()));
        }
        return new ArrayList<>(chosen);
    }

    /** Choices, number and text of one answer; numbers grow with the gemeente's size (rank 0 the largest). */
    private Object[] answer(Template t, int rank, int year) {
        double size = 1.0 / Math.pow(rank + 1, 0.9);
        return switch (t.kind()) {
            case ENKELVOUDIGE_KEUZE -> new Object[]{t.options().get(skewed(t.options().size())), null, null};
            case MEERVOUDIGE_KEUZE -> {
                List<String> picked = new ArrayList<>();
                for (String option : t.options()) {
                    if (random.nextInt(100) < 55) {
                        picked.add(option);
                    }
                }
                if (picked.isEmpty()) {
                    picked.add(t.options().get(skewed(t.options().size())));
                }
                yield new Object[]{String.join("\n", picked), null, null};
            }
            case JA_NEE -> new Object[]{random.nextInt(100) < 62 ? "JA" : "NEE", null, null};
            case SCHAAL -> new Object[]{null, (double) Math.min(5, Math.max(1, 3 + (int) Math.round(random.nextGaussian() * 0.9))), null};
            case GETAL -> {
                double value = "procent".equals(t.unit()) ? 20 + random.nextInt(60)
                        : Math.round(Math.max(0, t.max() * 0.15 * size * (0.7 + 0.6 * random.nextDouble()) * (1 + 0.05 * (year % 5))));
                yield new Object[]{null, Math.min(t.max(), value), null};
            }
            case OPEN -> new Object[]{null, null, OPEN_ANSWERS[random.nextInt(OPEN_ANSWERS.length)]};
        };
    }

    /** An option index, the first ones more often. */
    private int skewed(int options) {
        return Math.min(options - 1, (int) (options * Math.pow(random.nextDouble(), 1.6)));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZONE).toInstant();
    }
}
