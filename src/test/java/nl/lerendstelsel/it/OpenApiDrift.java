package nl.lerendstelsel.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The first difference between two OpenAPI documents as parsed JSON: the served one and the committed copy the test
 * client is generated from ({@code GeneratedClientIT}). The order of an object's members never counts; neither does the
 * order of an array's elements (Payara's MicroProfile OpenAPI may build lists such as {@code required} and {@code tags}
 * from unordered sets), so arrays are compared as sorted lists of their elements' canonical texts.
 */
final class OpenApiDrift {

    private OpenApiDrift() {
    }

    /** The first path at which {@code served} and {@code copy} differ, with what each holds there; empty when they agree. */
    static Optional<String> firstDifference(JsonValue served, JsonValue copy) {
        return difference("$", served, copy);
    }

    private static Optional<String> difference(String path, JsonValue served, JsonValue copy) {
        if (served instanceof JsonObject s && copy instanceof JsonObject c) {
            TreeSet<String> names = new TreeSet<>(s.keySet());
            names.addAll(c.keySet());
            for (String name : names) {
                String at = path + "." + name;
                if (!c.containsKey(name)) {
                    return Optional.of(at + ": only in the served document: " + brief(s.get(name)));
                }
                if (!s.containsKey(name)) {
                    return Optional.of(at + ": only in the committed copy: " + brief(c.get(name)));
                }
                Optional<String> inside = difference(at, s.get(name), c.get(name));
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        if (served instanceof JsonArray s && copy instanceof JsonArray c) {
            List<String> servedElements = sortedCanonical(s);
            List<String> copyElements = sortedCanonical(c);
            for (String element : servedElements) {
                if (!copyElements.contains(element)) {
                    return Optional.of(path + "[]: only in the served document: " + brief(element));
                }
            }
            for (String element : copyElements) {
                if (!servedElements.contains(element)) {
                    return Optional.of(path + "[]: only in the committed copy: " + brief(element));
                }
            }
            return servedElements.equals(copyElements) ? Optional.empty()
                    : Optional.of(path + ": the same elements, repeated another number of times");
        }
        return canonical(served).equals(canonical(copy)) ? Optional.empty()
                : Optional.of(path + ": served " + brief(served) + ", committed copy " + brief(copy));
    }

    private static List<String> sortedCanonical(JsonArray array) {
        List<String> elements = new ArrayList<>();
        array.forEach(element -> elements.add(canonical(element)));
        elements.sort(Comparator.naturalOrder());
        return elements;
    }

    /**
     * The value as JSON text with every object's members in name order and every array's elements in the order of their
     * texts, so that values equal but for those orders have equal texts.
     */
    static String canonical(JsonValue value) {
        return text(sorted(value));
    }

    private static String text(JsonValue value) {
        StringWriter text = new StringWriter();
        Json.createWriter(text).write(value);
        return text.toString();
    }

    private static JsonValue sorted(JsonValue value) {
        if (value instanceof JsonObject object) {
            var builder = Json.createObjectBuilder();
            object.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> builder.add(e.getKey(), sorted(e.getValue())));
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            var builder = Json.createArrayBuilder();
            array.stream().map(OpenApiDrift::sorted).sorted(Comparator.comparing(OpenApiDrift::text)).forEach(builder::add);
            return builder.build();
        }
        return value;
    }

    private static String brief(Object value) {
        String text = value instanceof JsonValue json ? canonical(json) : String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
