package nl.lerendstelsel.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.lerendstelsel.it.ApiClient.Reply;
import nl.lerendstelsel.it.OpenApiOperations.Field;
import nl.lerendstelsel.it.OpenApiOperations.Operation;

/**
 * The things {@link NaughtyStringsApiIT} creates through the API before it sends strings to their operations, so that every
 * path parameter names something real and the caller may act on it: a knelpunt and a signal in the state the operation
 * needs (a fresh one per operation, as the first accepted string moves it on), a CoP with members, a discussion and its
 * first post, a meeting, an outcome, a knowledge item, a Q&A version, an asked question, a published answer, a person.
 */
final class NaughtyFixtures {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    private final Map<String, Object> made = new HashMap<>();
    private final Map<String, Operation> operations;
    private final long cop;
    private long post;

    /**
     * Signs the demo people in once (the first sign-in creates the profile) and sets up the CoP everything else uses; the
     * bodies of what it creates are the valid bodies of {@code operations}' creating operations.
     */
    NaughtyFixtures(Map<String, Operation> operations) throws Exception {
        this.operations = operations;
        for (String user : List.of("professional", "professional2", "professional3", "facilitator", "coordinator", "ministry",
                "editor", "editor2", "admin")) {
            ok(call("GET", "/vragen/gesteld", user, null));
        }
        cop = newCop("OPEN");
        ok(call("PUT", "/cops/" + cop + "/facilitatoren/facilitator", "admin", null));
        for (String member : List.of("professional", "professional3")) {
            ok(call("POST", "/cops/" + cop + "/lidmaatschap", member, null));
        }
    }

    /**
     * {@code operation}'s path with each parameter filled in (from {@code /api/v1}); a knelpunt or signal that a step moves
     * on is new for each {@code field}, so that each field has one to move.
     */
    String path(Operation operation, Field field) throws Exception {
        Matcher parameters = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder("/api/v1");
        int end = 0;
        while (parameters.find()) {
            path.append(operation.path(), end, parameters.start()).append(value(operation, field, parameters.group(1), parameters.start()));
            end = parameters.end();
        }
        return path.append(operation.path().substring(end)).toString();
    }

