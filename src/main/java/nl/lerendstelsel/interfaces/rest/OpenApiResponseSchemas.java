package nl.lerendstelsel.interfaces.rest;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The response bodies of the operations whose Java method builds its own {@code Response} and so names its body with
 * {@code @APIResponse(content = @Content(schema = …))}, as that annotation says, where Payara's scanner gets them wrong:
 * a {@code @Schema(implementation = X.class)} of a record no other operation returns becomes an empty object, and a
 * download's {@code @Schema(type = STRING, format = "binary")} a reference to an unrelated component. Such a body is
 * documented as a reference to the record's component (made from the record when the scanner made none), a download as
 * {@code string/binary}. Also drops the attributes the scanner copies from the annotation's defaults into every schema
 * ({@code maxProperties: 0}, {@code readOnly: false}, …), which a validating client would take at their word.
 */
final class OpenApiResponseSchemas {

    private static final String COMPONENT = "#/components/schemas/";

    private OpenApiResponseSchemas() {
    }

    /** The bodies the method's {@code @APIResponse}s name, in {@code operation}'s responses of the same codes. */
    static void apply(OpenAPI openAPI, Operation operation, Method method, Map<String, Class<?>> components) {
        if (operation.getResponses() == null) {
            return;
        }
        for (APIResponse annotated : method.getAnnotationsByType(APIResponse.class)) {
            var response = operation.getResponses().getAPIResponse(annotated.responseCode());
            if (response == null || response.getContent() == null) {
                continue;
            }
            for (Content content : annotated.content()) {
                MediaType mediaType = response.getContent().getMediaType(content.mediaType());
                if (mediaType == null) {
                    continue;
                }
                var schema = content.schema();
                if (schema.implementation() != Void.class) {
                    Schema reference = reference(openAPI, schema.implementation(), components);
                    if (reference != null) {
                        mediaType.setSchema(reference);
                    }
                } else if (schema.type() == SchemaType.STRING) {
                    mediaType.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING)
                            .format(schema.format().isEmpty() ? null : schema.format()));
                }
            }
        }
    }

    /**
     * A reference to the component of a record of the API, made from the record's components when the scanner made
     * none; null for a type that is not such a record, or whose name a component of another type holds.
     */
    private static Schema reference(OpenAPI openAPI, Class<?> type, Map<String, Class<?>> components) {
        if (!type.isRecord() || !type.getPackageName().startsWith(OpenApiResponseSchemas.class.getPackageName())) {
            return null;
        }
        String name = OpenApiSchemaTypes.name(type);
        Class<?> named = components.get(name);
        if (named != null && named != type) {
            return null;
        }
        var existing = openAPI.getComponents().getSchemas();
        if (existing == null || !existing.containsKey(name)) {
            components.put(name, type);
            Map<String, Schema> properties = new LinkedHashMap<>();
            for (RecordComponent member : type.getRecordComponents()) {
                properties.put(member.getName(), property(openAPI, member.getGenericType(), components));
            }
            openAPI.getComponents().addSchema(name, OASFactory.createSchema().type(Schema.SchemaType.OBJECT).properties(properties));
        }
        return OASFactory.createSchema().ref(COMPONENT + name);
    }

    private static Schema property(OpenAPI openAPI, Type type, Map<String, Class<?>> components) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(property(openAPI, p.getActualTypeArguments()[0], components));
        }
        Schema nested = reference(openAPI, raw, components);
        if (nested != null) {
            return nested;
        }
        Schema simple = OpenApiSchemaTypes.schemaFor(type);
        return simple != null ? simple : OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    /** Removes, in every schema of the document, the attributes the scanner wrote from the annotation's defaults. */
    static void dropScannerDefaults(OpenAPI openAPI) {
        List<Schema> schemas = new ArrayList<>();
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            schemas.addAll(openAPI.getComponents().getSchemas().values());
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getHeaders() != null) {
            openAPI.getComponents().getHeaders().values().forEach(h -> schemas.add(h.getSchema()));
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> schemas.add(p.getSchema()));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().getMediaTypes().values().forEach(m -> schemas.add(m.getSchema()));
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(r -> {
                        if (r.getContent() != null) {
                            r.getContent().getMediaTypes().values().forEach(m -> schemas.add(m.getSchema()));
                        }
                        if (r.getHeaders() != null) {
                            r.getHeaders().values().forEach(h -> schemas.add(h.getSchema()));
                        }
                    });
                }
            }));
        }
        Map<Schema, Boolean> seen = new java.util.IdentityHashMap<>();
        schemas.forEach(schema -> clean(schema, seen));
    }

    private static void clean(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinItems())) {
            schema.setMinItems(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> clean(s, seen));
        }
        clean(schema.getItems(), seen);
        for (List<Schema> group : new ArrayList<>(java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()))) {
            if (group != null) {
                group.forEach(s -> clean(s, seen));
            }
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            clean(schema.getAdditionalPropertiesSchema(), seen);
        }
    }
}
