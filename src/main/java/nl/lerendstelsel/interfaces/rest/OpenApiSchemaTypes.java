package nl.lerendstelsel.interfaces.rest;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The schemas of the OpenAPI document typed from the Java records of the API, for {@link OpenApiDocumentFilter}: the
 * schema of a Java type as JSON-B writes it, the component schemas typed from the records of the same name, inline
 * schemas turned into references to their component, and the component name of a record.
 */
final class OpenApiSchemaTypes {

    private OpenApiSchemaTypes() {
    }

    /** The schema of a Java type as JSON-B writes it. */
    static Schema schemaFor(Type type) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
        Schema schema = OASFactory.createSchema();
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return schema.type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class) {
            return schema.type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            return schema.type(Schema.SchemaType.NUMBER).format("double");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return schema.type(Schema.SchemaType.BOOLEAN);
        }
        if (raw == LocalDate.class) {
            return schema.type(Schema.SchemaType.STRING).format("date");
        }
        if (raw == Instant.class || raw == OffsetDateTime.class || raw == ZonedDateTime.class) {
            return schema.type(Schema.SchemaType.STRING).format("date-time");
        }
        if (raw == LocalDateTime.class) {
            return schema.type(Schema.SchemaType.STRING).format("date-time-local");
        }
        if (raw.isEnum()) {
            return schema.type(Schema.SchemaType.STRING).enumeration(new ArrayList<>(
                    Stream.of(raw.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList()));
        }
        if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            return schema.type(Schema.SchemaType.ARRAY).items(schemaFor(p.getActualTypeArguments()[0]));
        }
        if (raw == String.class) {
            return schema.type(Schema.SchemaType.STRING);
        }
        return null;
    }

    /** A default value of the parameter's type (the scanner writes them all as strings). */
    static Object typed(Schema schema, String value) {
        try {
            if (schema.getType() == Schema.SchemaType.INTEGER) {
                return Long.valueOf(value);
            }
            if (schema.getType() == Schema.SchemaType.BOOLEAN) {
                return Boolean.valueOf(value);
            }
            if (schema.getType() == Schema.SchemaType.NUMBER) {
                return new java.math.BigDecimal(value);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return value;
    }

    /**
     * Component schemas typed from the Java records (and classes) of the same name: the simple name, or the name of its
     * {@code @Schema}, which records whose simple name another record has too must give (the scanner would otherwise
     * document them as one).
     */
    static void typeSchemas(OpenAPI openAPI, Map<String, Class<?>> bySimpleName) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            Class<?> type = bySimpleName.get(name);
            if (type == null || schema.getProperties() == null) {
                return;
            }
            Map<String, Type> members = new HashMap<>();
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    members.put(component.getName(), component.getGenericType());
                }
            } else {
                for (Field field : type.getDeclaredFields()) {
                    members.putIfAbsent(field.getName(), field.getGenericType());
                }
            }
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            properties.forEach((property, current) -> {
                if (current.getRef() != null || !members.containsKey(property)) {
                    return;
                }
                Schema exact = schemaFor(members.get(property));
                if (exact != null && !(exact.getType() == Schema.SchemaType.ARRAY && exact.getItems() == null)
                        && !(exact.getType() == Schema.SchemaType.ARRAY && current.getItems() != null && current.getItems().getRef() != null)) {
                    exact.setDescription(current.getDescription());
                    exact.setExample(current.getExample());
                    if (exact.getFormat() == null) {
                        exact.setFormat(current.getFormat());
                    }
                    properties.put(property, exact);
                }
            });
            schema.setProperties(properties);
        });
    }

    /**
     * A schema the scanner wrote inline in a request or response (for {@code @Schema(implementation = …)} of a nested
     * record) as a reference to the component with the same properties, so that it is typed once and a generated client has
     * one class.
     */
    static void referComponents(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<Set<String>, String> byProperties = new HashMap<>();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                byProperties.putIfAbsent(schema.getProperties().keySet(), name);
            }
        });
        List<Content> contents = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                contents.add(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                        .forEach(r -> contents.add(r.getContent()));
            }
        }));
        for (Content content : contents) {
            content.getMediaTypes().values().forEach(mediaType -> {
                Schema schema = mediaType.getSchema();
                if (schema != null && schema.getRef() == null && schema.getProperties() != null
                        && byProperties.containsKey(schema.getProperties().keySet())) {
                    mediaType.setSchema(OASFactory.createSchema().ref(byProperties.get(schema.getProperties().keySet())));
                }
            });
        }
    }

    /** The component name of a record: its {@code @Schema} name, else its simple name (as the scanner names it). */
    static String name(Class<?> type) {
        var named = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
    }

    /** The records of the API by component name, as the scanner names them (first of a name wins). */
    static Map<String, Class<?>> byName(List<Class<?>> classes) {
        Map<String, Class<?>> byName = new HashMap<>();
        for (Class<?> c : classes) {
            byName.putIfAbsent(name(c), c);
        }
        return byName;
    }
}