    private Object value(Operation operation, Field field, String name, int at) throws Exception {
        String key = operation.key() + " " + field;
        return switch (operation.path().substring(0, at).replaceFirst("^/([^/]+)/.*", "$1") + "." + name) {
            case "knelpunten.referentie" -> made(key, () -> NaughtyWorkflows.knelpunt(NaughtyWorkflows.knelpuntStateFor(operation)));
            case "knelpunten.bijlage" -> 1;
            case "signalen.referentie" -> made(key, () -> NaughtyWorkflows.signal(NaughtyWorkflows.signalStateFor(operation),
                    NaughtyWorkflows.knelpunt("SCHAKEL")));
            case "signalen.knelpunt" -> made(key + "#k", () -> NaughtyWorkflows.knelpunt("GEMELD"));
            case "cops.id" -> operation.path().contains("aanvragen") ? made("cop op aanvraag", this::copWithARequest) : cop;
            case "cops.gebruikersnaam" -> operation.path().contains("aanvragen") ? "professional2" : "professional";
            case "discussies.id" -> made("discussie", this::thread);
            case "berichten.id" -> {
                made("discussie", this::thread);
                yield post;
            }
            case "bijeenkomsten.id" -> made(operation.path().endsWith("afgelasten") ? key : "bijeenkomst", this::meeting);
            case "opbrengsten.id" -> made("opbrengst", () -> id(ok(call("POST", "/cops/" + cop + "/opbrengsten", "facilitator",
                    body("POST /cops/{id}/opbrengsten")))));
            case "kennisbank.id" -> made("kennisitem", () -> id(ok(call("POST", "/kennisbank", "editor", body("POST /kennisbank")))));
            case "redactie.id" -> operation.path().startsWith("/redactie/vragen") ? made(key, this::question)
                    : made("versie", () -> id(ok(call("POST", "/redactie/items", "editor", body("POST /redactie/items")))));
            case "vragen.id" -> made("gepubliceerd", this::published);
            case "beheer.id" -> made("persoon", () -> id(ok(call("GET", "/beheer/personen?q=professional2", "admin", null))
                    .object().getJsonArray("personen").getJsonObject(0)));
            case "monitorrondes.id" -> made("ronde", () -> call("GET", "/monitorrondes", "coordinator", null).array().stream()
                    .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).findFirst().orElse(0L));
            case "statistieken.naam" -> "thema";
            default -> throw new IllegalStateException("no fixture for the path parameter " + name + " of " + key);
        };
    }

    /** Puts back what an operation on a shared thing changed: the person's organisation and regions, an asked question. */
    void after(Operation operation) throws Exception {
        if (operation.path().startsWith("/beheer/personen/{id}/")) {
            String person = "/beheer/personen/" + made.get("persoon");
            ok(call("PUT", person + "/organisatie", "admin", "{\"organisatie\":null}"));
            ok(call("PUT", person + "/regios", "admin", "{\"regios\":[]}"));
        }
    }

    /** Takes an accepted question out of the editors' queue again: other tests look at that queue. */
    static void decline(Reply asked) throws Exception {
        ok(call("POST", "/redactie/vragen/" + id(asked.object()) + "/afwijzen", "editor", "{\"reden\":\"Proef met vreemde tekens\"}"));
    }

    /** Archives an accepted knowledge item (DELETE archives): other tests look for theirs on the editors' list of concepts. */
    static void archiveKnowledgeItem(Reply created) throws Exception {
        ok(call("DELETE", "/kennisbank/" + id(created.object()), "editor", null));
    }

    private interface Maker {
        Object make() throws Exception;
    }

    private Object made(String key, Maker maker) throws Exception {
        if (!made.containsKey(key)) {
            made.put(key, maker.make());
        }
        return made.get(key);
    }

    /**
     * A valid value of {@code property} that names something the test made: the knelpunt a duplicate is merged into, the
     * knelpunten of a new signal (each signal needs ones of its own); else what {@link NaughtyCallers} knows.
     */
    JsonValue known(Operation operation, Field field, String schema, String property) throws Exception {
        String key = operation.key() + " " + field + " " + property;
        return switch (schema + "." + property) {
            case "Samenvoegen.behouden" -> Json.createValue((String) made(key, () -> NaughtyWorkflows.knelpunt("GEMELD")));
            case "NieuwSignaal.knelpunten", "SignaalKnelpunten.knelpunten" ->
                    Json.createArrayBuilder().add((String) made(key, () -> NaughtyWorkflows.knelpunt("SCHAKEL"))).build();
            default -> NaughtyCallers.known(schema, property);
        };
    }

    private long newCop(String mode) throws Exception {
        return id(ok(call("POST", "/cops", "admin", Json.createObjectBuilder().add("naam", "Proef met vreemde tekens " + RUN + " " + mode)
                .add("omschrijving", "De CoP van de proef met vreemde tekens.").add("lidmaatschap", mode)
                .add("themas", Json.createArrayBuilder().add("brede-intake")).build().toString())));
    }

    private long copWithARequest() throws Exception {
        long onRequest = newCop("OP_AANVRAAG");
        ok(call("PUT", "/cops/" + onRequest + "/facilitatoren/facilitator", "admin", null));
        ok(call("POST", "/cops/" + onRequest + "/lidmaatschap", "professional2", null));
        return onRequest;
    }

    private long thread() throws Exception {
        long thread = id(ok(call("POST", "/cops/" + cop + "/discussies", "professional3", body("POST /cops/{id}/discussies"))));
        post = id(ok(call("GET", "/discussies/" + thread, "professional3", null)).object().getJsonArray("berichten").getJsonObject(0));
        return thread;
    }

    private long meeting() throws Exception {
        return id(ok(call("POST", "/cops/" + cop + "/bijeenkomsten", "facilitator", body("POST /cops/{id}/bijeenkomsten"))));
    }

    private long question() throws Exception {
        return id(ok(call("POST", "/vragen/gesteld", "professional3", body("POST /vragen/gesteld"))));
    }

    private long published() throws Exception {
        JsonObject created = ok(call("POST", "/redactie/items", "editor", body("POST /redactie/items"))).object();
        ok(call("POST", "/redactie/versies/" + id(created) + "/ter-review", "editor", null));
        ok(call("POST", "/redactie/versies/" + id(created) + "/goedkeuren", "editor2", null));
        return created.getJsonNumber("vraag").longValue();
    }

    /** The valid body of the documented operation {@code key} ("POST /kennisbank"), from the values {@link NaughtyCallers} knows. */
    private String body(String key) throws Exception {
        Operation operation = operations.get(key);
        if (operation == null) {
            throw new IllegalStateException("the document lacks " + key + ", which the test makes its fixtures with");
        }
        return OpenApiOperations.validBody(operation, NaughtyCallers::known).toString();
    }

    static Reply call(String method, String path, String user, String json) throws Exception {
        return ApiClient.call(method, "/api/v1" + path, user, json);
    }

    static Reply ok(Reply reply) {
        if (reply.status() >= 300) {
            throw new IllegalStateException("a fixture could not be made: " + reply.status() + " " + reply.raw());
        }
        return reply;
    }

    static long id(Reply reply) {
        return id(reply.object());
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
