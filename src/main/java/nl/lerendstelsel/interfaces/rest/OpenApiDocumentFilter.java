package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the OpenAPI document that Payara's scanner writes exact, centrally, so that a resource only names what the
 * scanner cannot know (its summary, a {@code @APIResponse} for a {@code Response} it builds itself). Registered as
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}. What it does, and why (the API Design
 * Rules of Logius and their linter, {@code AdrLinterIT}):
 *
 * <ul>
 * <li>Each tag once: the scanner lists a class-level tag once per class; the first of each name stays.</li>
 * <li>The query parameters of {@code GET /knelpunten}, which the scanner does not read from a {@code @BeanParam}:
 * from {@link BottleneckListParameters}, in declaration order.</li>
 * <li>The server is {@code /api/v1} (relative to the document, so https behind TLS; ADR /core/uri-version) and the
 * paths are relative to it.</li>
 * <li>Real status codes: the scanner's {@code default} response becomes {@code 200}; a resource method that builds its
 * {@code Response} names its code (201, 204) with {@code @APIResponse}. Every response documents the
 * {@code API-Version} header (ADR /core/version-header). Every operation documents 400 (problem+json with
 * {@code invalidParams}) and the errors that can happen to it: 401 and 403 when it needs a token, 404 when its path
 * names a resource, 409, 422 and 429 for changes.</li>
 * <li>Types from the Java records and parameters: {@code LocalDate} is {@code string/date}, an {@code Instant}
 * {@code string/date-time}, a {@code long} {@code integer/int64}, an enum a {@code string} with its values;
 * defaults typed like their parameter.</li>
 * <li>Unique {@code operationId}s: a Java method name used by more than one operation gets its path appended.</li>
 * <li>The bodies a method's {@code @APIResponse} names, where the scanner gets them wrong, and no attributes copied from
 * annotation defaults ({@link OpenApiResponseSchemas}).</li>
 * <li>No Payara-specific {@code endpoints} member (not OpenAPI).</li>
 * </ul>
 */
public class OpenApiDocumentFilter implements OASFilter {

