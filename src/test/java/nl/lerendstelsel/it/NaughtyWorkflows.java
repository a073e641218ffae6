package nl.lerendstelsel.it;

import static nl.lerendstelsel.it.NaughtyFixtures.call;
import static nl.lerendstelsel.it.NaughtyFixtures.ok;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.it.OpenApiOperations.Operation;

/**
 * A knelpunt or a signal of {@link NaughtyFixtures} brought, through the API, to the state in which an operation on it is
 * possible: a step that moves it on is then tried on something that can take that step.
 */
final class NaughtyWorkflows {

    /** The state a knelpunt needs for a step (the last segment of the path); other operations take a new one. */
    private static final Map<String, String> KNELPUNT_STATES = Map.of(
            "opschalen", "IN_BEHANDELING", "oplossen", "IN_BEHANDELING", "sluiten", "IN_BEHANDELING",
            "informatie-vragen", "IN_BEHANDELING", "toewijzen", "IN_BEHANDELING",
            "informatie-ontvangen", "INFORMATIE_GEVRAAGD", "terugleggen", "SCHAKEL",
            "terugkoppeling-aanvaarden", "TERUGGELEGD", "opnieuw-voorleggen", "TERUGGELEGD", "heropenen", "OPGELOST");

    /** The same for a signal; other operations take a concept. */
    private static final Map<String, String> SIGNAL_STATES = Map.of(
            "intrekken", "INGEDIEND", "beantwoorden", "IN_BEHANDELING", "berichten", "IN_BEHANDELING", "vragen", "IN_BEHANDELING",
            "tussenbericht", "IN_BEHANDELING", "eigenaar", "IN_BEHANDELING", "vragen-beantwoorden", "VRAGEN",
            "sluiten", "BEANTWOORD", "opvolging", "BEANTWOORD", "voortgang", "OPVOLGING");

    private static final List<String> KNELPUNT_ORDER = List.of("GEMELD", "IN_BEHANDELING", "SCHAKEL", "TERUGGELEGD");
    private static final List<String> SIGNAL_ORDER = List.of("CONCEPT", "INGEDIEND", "IN_BEHANDELING", "BEANTWOORD", "OPVOLGING");

    private NaughtyWorkflows() {
    }

    static String knelpuntStateFor(Operation operation) {
        return KNELPUNT_STATES.getOrDefault(last(operation), "GEMELD");
    }

    static String signalStateFor(Operation operation) {
        String last = last(operation);
        return last.equals("gerealiseerd") ? "OPVOLGING" : SIGNAL_STATES.getOrDefault(last, "CONCEPT");
    }

    /** A new knelpunt of Amersfoort (other tests look at the lists of the Utrecht one) in {@code state}; its reference. */
    static String knelpunt(String state) throws Exception {
        String reference = ok(call("POST", "/knelpunten", "professional3", Json.createObjectBuilder()
                .add("titel", "Proef met vreemde tekens").add("omschrijving", "Een knelpunt voor de proef met vreemde tekens.")
                .add("thema", "leerbaarheidstoets").add("gemeente", "GM0307").add("doelgroep", "Asielstatushouders")
                .add("schaal", "TIENTALLEN").build().toString())).object().getString("referentie");
        String path = "/knelpunten/" + reference;
        if (state.equals("GEMELD")) {
            return reference;
        }
        ok(call("POST", path + "/in-behandeling-nemen", "facilitator", "{}"));
        switch (state) {
            case "INFORMATIE_GEVRAAGD" -> ok(call("POST", path + "/informatie-vragen", "facilitator", step("Welke gemeenten?")));
            case "OPGELOST" -> ok(call("POST", path + "/oplossen", "facilitator", Json.createObjectBuilder()
                    .add("afhandelcategorie", "OPGELOST_IN_UITVOERING").add("toelichting", "Opgelost in de proef.").build().toString()));
            default -> {
                if (KNELPUNT_ORDER.indexOf(state) >= KNELPUNT_ORDER.indexOf("SCHAKEL")) {
                    ok(call("POST", path + "/opschalen", "facilitator", step("Speelt in meerdere gemeenten.")));
                    ok(call("POST", path + "/in-behandeling-nemen", "coordinator", "{}"));
                }
                if (state.equals("TERUGGELEGD")) {
                    ok(call("POST", path + "/terugleggen", "coordinator", step("De gemeente kan dit zelf oplossen.")));
                }
            }
        }
        return reference;
    }

    /** A new signal of the coordinator about {@code knelpunt} (at linking level), brought to {@code state}; its reference. */
    static String signal(String state, String knelpunt) throws Exception {
        String reference = ok(call("POST", "/signalen", "coordinator", Json.createObjectBuilder().add("titel", "Proef met vreemde tekens")
                .add("probleemstelling", "Inburgeraars wachten maanden op een plek voor de leerbaarheidstoets.")
                .add("analyse", "Er zijn landelijk te weinig toetslocaties.").add("urgentie", "HOOG").add("voorstel", "AANPASSING_UITVOERING")
                .add("knelpunten", Json.createArrayBuilder().add(knelpunt)).build().toString())).object().getString("referentie");
        String path = "/signalen/" + reference;
        int at = state.equals("VRAGEN") ? SIGNAL_ORDER.indexOf("IN_BEHANDELING") : SIGNAL_ORDER.indexOf(state);
        if (at >= 1) {
            ok(call("POST", path + "/indienen", "coordinator", "{}"));
        }
        if (at >= 2) {
            ok(call("POST", path + "/ontvangen", "ministry", null));
            ok(call("POST", path + "/in-behandeling-nemen", "ministry", null));
        }
        if (state.equals("VRAGEN")) {
            ok(call("POST", path + "/vragen", "ministry", "{\"tekst\":\"Om hoeveel toetsen gaat het?\"}"));
        }
        if (at >= 3) {
            ok(call("POST", path + "/beantwoorden", "ministry", "{\"besluit\":\"OVERGENOMEN\",\"antwoord\":\"DUO opent extra locaties.\"}"));
        }
        if (at >= 4) {
            ok(call("PUT", path + "/opvolging", "ministry", Json.createObjectBuilder().add("wijziging", "Extra toetslocaties bij DUO.")
                    .add("verwachteDatum", java.time.LocalDate.now().plusMonths(3).toString()).build().toString()));
        }
        return reference;
    }

    private static String step(String text) {
        return Json.createObjectBuilder().add("toelichting", text).build().toString();
    }

    private static String last(Operation operation) {
        return operation.path().substring(operation.path().lastIndexOf('/') + 1);
    }
}
