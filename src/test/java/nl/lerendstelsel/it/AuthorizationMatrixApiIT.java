package nl.lerendstelsel.it;

import static nl.lerendstelsel.it.BottleneckApiIT.call;
import static nl.lerendstelsel.it.BottleneckApiIT.report;
import static nl.lerendstelsel.it.BottleneckApiIT.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what through the REST API, with real Keycloak tokens of the demo accounts: every account × every
 * knelpunt operation, each on a knelpunt freshly brought into the state it needs. None of the accounts is the
 * reporter ({@code professional}, Utrecht) or a supporter; note that the demo facilitator is also a professional.
 * Permitted means a 2xx answer, refused means 403 with a problem document; anything else is a difference.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class AuthorizationMatrixApiIT {

    private static final List<String> ACCOUNTS = List.of("professional2", "facilitator", "coordinator", "ministry",
            "editor", "admin");
    private static final Set<String> PROFESSIONALS = Set.of("professional2", "facilitator", "admin");
    private static final Set<String> HANDLERS_EXECUTION = Set.of("facilitator", "admin");
    private static final Set<String> HANDLERS_LINKING = Set.of("coordinator", "admin");
    private static final Set<String> EVERYONE = Set.copyOf(ACCOUNTS);

    record Operation(String name, Set<String> allowed, Function<String, String> path, String method, String body,
                     Preparation prepare) {
    }

    @FunctionalInterface
    interface Preparation {
        String reference() throws Exception;
    }

    private static final String KNELPUNT = report("Inburgeraars wachten zes weken op een afspraak voor de toets.");

    private static List<Operation> operations() {
        return List.of(
                new Operation("lijst", EVERYONE, ref -> "", "GET", null, () -> null),
                new Operation("lezen", EVERYONE, ref -> "/" + ref, "GET", null, AuthorizationMatrixApiIT::reported),
                new Operation("historie", EVERYONE, ref -> "/" + ref + "/historie", "GET", null, AuthorizationMatrixApiIT::reported),
                new Operation("steun lezen", EVERYONE, ref -> "/" + ref + "/steun", "GET", null, AuthorizationMatrixApiIT::reported),
                new Operation("melden", PROFESSIONALS, ref -> "", "POST", KNELPUNT, () -> null),
                new Operation("steunen", PROFESSIONALS, ref -> "/" + ref + "/steun", "POST", "{\"toelichting\":\"Ook bij ons.\"}",
                        AuthorizationMatrixApiIT::reported),
                workflow("in behandeling nemen (uitvoering)", HANDLERS_EXECUTION, "in-behandeling-nemen", null,
                        AuthorizationMatrixApiIT::reported),
                workflow("informatie vragen", HANDLERS_EXECUTION, "informatie-vragen", "Om hoeveel mensen gaat het?",
                        AuthorizationMatrixApiIT::takenAtExecution),
                workflow("oplossen (uitvoering)", HANDLERS_EXECUTION, "oplossen", "Opgelost met een extra toetsmoment.", "OPGELOST_IN_UITVOERING",
                        AuthorizationMatrixApiIT::takenAtExecution),
                workflow("sluiten (uitvoering)", HANDLERS_EXECUTION, "sluiten", "Valt buiten de wet.", "NIET_OVERGENOMEN",
                        AuthorizationMatrixApiIT::takenAtExecution),
                workflow("opschalen", HANDLERS_EXECUTION, "opschalen", "Speelt in de hele regio.",
                        AuthorizationMatrixApiIT::takenAtExecution),
                workflow("in behandeling nemen (schakel)", HANDLERS_LINKING, "in-behandeling-nemen", null,
                        AuthorizationMatrixApiIT::escalated),
                workflow("terugleggen", HANDLERS_LINKING, "terugleggen", "De gemeente kan dit zelf regelen.",
                        AuthorizationMatrixApiIT::takenAtLinking),
                workflow("oplossen (schakel)", HANDLERS_LINKING, "oplossen", "Opgelost met afspraken met DUO.", "OPGELOST_IN_UITVOERING",
                        AuthorizationMatrixApiIT::takenAtLinking),
                workflow("heropenen (zonder relatie)", Set.of("admin"), "heropenen", "Het probleem is terug.",
                        AuthorizationMatrixApiIT::resolved),
                new Operation("reacties lezen", EVERYONE, ref -> "/" + ref + "/reacties", "GET", null, AuthorizationMatrixApiIT::reported),
                new Operation("reageren", Set.of("professional2", "facilitator", "coordinator", "admin"), ref -> "/" + ref + "/reacties",
                        "POST", "{\"tekst\":\"Herkenbaar, ook bij ons.\"}", AuthorizationMatrixApiIT::reported),
                new Operation("volgen", EVERYONE, ref -> "/" + ref + "/volgen", "PUT", null, AuthorizationMatrixApiIT::reported),
                new Operation("wijzigen (niet de melder)", Set.of("admin"), ref -> "/" + ref, "PATCH",
                        "{\"doelgroep\":\"Gezinsmigranten\"}", AuthorizationMatrixApiIT::reported),
                new Operation("toewijzen (uitvoering)", HANDLERS_EXECUTION, ref -> "/" + ref + "/toewijzen", "POST",
                        "{\"behandelaar\":\"facilitator\"}", AuthorizationMatrixApiIT::reported));
    }

    private static Operation workflow(String name, Set<String> allowed, String action, String text, Preparation prepare) {
        return workflow(name, allowed, action, text, null, prepare);
    }

    private static Operation workflow(String name, Set<String> allowed, String action, String text, String category,
                                      Preparation prepare) {
        return new Operation(name, allowed, ref -> "/" + ref + "/" + action, "POST", step(text, null, category), prepare);
    }

    @Test
    void everyAccountTimesEveryOperation() throws Exception {
        List<String> differences = new ArrayList<>();
        Map<String, List<Integer>> matrix = new LinkedHashMap<>();
        for (Operation operation : operations()) {
            List<Integer> row = new ArrayList<>();
            for (String account : ACCOUNTS) {
                String reference = operation.prepare().reference();
                ApiClient.Reply reply = call(operation.method(), operation.path().apply(reference), account, operation.body());
                row.add(reply.status());
                boolean expected = operation.allowed().contains(account);
                boolean permitted = reply.status() >= 200 && reply.status() < 300;
                boolean refused = reply.status() == 403 && "application/problem+json".equals(reply.contentType());
                if (expected ? !permitted : !refused) {
                    differences.add(operation.name() + " by " + account + ": " + reply.status() + " " + reply.raw());
                }
            }
            matrix.put(operation.name(), row);
            assertEquals(401, call(operation.method(), operation.path().apply("KP-2026-00001"), null, operation.body()).status(),
                    operation.name() + " without a token");
        }
        assertTrue(differences.isEmpty(), String.join("\n", differences) + "\naccounts " + ACCOUNTS + "\n" + matrix);
    }

    private static String reported() throws Exception {
        ApiClient.Reply created = call("POST", "", "professional", KNELPUNT);
        assertEquals(201, created.status(), created.raw());
        return created.body().getString("referentie");
    }

    private static String takenAtExecution() throws Exception {
        String reference = reported();
        ok(call("POST", "/" + reference + "/in-behandeling-nemen", "facilitator", step(null, null)));
        return reference;
    }

    private static String resolved() throws Exception {
        String reference = takenAtExecution();
        ok(call("POST", "/" + reference + "/oplossen", "facilitator", step("Opgelost met een extra toetsmoment.", null,
                "OPGELOST_IN_UITVOERING")));
        return reference;
    }

    private static String escalated() throws Exception {
        String reference = takenAtExecution();
        ok(call("POST", "/" + reference + "/opschalen", "facilitator", step("Speelt in de hele regio.", null)));
        return reference;
    }

    private static String takenAtLinking() throws Exception {
        String reference = escalated();
        ok(call("POST", "/" + reference + "/in-behandeling-nemen", "coordinator", step(null, null)));
        return reference;
    }

    private static void ok(ApiClient.Reply reply) {
        assertEquals(200, reply.status(), reply.raw());
    }
}
