package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.lerendstelsel.it.ApiClient.Reply;
import nl.lerendstelsel.it.OpenApiOperations.Field;
import nl.lerendstelsel.it.OpenApiOperations.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Big List of Naughty Strings through every documented string field of every documented operation (issue 28), found in
 * the OpenAPI document the running application serves rather than in a hand-kept list: each string query parameter and each
 * string property of a JSON body, nested ones too, with the other fields valid, real path parameters (fixtures the test
 * makes, {@link NaughtyFixtures}) and a demo person who may call the operation ({@link NaughtyCallers}). Not one 5xx, every
 * refusal a problem+json, and what was accepted reads back as it was sent, stripped (S1, S2). Each field gets its own
 * rotating slice of the list, so that together the fields send every string at least once within the time of a test.
 */
@ExtendWith(Stack.class)
class NaughtyStringsApiIT {

    /** Strings per field: 230 fields times this covers the list several times over. */
    private static final int SLICE = 12;
    /** What the document has today, less a margin: fewer means the document (or its reading) lost operations. */
    private static final int AT_LEAST_OPERATIONS = 80;
    private static final int AT_LEAST_FIELDS = 200;
    /** Accepted writes per field whose stored text is read back from the new resource's Location. */
    private static final int READ_BACKS_PER_FIELD = 3;
    /** Fields whose stored form differs from what was sent by design: HTML is sanitised. */
    private static final Set<String> TRANSFORMED = Set.of("html");

    private final List<String> problems = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    /** The answers per operation, to show which operations never accepted a string (and so were tested less deeply). */
    private final Map<String, Map<Integer, Integer>> perOperation = new TreeMap<>();
    private final Set<Integer> sent = new HashSet<>();
    private int tooManyRequests;
    private int accepted;
    private int readBack;

    @Test
    void noNaughtyStringBreaksTheApi() throws Exception {
        List<String> strings = QualityTools.naughtyStrings();
        assertTrue(strings.size() > 400, "the list has " + strings.size() + " strings");
        JsonObject document = (JsonObject) ApiIT.json(ApiIT.get("/openapi?format=JSON", null));
        List<Operation> operations = OpenApiOperations.of(document);
        List<Operation> withStrings = operations.stream().filter(o -> !o.fields().isEmpty()).toList();
        Map<String, String> skipped = new LinkedHashMap<>();
        operations.forEach(o -> NaughtyCallers.skipped(o).ifPresent(reason -> skipped.put(o.key(), reason)));
        List<Operation> tested = withStrings.stream().filter(o -> !skipped.containsKey(o.key())).toList();
        int fields = tested.stream().mapToInt(o -> o.fields().size()).sum();
        System.out.println("Naughty strings: " + operations.size() + " operations, " + withStrings.size() + " with string fields, "
                + tested.size() + " tested with " + fields + " fields; left alone: " + skipped);
        assertTrue(tested.size() >= AT_LEAST_OPERATIONS && fields >= AT_LEAST_FIELDS, "the document yields only " + tested.size()
                + " operations with " + fields + " string fields to test (at least " + AT_LEAST_OPERATIONS + " and " + AT_LEAST_FIELDS + ")");

        NaughtyFixtures fixtures = new NaughtyFixtures(operations.stream().collect(Collectors.toMap(Operation::key, Function.identity())));
        Set<String> covered = new HashSet<>();
        int field = 0;
        long start = System.nanoTime();
        for (Operation operation : tested) {
            for (Field f : operation.fields()) {
                int first = field++ * SLICE;
                for (int j = 0; j < SLICE; j++) {
                    int index = (first + j) % strings.size();
                    if (send(fixtures, operation, f, index, strings.get(index), j < READ_BACKS_PER_FIELD)) {
                        covered.add(operation.key() + " " + f);
                    }
                }
            }
            fixtures.after(operation);
        }
        System.out.println("Naughty strings: " + covered.size() + " of " + fields + " fields covered in "
                + (System.nanoTime() - start) / 1_000_000_000 + " s; statuses " + statuses + "; " + accepted + " accepted writes, "
                + readBack + " read back; " + tooManyRequests + " refused with 429");
        perOperation.entrySet().stream().filter(o -> o.getValue().keySet().stream().noneMatch(status -> status < 300))
                .forEach(o -> System.out.println("Naughty strings: nothing accepted by " + o.getKey() + " " + o.getValue()));
        assertEquals(List.of(), problems, problems.size() + " problems");
        assertEquals(strings.size(), sent.size(), "every string of the list is sent at least once");
        assertEquals(fields, covered.size(), "every field got an answer other than 429");
        assertTrue(accepted > fields, "the valid parts make most writes acceptable: only " + accepted + " accepted");
    }

