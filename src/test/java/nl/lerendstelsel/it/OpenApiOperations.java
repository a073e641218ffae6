package nl.lerendstelsel.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The operations of an OpenAPI document and their string-typed inputs, as a test that feeds every documented string field
 * something of its own finds them ({@link NaughtyStringsApiIT}): every string query parameter and every string property of
 * a JSON request body, following {@code $ref}s into nested objects and arrays. For a body it also builds a valid one in which
 * one string is replaced.
 */
final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** Deeper than any real request body: a guard against schemas that refer to themselves. */
    private static final int MAX_DEPTH = 6;

    /**
     * One string input of an operation.
     *
     * @param query   a query parameter (true) or a property in the JSON body (false)
     * @param name    the parameter's name, or the property's path in the body ({@code delen[].titel})
     * @param pointer for a body property: the keys and array indexes (0) that lead to it
     */
    record Field(boolean query, String name, List<Object> pointer) {

        @Override
        public String toString() {
            return (query ? "?" : "") + name;
        }
    }

    /**
     * One documented operation.
     *
     * @param bodySchema     the JSON request body's schema with its {@code $ref} resolved, or null
     * @param bodySchemaName the name of that schema in {@code components/schemas}, or null when it is written in place
     * @param otherBodies    the request body's media types that are not JSON ({@code multipart/form-data}, {@code *}{@code /*})
     * @param accept         the media type of the first documented success answer ({@code text/csv} for an export)
     */
    record Operation(String method, String path, JsonObject bodySchema, String bodySchemaName, List<String> otherBodies,
                     List<Field> fields, String accept) {

        String key() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    private final JsonObject document;

    private OpenApiOperations(JsonObject document) {
        this.document = document;
    }

    /** Every operation of the document, in the document's order. */
    static List<Operation> of(JsonObject document) {
        OpenApiOperations reader = new OpenApiOperations(document);
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, definition) -> {
            if (METHODS.contains(method)) {
                operations.add(reader.operation(method.toUpperCase(), path, definition.asJsonObject()));
            }
        }));
        return operations;
    }

    private Operation operation(String method, String path, JsonObject definition) {
        List<Field> fields = new ArrayList<>();
        for (JsonValue parameter : definition.getOrDefault("parameters", JsonValue.EMPTY_JSON_ARRAY).asJsonArray()) {
            JsonObject p = resolve(parameter.asJsonObject());
            if ("query".equals(p.getString("in", "")) && "string".equals(resolve(p.getJsonObject("schema")).getString("type", ""))) {
                fields.add(new Field(true, p.getString("name"), List.of()));
            }
        }
        JsonObject content = definition.containsKey("requestBody")
                ? resolve(definition.getJsonObject("requestBody")).getJsonObject("content") : JsonValue.EMPTY_JSON_OBJECT;
        JsonObject body = null;
        String bodyName = null;
        List<String> others = new ArrayList<>();
        for (String mediaType : content.keySet()) {
            JsonObject schema = content.getJsonObject(mediaType).getJsonObject("schema");
            if (!mediaType.equals("application/json")) {
                others.add(mediaType);
            } else if (schema != null) {
                bodyName = schema.containsKey("$ref") ? name(schema.getString("$ref")) : null;
                body = resolve(schema);
                strings(body, "", new ArrayList<>(), fields, 0);
            }
        }
        return new Operation(method, path, body, bodyName, List.copyOf(others), List.copyOf(fields), accept(definition));
    }

    private String accept(JsonObject definition) {
        JsonObject responses = definition.getOrDefault("responses", JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
        return responses.keySet().stream().filter(status -> status.startsWith("2")).sorted()
                .map(status -> resolve(responses.getJsonObject(status)).getJsonObject("content"))
                .filter(content -> content != null && !content.isEmpty()).map(content -> content.keySet().iterator().next())
                .findFirst().orElse("application/json");
    }

    private void strings(JsonObject schema, String name, List<Object> pointer, List<Field> fields, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        switch (schema.getString("type", schema.containsKey("properties") ? "object" : "")) {
            case "string" -> fields.add(new Field(false, name.isEmpty() ? "(body)" : name, List.copyOf(pointer)));
            case "array" -> {
                pointer.add(0);
                strings(resolve(schema.getJsonObject("items")), name + "[]", pointer, fields, depth + 1);
                pointer.remove(pointer.size() - 1);
            }
            case "object" -> schema.getOrDefault("properties", JsonValue.EMPTY_JSON_OBJECT).asJsonObject().forEach((key, property) -> {
                pointer.add(key);
                strings(resolve(property.asJsonObject()), name.isEmpty() ? key : name + "." + key, pointer, fields, depth + 1);
                pointer.remove(pointer.size() - 1);
            });
            default -> {
                // numbers, booleans, untyped objects: nothing to put a string in
            }
        }
    }

    /**
     * A valid body for {@code operation}: each property {@code known} gives a value for (asked with the schema's name and
     * the property's), each other required property or property with an example gets its example, default or first enum
     * value; other properties are left out.
     */
    static JsonValue validBody(Operation operation, Values known) throws Exception {
        return operation.bodySchema() == null ? null : sample(operation.bodySchema(), operation.bodySchemaName(), known);
    }

    /** Valid values the test knows, by the schema's name (null: written in place) and the property's. */
    interface Values {
        JsonValue of(String schema, String property) throws Exception;
    }

    private static JsonObject sample(JsonObject schema, String schemaName, Values known) throws Exception {
        JsonObjectBuilder body = Json.createObjectBuilder();
        JsonArray required = schema.getJsonArray("required");
        for (var entry : schema.getOrDefault("properties", JsonValue.EMPTY_JSON_OBJECT).asJsonObject().entrySet()) {
            String key = entry.getKey();
            JsonObject p = entry.getValue().asJsonObject();
            JsonValue value = known.of(schemaName, key);
            if (value == null) {
                value = p.containsKey("example") ? p.get("example") : p.containsKey("default") ? p.get("default")
                        : p.containsKey("enum") ? p.getJsonArray("enum").get(0) : null;
            }
            if (value == null && required != null && required.contains(Json.createValue(key))) {
                value = Json.createValue("Proef met vreemde tekens");
            }
            if (value != null) {
                body.add(key, value);
            }
        }
        return body.build();
    }

    /** {@code body} with {@code value} at {@code pointer}, creating the objects and arrays on the way that are not there. */
    static JsonValue with(JsonValue body, List<Object> pointer, JsonValue value) {
        if (pointer.isEmpty()) {
            return value;
        }
        List<Object> rest = pointer.subList(1, pointer.size());
        Object step = pointer.get(0);
        if (step instanceof Integer) {
            JsonArray array = body instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
            JsonValue first = array.isEmpty() ? emptyFor(rest) : array.get(0);
            JsonArrayBuilder changed = Json.createArrayBuilder().add(with(first, rest, value));
            array.stream().skip(1).forEach(changed::add);
            return changed.build();
        }
        JsonObject object = body instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        String key = (String) step;
        JsonValue inner = object.containsKey(key) ? object.get(key) : emptyFor(rest);
        return Json.createObjectBuilder(object).add(key, with(inner, rest, value)).build();
    }

    private static JsonValue emptyFor(List<Object> rest) {
        return rest.isEmpty() ? JsonValue.NULL : rest.get(0) instanceof Integer ? JsonValue.EMPTY_JSON_ARRAY : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A schema, parameter or request body with its {@code $ref} ({@code #/components/…}) followed. */
    private JsonObject resolve(JsonObject definition) {
        JsonObject resolved = definition == null ? JsonValue.EMPTY_JSON_OBJECT : definition;
        for (int i = 0; resolved.containsKey("$ref") && i < MAX_DEPTH; i++) {
            JsonValue target = document;
            for (String step : resolved.getString("$ref").replaceFirst("^#/", "").split("/")) {
                target = target instanceof JsonObject o && o.containsKey(step) ? o.get(step) : JsonValue.EMPTY_JSON_OBJECT;
            }
            resolved = target.asJsonObject();
        }
        return resolved;
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
