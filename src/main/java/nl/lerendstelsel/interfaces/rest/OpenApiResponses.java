package nl.lerendstelsel.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The responses of the operations, for {@link OpenApiDocumentFilter}: real status codes instead of the scanner's
 * {@code default}, the {@code API-Version} header on every response (ADR /core/version-header), and the error responses
 * that can happen to an operation (problem+json, shared in {@code components.responses}), with the problem schema.
 */
final class OpenApiResponses {

    static final String VERSION_HEADER = "API-Version";
    static final String PROBLEM = "Problem";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** The shared error responses (components.responses), by status. */
    private static final Map<String, String[]> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", new String[] {"BadRequest", "Ongeldige invoer of parameters; invalidParams noemt per veld wat er mis is."});
        ERRORS.put("401", new String[] {"Unauthorized", "Geen of geen geldig bearer token."});
        ERRORS.put("403", new String[] {"Forbidden", "Het token is geldig, maar deze gebruiker mag dit niet."});
        ERRORS.put("404", new String[] {"NotFound", "De resource bestaat niet of is voor deze gebruiker niet zichtbaar."});
        ERRORS.put("409", new String[] {"Conflict", "Niet mogelijk in de huidige toestand, of een ander wijzigde de resource "
                + "intussen (huidigeVersie)."});
        ERRORS.put("422", new String[] {"UnprocessableContent", "De tekst bevat persoonsgegevens; bevindingen noemt veld, soort "
                + "en positie."});
        ERRORS.put("429", new String[] {"TooManyRequests", "Te veel wijzigingen per minuut; probeer het na Retry-After seconden opnieuw."});
    }

    private OpenApiResponses() {
    }

    /** Status codes, the API-Version header on each, and the error responses that can happen. */
    static void responses(String verb, String path, Operation operation, boolean securedDocument) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        APIResponse fallback = responses.getDefaultValue();
        boolean success = responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (fallback != null) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            if (!success) {
                responses.addAPIResponse("200", fallback.description(
                        fallback.getDescription() == null || fallback.getDescription().startsWith("Default") ? "OK" : fallback.getDescription()));
            }
        }
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response.getRef() == null) {
                response.addHeader(VERSION_HEADER, OASFactory.createHeader().ref(VERSION_HEADER));
            }
            if ("OK".equals(response.getDescription()) || response.getDescription() == null) {
                response.setDescription("OK");
            }
        }
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : securedDocument;
        List<String> codes = new ArrayList<>(List.of("400"));
        if (secured) {
            codes.addAll(List.of("401", "403"));
        }
        if (path.contains("{")) {
            codes.add("404");
        }
        if (CHANGES.contains(verb)) {
            codes.add("409");
            if (operation.getRequestBody() != null) {
                codes.add("422");
            }
            codes.add("429");
        }
        for (String code : codes) {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(ERRORS.get(code)[0]));
            }
        }
    }

    /** The problem schema, the shared error responses and headers. */
    static void components(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var components = openAPI.getComponents();
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema invalidParam = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("name", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("Het veld of de parameter"))
                .addProperty("reason", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("Wat er mis is"))
                .required(new ArrayList<>(List.of("name", "reason")));
        Schema finding = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("veld", text).addProperty("soort", text).addProperty("omschrijving", text)
                .addProperty("positie", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("lengte", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("weergave", text).addProperty("bestand", text).addProperty("melding", text);
        components.addSchema(PROBLEM, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Een probleem volgens RFC 9457. title en detail zijn Nederlands en Engels (\"Nederlands / English\"), "
                        + "of één taal als de client daarom vraagt met Accept-Language.")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri-reference")
                        .description("Altijd about:blank: de status zegt wat voor probleem het is"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("De betekenis van de status"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("Wat er in dit geval mis is"))
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri-reference")
                        .description("Het pad van het verzoek"))
                .addProperty("invalidParams", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(invalidParam)
                        .description("Bij 400: per veld of parameter wat er mis is"))
                .addProperty("bevindingen", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(finding)
                        .description("Bij 422: de gevonden persoonsgegevens, gemaskeerd"))
                .addProperty("referentie", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Bij 409 na een gelijktijdige wijziging: de resource"))
                .addProperty("huidigeVersie", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64")
                        .description("Bij 409 na een gelijktijdige wijziging: de huidige versie"))
                .addProperty("reden", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Bij een geweigerde stap in de werkstroom: waarom"))
                .addProperty("incident", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Bij 500: het kenmerk waaronder de fout is gelogd"))
                .required(new ArrayList<>(List.of("type", "title", "status", "detail"))));
        Header version = OASFactory.createHeader().description("De volledige versie van de API (semver), op elk antwoord")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).example(ApiVersionFilter.VERSION));
        components.addHeader(VERSION_HEADER, version);
        Header retryAfter = OASFactory.createHeader().description("Na hoeveel seconden een nieuwe poging kan")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"));
        ERRORS.forEach((code, nameAndDescription) -> {
            APIResponse response = OASFactory.createAPIResponse().description(nameAndDescription[1])
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))))
                    .addHeader(VERSION_HEADER, OASFactory.createHeader().ref(VERSION_HEADER));
            if (code.equals("429")) {
                response.addHeader("Retry-After", retryAfter);
            }
            if (code.equals("401")) {
                response.addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer")
                        .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
            }
            components.addResponse(nameAndDescription[0], response);
        });
    }
}