    /** Sends string {@code index} in {@code field}; true when the application answered (not with 429). */
    private boolean send(NaughtyFixtures fixtures, Operation operation, Field field, int index, String naughty, boolean readBackFromLocation)
            throws Exception {
        String what = operation.key() + " " + field + " #" + index;
        String path = fixtures.path(operation, field);
        JsonValue body = OpenApiOperations.validBody(operation, (schema, property) -> fixtures.known(operation, field, schema, property));
        if (field.query()) {
            path += "?" + field.name() + "=" + URLEncoder.encode(naughty, StandardCharsets.UTF_8);
        } else {
            body = OpenApiOperations.with(body, field.pointer(), Json.createValue(naughty));
        }
        String user = NaughtyCallers.user(operation);
        Reply reply = call(operation.method(), path, user, body, operation.accept());
        sent.add(index);
        statuses.merge(reply.status(), 1, Integer::sum);
        perOperation.computeIfAbsent(operation.key(), key -> new TreeMap<>()).merge(reply.status(), 1, Integer::sum);
        if (reply.status() == 429) {
            return false;
        }
        check(what, reply);
        if (reply.status() < 300 && !operation.method().equals("GET")) {
            accepted++;
            readBack(what, operation, field, naughty, user, reply, readBackFromLocation);
            if (operation.key().equals("POST /vragen/gesteld")) {
                NaughtyFixtures.decline(reply);
            } else if (operation.key().equals("POST /kennisbank")) {
                NaughtyFixtures.archiveKnowledgeItem(reply);
            }
        }
        return true;
    }

    /** The call, once more after the wait a 429 asks for (counted: a refusal must not hide that a field went untested). */
    private Reply call(String method, String path, String user, JsonValue body, String accept) throws Exception {
        String json = body == null ? null : body.toString();
        Reply reply = ApiClient.call(method, path, user, json, accept);
        if (reply.status() == 429) {
            tooManyRequests++;
            java.util.regex.Matcher wait = java.util.regex.Pattern.compile("try again in (\\d+)").matcher(reply.raw());
            Thread.sleep(Math.min(60, wait.find() ? Long.parseLong(wait.group(1)) : 5) * 1000 + 200);
            reply = ApiClient.call(method, path, user, json, accept);
        }
        return reply;
    }

    private void check(String what, Reply reply) {
        if (reply.status() >= 500) {
            problems.add(what + ": " + reply.status() + " " + abbreviated(reply.raw()));
        } else if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
            problems.add(what + ": " + reply.status() + " without problem+json (" + reply.contentType() + ")");
        }
    }

    /**
     * A top-level text that was accepted is stored as sent, stripped: as the answer shows it, or for the first accepted
     * strings of a field that made something new, as the new resource's Location shows it when read again.
     */
    private void readBack(String what, Operation operation, Field field, String naughty, String user, Reply reply, boolean fromLocation)
            throws Exception {
        if (field.query() || field.pointer().size() != 1 || TRANSFORMED.contains(field.name())) {
            return;
        }
        JsonObject stored = reply.body();
        if (fromLocation && reply.status() == 201 && reply.location() != null) {
            Reply read = ApiClient.call("GET", reply.location().replaceFirst("^https?://[^/]+", ""), user, null);
            check(what + " read back", read);
            stored = read.body();
        }
        if (stored == null || !(stored.get(field.name()) instanceof jakarta.json.JsonString text)) {
            return;
        }
        readBack++;
        if (!text.getString().equals(naughty.strip())) {
            problems.add(what + ": stored as [" + abbreviated(text.getString()) + "], sent [" + abbreviated(naughty.strip()) + "]");
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
