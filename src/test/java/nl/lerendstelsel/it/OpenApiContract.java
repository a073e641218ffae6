package nl.lerendstelsel.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A small checker of an API answer against the OpenAPI document that documents it (the subset of OpenAPI the
 * document uses): the operation is found by method and concrete path, its response by status, and the body must fit the
 * response's schema. An object has every {@code required} member and no undocumented one, a string one of its
 * {@code enum} values and its {@code format} ({@code date}, {@code date-time}), a number is an integer where the schema
 * says {@code integer}; {@code $ref}s to {@code components} are followed.
 */
final class OpenApiContract {

    private final JsonObject document;

    OpenApiContract(JsonObject document) {
        this.document = document;
    }

    /**
     * What is wrong with {@code body} (null when empty) as the answer {@code status} to {@code method path} (with or without
     * a query); empty when nothing.
     */
    List<String> violations(String method, String path, int status, String mediaType, JsonValue body) {
        List<String> wrong = new ArrayList<>();
        String where = method + " " + path + " " + status;
        Optional<String> template = template(path.replaceFirst("\\?.*", ""));
        JsonObject operation = template.map(t -> document.getJsonObject("paths").getJsonObject(t))
                .map(item -> item.getJsonObject(method.toLowerCase())).orElse(null);
        if (operation == null) {
            return List.of(where + ": no such operation in the document");
        }
        JsonObject response = operation.getJsonObject("responses").getJsonObject(String.valueOf(status));
        if (response == null) {
            return List.of(where + ": status not documented for " + template.get());
        }
        response = resolve(response);
        JsonObject content = response.getJsonObject("content");
        if (body == null) {
            return content == null ? List.of() : List.of(where + ": documented with a body, but none came");
        }
        JsonObject media = content == null ? null : content.getJsonObject(mediaType);
        if (media == null) {
            return List.of(where + ": no body of " + mediaType + " documented");
        }
        check(media.getJsonObject("schema"), body, where + " $", wrong);
        return wrong;
    }

    /**
     * What is wrong with the document's own examples: every {@code example} of a schema, a schema's property or a parameter
     * must fit the schema it stands in (the {@code examples} of OpenAPI 3.1 are not used by this document). Empty when nothing.
     */
    List<String> exampleViolations() {
        List<String> wrong = new ArrayList<>();
        examples(document, "$", wrong);
        return wrong;
    }

    /** How many examples the document holds, for a test that must not pass on none. */
    long exampleCount() {
        List<String> none = new ArrayList<>();
        return examples(document, "$", none);
    }

    private long examples(JsonValue node, String at, List<String> wrong) {
        long count = 0;
        if (node instanceof JsonObject object) {
            if (object.containsKey("example") && (object.containsKey("type") || object.containsKey("$ref"))) {
                check(object, object.get("example"), at + ".example", wrong);
                count++;
            } else if (object.containsKey("example") && object.containsKey("schema")) {
                check(object.getJsonObject("schema"), object.get("example"), at + ".example", wrong);
                count++;
            }
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                if (!member.getKey().equals("example")) {
                    count += examples(member.getValue(), at + "." + member.getKey(), wrong);
                }
            }
        } else if (node instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                count += examples(array.get(i), at + "[" + i + "]", wrong);
            }
        }
        return count;
    }

    /** The documented path (relative to the server) that a concrete path matches, literal segments before parameters. */
    Optional<String> template(String path) {
        return document.getJsonObject("paths").keySet().stream()
                .filter(t -> Pattern.matches(t.replaceAll("\\{[^}]+}", "[^/]+"), path))
                .min(Comparator.comparingInt((String t) -> t.split("\\{").length).thenComparing(Comparator.reverseOrder()));
    }

    private JsonObject resolve(JsonObject schema) {
        while (schema.containsKey("$ref")) {
            String[] parts = schema.getString("$ref").replaceFirst("^#/", "").split("/");
            JsonObject target = document;
            for (String part : parts) {
                target = target.getJsonObject(part);
            }
            schema = target;
        }
        return schema;
    }

    private void check(JsonObject schema, JsonValue value, String at, List<String> wrong) {
        schema = resolve(schema);
        String type = schema.getString("type", null);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            wrong.add(at + ": null (JSON-B leaves out what is null)");
            return;
        }
        switch (type == null ? "" : type) {
            case "object" -> object(schema, value, at, wrong);
            case "array" -> {
                if (value instanceof JsonArray array) {
                    for (int i = 0; i < array.size(); i++) {
                        check(schema.getJsonObject("items"), array.get(i), at + "[" + i + "]", wrong);
                    }
                } else {
                    wrong.add(at + ": not an array: " + value);
                }
            }
            case "string" -> string(schema, value, at, wrong);
            case "integer" -> {
                if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                    wrong.add(at + ": not an integer: " + value);
                }
            }
            case "number" -> {
                if (!(value instanceof JsonNumber)) {
                    wrong.add(at + ": not a number: " + value);
                }
            }
            case "boolean" -> {
                if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                    wrong.add(at + ": not a boolean: " + value);
                }
            }
            default -> wrong.add(at + ": the document gives no type");
        }
    }

    private void object(JsonObject schema, JsonValue value, String at, List<String> wrong) {
        if (!(value instanceof JsonObject object)) {
            wrong.add(at + ": not an object: " + value);
            return;
        }
        JsonObject properties = schema.getJsonObject("properties");
        if (properties == null) {
            return; // a map (additionalProperties): its keys are not documented one by one
        }
        if (schema.containsKey("required")) {
            for (JsonValue name : schema.getJsonArray("required")) {
                if (!object.containsKey(((JsonString) name).getString())) {
                    wrong.add(at + ": required member " + name + " is missing");
                }
            }
        }
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            if (!properties.containsKey(member.getKey())) {
                wrong.add(at + "." + member.getKey() + ": not documented");
            } else {
                check(properties.getJsonObject(member.getKey()), member.getValue(), at + "." + member.getKey(), wrong);
            }
        }
    }

    private static void string(JsonObject schema, JsonValue value, String at, List<String> wrong) {
        if (!(value instanceof JsonString string)) {
            wrong.add(at + ": not a string: " + value);
            return;
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(string)) {
            wrong.add(at + ": " + string + " is not one of " + schema.getJsonArray("enum"));
        }
        try {
            switch (schema.getString("format", "")) {
                case "date" -> LocalDate.parse(string.getString());
                case "date-time" -> OffsetDateTime.parse(string.getString());
                default -> {
                    // no format, or one this checker takes as it comes
                }
            }
        } catch (DateTimeParseException e) {
            wrong.add(at + ": " + string + " is no " + schema.getString("format"));
        }
    }
}
