package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 28, an exact contract: the answers of the main flows (a knelpunt reported, read, listed and escalated, a signal
 * to SZW answered, a CoP discussion, a Q&A entry signed off, the notifications, reference data and an error) fit the
 * schemas the served OpenAPI document gives them: every {@code required} member present, nothing undocumented, strings
 * among their {@code enum} values, types and formats right ({@link OpenApiContract}). Each call below checks its own
 * answer; the test collects what does not fit and fails on the list.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class ApiContractIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static OpenApiContract contract;
    private final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void theServedDocument() throws Exception {
        HttpResponse<String> served = ApiIT.get("/openapi?format=JSON", null);
        assertEquals(200, served.statusCode(), served.body());
        contract = new OpenApiContract(Json.createReader(new StringReader(served.body())).readObject());
    }

    /** {@code method path} as {@code user} (null: anonymous), its answer checked against the document; the answer's body. */
    private JsonValue call(String user, String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.APP_URL + "/api/v1" + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + Tokens.accessToken(user));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), method + " " + path + ": " + response.body());
        JsonValue body = response.body().isEmpty() ? null : Json.createReader(new StringReader(response.body())).readValue();
        String mediaType = response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "");
        violations.addAll(contract.violations(method, path, response.statusCode(), mediaType, body));
        return body;
    }

    private JsonObject object(String user, String method, String path, String json, int expected) throws Exception {
        return (JsonObject) call(user, method, path, json, expected);
    }

    @Test
    void theKnelpuntenLoopAndASignalToSzw() throws Exception {
        String reference = object("professional", "POST", "/knelpunten", """
                {"titel":"Te weinig plekken voor het examen","omschrijving":"Inburgeraars wachten maanden op een examenplek in de regio.",
                "thema":"leerbaarheidstoets","gemeente":"GM0344","schaal":"TIENTALLEN","doelgroepen":["statushouders"]}""", 201)
                .getString("referentie");
        call("professional", "GET", "/knelpunten/" + reference, null, 200);
        call("professional", "GET", "/knelpunten?status=GEMELD&niveau=UITVOERING", null, 200);
        call("facilitator", "POST", "/knelpunten/" + reference + "/in-behandeling-nemen", "{}", 200);
        call("facilitator", "POST", "/knelpunten/" + reference + "/opschalen", "{\"toelichting\":\"Speelt in de hele regio.\"}", 200);
        call("coordinator", "POST", "/knelpunten/" + reference + "/in-behandeling-nemen", "{}", 200);
        call("professional", "GET", "/knelpunten/" + reference + "/historie", null, 200);
        call("professional", "GET", "/knelpunten/KP-1999-99999", null, 404);

        String signal = object("coordinator", "POST", "/signalen", """
                {"titel":"Landelijk te weinig examenplekken","probleemstelling":"Inburgeraars wachten maanden op een examenplek.",
                "analyse":"Er zijn landelijk te weinig examenlocaties; gemeenten lossen dit niet zelf op.","urgentie":"HOOG",
                "voorstel":"AANPASSING_UITVOERING","knelpunten":["%s"]}""".formatted(reference), 201).getString("referentie");
        call("coordinator", "POST", "/signalen/" + signal + "/indienen", "{}", 200);
        call("ministry", "POST", "/signalen/" + signal + "/ontvangen", null, 200);
        call("ministry", "POST", "/signalen/" + signal + "/in-behandeling-nemen", null, 200);
        call("ministry", "POST", "/signalen/" + signal + "/beantwoorden",
                "{\"besluit\":\"OVERGENOMEN\",\"antwoord\":\"DUO opent vanaf maart extra examenlocaties.\"}", 200);
        call("coordinator", "GET", "/signalen/" + signal, null, 200);
        call("professional", "GET", "/signalen/" + signal, null, 200);
        call("coordinator", "GET", "/signalen", null, 200);
        call("professional", "GET", "/knelpunten/" + reference, null, 200);
        call("professional", "GET", "/meldingen", null, 200);
        call(null, "GET", "/gemeenten", null, 200);
        call(null, "GET", "/themas", null, 200);
        call("professional", "POST", "/knelpunten", "{\"titel\":\"x\"}", 400);
        assertEquals(List.of(), violations);
    }

    @Test
    void aCopDiscussionAndAQuestionAnswered() throws Exception {
        for (String user : List.of("admin", "facilitator", "professional", "professional2", "editor", "editor2")) {
            call(user, "GET", "/cops", null, 200); // the first sign-in creates the person's profile
        }
        long cop = object("admin", "POST", "/cops", """
                {"naam":"Contract %s","omschrijving":"Een community om het contract van de API te proberen.","lidmaatschap":"OPEN",
                "themas":["brede-intake"],"regios":[]}""".formatted(Long.toString(System.nanoTime(), 36)), 201).getJsonNumber("id").longValue();
        call("admin", "PUT", "/cops/" + cop + "/facilitatoren/facilitator", null, 200);
        call("professional", "POST", "/cops/" + cop + "/lidmaatschap", null, 200);
        call("professional2", "POST", "/cops/" + cop + "/lidmaatschap", null, 200);
        long thread = object("professional", "POST", "/cops/" + cop + "/discussies",
                "{\"titel\":\"Planning van de intake\",\"tekst\":\"Hoe plannen jullie de brede intake?\"}", 201).getJsonNumber("id").longValue();
        call("professional2", "POST", "/discussies/" + thread + "/berichten", "{\"tekst\":\"Eerst een kennismaking.\"}", 201);
        call("professional", "GET", "/discussies/" + thread, null, 200);
        call("professional2", "GET", "/cops/" + cop + "/discussies", null, 200);
        call("professional", "GET", "/cops/" + cop, null, 200);

        long question = object("professional", "POST", "/vragen/gesteld",
                "{\"vraag\":\"Telt een taalcafé mee voor de uren van de B1-route?\",\"thema\":\"b1-route\"}", 201)
                .getJsonNumber("id").longValue();
        call("editor", "GET", "/redactie/vragen", null, 200);
        JsonObject draft = object("editor", "POST", "/redactie/vragen/" + question + "/beantwoorden", """
                {"thema":"b1-route","partners":["DIVOSA"],"vraag":"Telt een taalcafé mee voor de uren van de B1-route?",
                "antwoord":"Ja, als de taalschool het taalcafé begeleidt en de aanwezigheid registreert."}""", 201);
        call("editor", "POST", "/redactie/versies/" + draft.getJsonNumber("id").longValue() + "/ter-review", null, 200);
        call("editor2", "POST", "/redactie/versies/" + draft.getJsonNumber("id").longValue() + "/goedkeuren", null, 200);
        call("professional", "GET", "/vragen/gesteld", null, 200);
        call("professional", "GET", "/vragen/" + draft.getJsonNumber("vraag").longValue(), null, 200);
        call(null, "GET", "/vragen", null, 200);
        assertEquals(List.of(), violations);
        assertTrue(contract.template("/cops/" + cop).isPresent(), "the calls were matched to documented operations");
    }
}