    /** {@code /api/v1}: the server of the document; the paths are relative to it. */
    static final String BASE = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
    static final String PATH = BASE + "/knelpunten";

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

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            Set<String> seen = new HashSet<>();
            openAPI.setTags(new ArrayList<>(openAPI.getTags().stream().filter(t -> seen.add(t.getName())).toList()));
        }
        removeEndpoints(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        PathItem item = openAPI.getPaths().getPathItem(PATH);
        Operation list = item == null ? null : item.getGET();
        if (list != null) {
            for (Parameter parameter : queryParameters(BottleneckListParameters.class)) {
                boolean present = list.getParameters() != null
                        && list.getParameters().stream().anyMatch(p -> parameter.getName().equals(p.getName()));
                if (!present) {
                    list.addParameter(parameter);
                }
            }
        }
        List<Class<?>> classes = restClasses();
        Map<String, Method> methods = resourceMethods(classes);
        Map<String, Class<?>> records = OpenApiSchemaTypes.byName(classes);
        components(openAPI);
        Map<String, Integer> operationIds = new HashMap<>();
        openAPI.getPaths().getPathItems().forEach((path, pathItem) -> pathItem.getOperations().values().forEach(
                operation -> operationIds.merge(String.valueOf(operation.getOperationId()), 1, Integer::sum)));
        Paths relative = OASFactory.createPaths();
        openAPI.getPaths().getPathItems().forEach((path, pathItem) -> {
            pathItem.getOperations().forEach((verb, operation) -> {
                // several Java methods on one path (by @Produces): Payara documents one, named as its operationId
                Method method = methods.getOrDefault(verb.name() + " " + path + " " + operation.getOperationId(),
                        methods.get(verb.name() + " " + path));
                if (method != null) {
                    typeParameters(operation, method);
                    OpenApiResponseSchemas.apply(openAPI, operation, method, records);
                }
                if (operation.getOperationId() == null || operationIds.get(operation.getOperationId()) > 1) {
                    operation.setOperationId(operationId(verb.name(), path, operation.getOperationId()));
                }
                responses(verb.name(), path, operation, openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty());
            });
            String shorter = path.startsWith(BASE + "/") ? path.substring(BASE.length()) : path;
            relative.addPathItem(shorter, pathItem);
        });
        openAPI.setPaths(relative);
        OpenApiSchemaTypes.referComponents(openAPI);
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(BASE)
                .description("Deze server; in productie https://<host>/api/v1"))));
        OpenApiSchemaTypes.typeSchemas(openAPI, records);
        OpenApiResponseSchemas.dropScannerDefaults(openAPI);
        OpenApiPaging.apply(openAPI, methods);
    }

    /** The {@code @QueryParam} fields of a {@code @BeanParam} class as OpenAPI parameters. */
    static List<Parameter> queryParameters(Class<?> beanParam) {
        List<Parameter> parameters = new ArrayList<>();
        for (Field field : beanParam.getDeclaredFields()) {
            QueryParam query = field.getAnnotation(QueryParam.class);
            if (query == null) {
                continue;
            }
            Schema schema = OpenApiSchemaTypes.schemaFor(field.getGenericType());
            DefaultValue defaultValue = field.getAnnotation(DefaultValue.class);
            if (defaultValue != null) {
                schema.setDefaultValue(OpenApiSchemaTypes.typed(schema, defaultValue.value()));
            }
            parameters.add(OASFactory.createParameter().name(query.value()).in(Parameter.In.QUERY).schema(schema));
        }
        return parameters;
    }

    /** Path and query parameters typed from the Java method (ids {@code integer/int64}, typed defaults). */
    private static void typeParameters(Operation operation, Method method) {
        if (operation.getParameters() == null) {
            return;
        }
        Map<String, Type> types = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            PathParam path = parameter.getAnnotation(PathParam.class);
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            String name = path != null ? path.value() : query != null ? query.value() : null;
            if (name != null) {
                types.put(name, parameter.getParameterizedType());
                DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
                if (defaultValue != null) {
                    defaults.put(name, defaultValue.value());
                }
            }
            if (parameter.getAnnotation(BeanParam.class) != null) {
                for (Field field : parameter.getType().getDeclaredFields()) {
                    QueryParam q = field.getAnnotation(QueryParam.class);
                    if (q != null) {
                        types.put(q.value(), field.getGenericType());
                    }
                }
            }
        }
        for (Parameter parameter : operation.getParameters()) {
            Type type = types.get(parameter.getName());
            Schema schema = type == null ? null : OpenApiSchemaTypes.schemaFor(type);
            if (schema == null) {
                schema = parameter.getSchema();
            } else if (parameter.getSchema() != null && parameter.getSchema().getDefaultValue() != null) {
                schema.setDefaultValue(parameter.getSchema().getDefaultValue());
            }
            if (schema == null) {
                continue;
            }
            Object defaultValue = defaults.containsKey(parameter.getName()) ? defaults.get(parameter.getName()) : schema.getDefaultValue();
            schema.setDefaultValue(defaultValue == null ? null : OpenApiSchemaTypes.typed(schema, defaultValue.toString()));
            parameter.setSchema(schema);
        }
    }

    /** A unique operationId for an operation whose Java method name another operation has too. */
    static String operationId(String verb, String path, String javaName) {
        StringBuilder id = new StringBuilder(javaName == null ? verb.toLowerCase(Locale.ROOT) : javaName);
        String relative = path.startsWith(BASE) ? path.substring(BASE.length()) : path;
        for (String segment : relative.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{");
            String word = parameter ? segment.substring(1, segment.length() - 1) : segment;
            if (parameter) {
                id.append("By");
            }
            for (String part : word.split("[-_.]")) {
                if (!part.isEmpty()) {
                    id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
        }
        return id.toString();
    }

    /** Status codes, the API-Version header on each, and the error responses that can happen. */
    private static void responses(String verb, String path, Operation operation, boolean securedDocument) {
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
    private static void components(OpenAPI openAPI) {
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

    /** {@code "GET /api/v1/knelpunten/{referentie}"} → the resource method. */
    static Map<String, Method> resourceMethods(List<Class<?>> classes) {
        Map<String, Method> methods = new HashMap<>();
        for (Class<?> c : classes) {
            Path classPath = c.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : c.getMethods()) {
                String verb = null;
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        verb = http.value();
                    }
                }
                if (verb == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String path = BASE + "/" + classPath.value() + "/" + (methodPath == null ? "" : methodPath.value());
                path = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
                if (path.length() > 1 && path.endsWith("/")) {
                    path = path.substring(0, path.length() - 1);
                }
                methods.put(verb + " " + path, method);
                methods.put(verb + " " + path + " " + method.getName(), method);
            }
        }
        return methods;
    }

    /** The classes of this package and its sub-packages (the resources and their JSON records). */
    static List<Class<?>> restClasses() {
        String folder = OpenApiDocumentFilter.class.getPackageName().replace('.', '/');
        ClassLoader loader = OpenApiDocumentFilter.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    java.nio.file.Path dir = java.nio.file.Path.of(root.toURI());
                    try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
                        files.map(f -> dir.relativize(f).toString().replace('\\', '/')).forEach(f -> load(folder + "/" + f, loader, classes));
                    }
                } else if ("jar".equals(root.getProtocol())) {
                    try (FileSystem jar = FileSystems.newFileSystem(root.toURI(), Map.of());
                         Stream<java.nio.file.Path> files = Files.walk(jar.getPath(folder))) {
                        files.map(f -> f.toString().replaceFirst("^/", "")).forEach(f -> load(f, loader, classes));
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // an incomplete document rather than none: the types stay as the scanner wrote them
        }
        return classes;
    }

    private static void load(String file, ClassLoader loader, List<Class<?>> classes) {
        if (!file.endsWith(".class")) {
            return;
        }
        try {
            classes.add(Class.forName(file.substring(0, file.length() - ".class".length()).replace('/', '.'), false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            // not loadable here: left as the scanner documented it
        }
    }

    /**
     * Payara adds a member {@code endpoints} (its own, not OpenAPI); empty, its writer leaves it out (it writes no empty
     * members). Not null: Payara copies the map for each request.
     */
    private static void removeEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new java.util.TreeMap<String, Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another implementation: nothing to remove
        }
    }
}
