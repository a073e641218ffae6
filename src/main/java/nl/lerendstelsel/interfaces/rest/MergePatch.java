package nl.lerendstelsel.interfaces.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.domain.model.text.Message;

/** Reading a JSON Merge Patch (RFC 7396) body, the same for every {@code PATCH} of the API. */
public final class MergePatch {

    private MergePatch() {
    }

    /** The patched value: absent keeps {@code current}, JSON null clears, a string replaces; anything else is refused. */
    public static String text(JsonObject patch, String field, String current) {
        if (!patch.containsKey(field)) {
            return current;
        }
        JsonValue value = patch.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw InvalidInputException.of(field, Message.of("input.bottleneck.api.text"));
    }
}
