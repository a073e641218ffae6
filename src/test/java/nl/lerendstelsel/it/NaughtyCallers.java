package nl.lerendstelsel.it;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.lerendstelsel.it.OpenApiOperations.Operation;

/**
 * What {@link NaughtyStringsApiIT} needs to know about the operations beyond the document: which operations it leaves alone
 * and why, which demo person may call each, and a valid value for a field where the document has no example.
 */
final class NaughtyCallers {

    /** Operations left alone, by a pattern on "METHOD /path", with the reason; the first match counts. */
    private static final Map<Pattern, String> SKIPPED = ordered(
            "POST /(themas|gemeenten|organisaties|arbeidsmarktregios)$", "adds reference data that other tests count",
            "PUT /(themas|gemeenten|organisaties|arbeidsmarktregios)/\\{code}$", "renames shared reference data",
            "POST /herindelingen$", "merges shared municipalities",
            "PUT /instellingen$", "changes the settings of every test",
            " /beheer/(back-ups|bewaartermijn)", "backups and retention runs act on all data");

    /** The demo person who may call an operation, by a pattern on "METHOD /path"; the first match counts, else admin. */
    private static final Map<Pattern, String> USERS = ordered(
            "POST /knelpunten$|/knelpunten/vergelijkbaar", "professional3",
            "/knelpunten/\\{referentie}/(intrekken|terugkoppeling-aanvaarden|opnieuw-voorleggen|informatie-ontvangen)$", "professional3",
            "/knelpunten/\\{referentie}/steun$", "professional2",
            "/knelpunten/\\{referentie}/terugleggen$", "coordinator",
            "/knelpunten", "facilitator",
            "/signalen/\\{referentie}/(beantwoorden|berichten|vragen|tussenbericht|eigenaar|opvolging.*)$", "ministry",
            "/signalen|/monitorrondes", "coordinator",
            "/rapportages|/statistieken", "ministry",
            "POST /cops$|PUT /cops/\\{id}$", "admin",
            "/berichten/\\{id}/meldingen", "professional",
            "GET /cops$|POST /cops/\\{id}/discussies|/discussies/\\{id}/berichten|PATCH /berichten|/aanwezigheid", "professional3",
            "/cops|/discussies|/berichten|/bijeenkomsten|/opbrengsten", "facilitator",
            "/kennisbank|/redactie", "editor",
            "/vragen|/zoeken", "professional3");

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    /** Valid values by "Schema.property" (first) or "property", for what the document gives no example of. */
    private static final Map<String, JsonValue> KNOWN = Map.ofEntries(
            text("titel", "Proef met vreemde tekens"),
            text("naam", "Proef met vreemde tekens"),
            text("omschrijving", "Een omschrijving voor de proef met vreemde tekens in de API."),
            text("toelichting", "Een toelichting bij de proef met vreemde tekens."),
            text("tekst", "Een tekst voor de proef met vreemde tekens."),
            text("reden", "Proef met vreemde tekens"),
            text("thema", "leerbaarheidstoets"),
            Map.entry("themas", Json.createArrayBuilder().add("brede-intake").build()),
            text("gemeente", "GM0307"),
            text("doelgroep", "Asielstatushouders"),
            text("schaal", "TIENTALLEN"),
            text("NieuweMelding.reden", "SPAM"),
            text("ModeratieBesluit.besluit", "VERBERGEN"),
            text("Besluit.besluit", "GOEDKEUREN"),
            text("NieuweBijeenkomst.soort", "INTERVISIE"),
            text("NieuweBijeenkomst.plaats", "Utrecht"),
            text("NieuweBijeenkomst.begin", TODAY.plusDays(30) + "T10:00:00+01:00"),
            text("NieuweBijeenkomst.einde", TODAY.plusDays(30) + "T12:00:00+01:00"),
            text("CopAntwoord.antwoord", "JA"),
            text("verslag", "Een verslag voor de proef met vreemde tekens."),
            text("NieuweCop.lidmaatschap", "OPEN"),
            Map.entry("NieuweCop.regios", JsonValue.EMPTY_JSON_ARRAY),
            text("NieuweOpbrengst.soort", "INZICHT"),
            text("CopPersoon.gebruikersnaam", "professional2"),
            text("NieuwItem.soort", "HANDREIKING"),
            text("NieuwItem.bron", "Divosa"),
            text("NieuwItem.link", "https://www.divosa.nl/"),
            text("NieuwItem.samenvatting", "Een samenvatting voor de proef met vreemde tekens."),
            text("NieuwItem.datum", TODAY.minusDays(7).toString()),
            text("Steun.gemeente", "GM0599"),
            text("Toewijzing.behandelaar", "facilitator"),
            Map.entry("Wetsartikelen.wetsartikelen", Json.createArrayBuilder().add("WI2021 art. 6").build()),
            Map.entry("Splitsen.delen", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("titel", "Eerste deel van de proef").add("omschrijving", "Het eerste probleem."))
                    .add(Json.createObjectBuilder().add("titel", "Tweede deel van de proef").add("omschrijving", "Het tweede probleem.")).build()),
            text("Concept.thema", "b1-route"),
            Map.entry("Concept.partners", Json.createArrayBuilder().add("DIVOSA").build()),
            text("Concept.vraag", "Mag een inburgeraar de toets twee keer maken?"),
            text("Concept.antwoord", "Ja, na drie maanden mag de toets opnieuw."),
            text("NieuwSignaal.probleemstelling", "Inburgeraars wachten maanden op een plek voor de leerbaarheidstoets."),
            text("NieuwSignaal.analyse", "Er zijn landelijk te weinig toetslocaties."),
            text("NieuwSignaal.urgentie", "HOOG"),
            text("NieuwSignaal.voorstel", "AANPASSING_UITVOERING"),
            text("Beantwoording.besluit", "OVERGENOMEN"),
            text("Beantwoording.antwoord", "DUO opent vijf extra toetslocaties."),
            text("NieuweOpvolging.wijziging", "Vijf extra toetslocaties bij DUO."),
            text("NieuweOpvolging.verwachteDatum", TODAY.plusMonths(3).toString()),
            text("NieuwTussenbericht.nieuweDatum", TODAY.plusMonths(3).toString()),
            text("NieuweEigenaar.gebruikersnaam", "ministry"),
            text("NieuweVraag.thema", "b1-route"),
            text("NieuweVraag.vraag", "Telt een taalcafé mee voor de uren van de B1-route?"),
            Map.entry("Bruikbaar.bruikbaar", JsonValue.TRUE),
            text("Herindeling.code", "GM9990"),
            text("Herindeling.per", TODAY.plusYears(1).withDayOfYear(1).toString()),
            Map.entry("Herindeling.gemeenten", Json.createArrayBuilder().add("GM0307").add("GM0344").build()));

    private NaughtyCallers() {
    }

    /** Why the test leaves {@code operation} alone, if it does. */
    static Optional<String> skipped(Operation operation) {
        if (!operation.otherBodies().isEmpty() && operation.bodySchema() == null) {
            return Optional.of("a " + String.join("/", operation.otherBodies()) + " body, no JSON to put a string in");
        }
        return first(SKIPPED, operation);
    }

    static String user(Operation operation) {
        return first(USERS, operation).orElse("admin");
    }

    /** A valid value for {@code property} of the schema {@code schema} (null: written in place), or null. */
    static JsonValue known(String schema, String property) {
        return KNOWN.getOrDefault(schema + "." + property, KNOWN.get(property));
    }

    private static Optional<String> first(Map<Pattern, String> rules, Operation operation) {
        return rules.entrySet().stream().filter(rule -> rule.getKey().matcher(operation.key()).find()).map(Map.Entry::getValue).findFirst();
    }

    private static Map.Entry<String, JsonValue> text(String key, String value) {
        return Map.entry(key, Json.createValue(value));
    }

    private static Map<Pattern, String> ordered(String... patternsAndValues) {
        Map<Pattern, String> rules = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < patternsAndValues.length; i += 2) {
            rules.put(Pattern.compile(patternsAndValues[i]), patternsAndValues[i + 1]);
        }
        return rules;
    }
}
