package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

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
 * names a resource, 409, 422 and 429 for changes ({@link OpenApiResponses}).</li>
 * <li>Types from the Java records and parameters: {@code LocalDate} is {@code string/date}, an {@code Instant}
 * {@code string/date-time}, a {@code long} {@code integer/int64}, an enum a {@code string} with its values;
 * defaults typed like their parameter ({@link OpenApiSchemaTypes}).</li>
 * <li>{@code required} members and the {@code enum} of a string from the records' annotations: every member is required
 * unless {@link NotRequired}, a {@link OneOf} names the domain enum of its values ({@link OpenApiSchemaConstraints}).</li>
 * <li>No {@code deprecated: false} copied from annotation defaults.</li>
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
        List<Class<?>> classes = OpenApiRestClasses.restClasses();
        Map<String, Method> methods = OpenApiRestClasses.resourceMethods(classes);
        Map<String, Class<?>> records = OpenApiSchemaTypes.byName(classes);
        OpenApiResponses.components(openAPI);
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
                boolean secured = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
                OpenApiResponses.responses(verb.name(), path, operation, secured);
                notDeprecated(operation);
            });
            String shorter = path.startsWith(BASE + "/") ? path.substring(BASE.length()) : path;
            relative.addPathItem(shorter, pathItem);
        });
        openAPI.setPaths(relative);
        OpenApiSchemaTypes.referComponents(openAPI);
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(BASE)
                .description("Deze server; in productie https://<host>/api/v1"))));
        OpenApiSchemaTypes.typeSchemas(openAPI, records);
        OpenApiSchemaConstraints.apply(openAPI, records);
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
            OpenApiSchemaConstraints.restrict(schema, field);
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
        Map<String, AnnotatedElement> elements = new HashMap<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            PathParam path = parameter.getAnnotation(PathParam.class);
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            String name = path != null ? path.value() : query != null ? query.value() : null;
            if (name != null) {
                types.put(name, parameter.getParameterizedType());
                elements.put(name, parameter);
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
                        elements.put(q.value(), field);
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
            if (elements.containsKey(parameter.getName())) {
                OpenApiSchemaConstraints.restrict(schema, elements.get(parameter.getName()));
            }
            parameter.setSchema(schema);
        }
    }

    /**
     * No {@code deprecated: false} (the scanner copies the annotation's default into every operation, parameter and
     * response header): only what is really deprecated says so.
     */
    static void notDeprecated(Operation operation) {
        if (Boolean.FALSE.equals(operation.getDeprecated())) {
            operation.setDeprecated(null);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> Boolean.FALSE.equals(p.getDeprecated()))
                    .forEach(p -> p.setDeprecated(null));
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().stream().filter(r -> r.getHeaders() != null)
                    .flatMap(r -> r.getHeaders().values().stream())
                    .filter(h -> Boolean.FALSE.equals(h.getDeprecated())).forEach(h -> h.setDeprecated(null));
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
