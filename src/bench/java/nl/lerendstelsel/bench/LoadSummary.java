package nl.lerendstelsel.bench;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text summary of a load benchmark run: per request type the count, errors, p50/p95/p99 and throughput from
 * Gatling's report ({@code js/stats.js}), the P1 and P2 verdicts, and the run's own figures (P2 capacity, load average)
 * from {@code last-run.properties}, which it copies into the report folder. It writes {@code summary.txt} there too.
 *
 * <p>{@code LoadSummary [report-folder]} summarises one run (default: the newest under {@code target/gatling});
 * {@code LoadSummary compare <folder-small> <folder-large>} prints the p95 ratio per request type (P6).
 */
public final class LoadSummary {

    /** P1's bars per request type, in milliseconds at p95; sign-in and the P2 requests are not P1 pages. */
    enum Kind {
        READ(100), WRITE(200), SIGN_IN(0), RAMP_UP(0), WARM_UP(0), CAPACITY(0);

        final int p95Bar;

        Kind(int p95Bar) {
            this.p95Bar = p95Bar;
        }

        /** Whether P1 judges requests of this kind. */
        boolean judged() {
            return this == READ || this == WRITE;
        }

        /** P1 for one request type: its p95 within the bar and no errors. */
        boolean meets(long p95, long errors) {
            return p95 <= p95Bar && errors == 0;
        }

        /** The summary's verdict column: "met (100)", "MISSED (200)", or empty for a kind P1 does not judge. */
        String verdict(long p95, long errors) {
            return judged() ? (meets(p95, errors) ? "met" : "MISSED") + " (" + p95Bar + ")" : "";
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    record Row(String name, Kind kind, long total, long ko, long p50, long p95, long p99, long max) {
    }

    private LoadSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(BenchConfig.text("bench.results.dir", "target/gatling"));
        if (args.length == 3 && args[0].equals("compare")) {
            System.out.print(compare(Path.of(args[1]), Path.of(args[2])));
            return;
        }
        Path folder = args.length > 0 ? Path.of(args[0]) : newest(results);
        Path own = BenchConfig.RESULT_FILE;
        if (args.length == 0 && Files.exists(own)) {
            Files.copy(own, folder.resolve("bench.properties"), StandardCopyOption.REPLACE_EXISTING);
        }
        String summary = summarise(folder);
        Files.writeString(folder.resolve("summary.txt"), summary);
        System.out.print(summary);
    }

    static Path newest(Path results) throws IOException {
        try (Stream<Path> folders = Files.list(results)) {
            return folders.filter(p -> Files.exists(p.resolve("js/stats.js")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report in " + results.toAbsolutePath()));
        }
    }

    static Kind kind(String name) {
        if (name.startsWith("sign-in")) {
            return Kind.SIGN_IN;
        }
        if (name.startsWith("ramp-up: ")) {
            return Kind.RAMP_UP;
        }
        if (name.startsWith("warm-up: ")) {
            return Kind.WARM_UP;
        }
        if (name.startsWith("P2 ")) {
            return Kind.CAPACITY;
        }
        return switch (name) {
            case "report: submit", "support", "comment", "escalate: take up", "escalate: raise" -> Kind.WRITE;
            default -> Kind.READ;
        };
    }

    static List<Row> rows(Path folder) throws IOException {
        JsonObject stats;
        try (var json = Json.createReader(new StringReader(statsJson(Files.readString(folder.resolve("js/stats.js")))))) {
            stats = json.readObject();
        }
        List<Row> rows = new ArrayList<>();
        collect(stats.getJsonObject("contents"), rows);
        return rows;
    }

    /**
     * Gatling's HTML report keeps its figures in {@code js/stats.js} as {@code var stats = {…}}, a JavaScript object
     * whose outer keys are not quoted: the object is cut out (braces counted outside strings) and its keys quoted.
     */
    static String statsJson(String script) {
        int start = script.indexOf('{', script.indexOf("var stats"));
        int depth = 0;
        boolean inString = false;
        int end = start;
        for (int i = start; i < script.length(); i++) {
            char c = script.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                end = i;
                break;
            }
        }
        return script.substring(start, end + 1).replaceAll("(?m)^(\\s*)([A-Za-z][A-Za-z0-9]*):", "$1\"$2\":");
    }

    private static void collect(JsonObject contents, List<Row> rows) {
        if (contents == null) {
            return;
        }
        for (JsonValue value : contents.values()) {
            JsonObject entry = value.asJsonObject();
            if ("GROUP".equals(entry.getString("type", ""))) {
                collect(entry.getJsonObject("contents"), rows);
                continue;
            }
            JsonObject s = entry.getJsonObject("stats");
            String name = entry.getString("name");
            rows.add(new Row(name, kind(name), number(s, "numberOfRequests", "total"), number(s, "numberOfRequests", "ko"),
                    number(s, "percentiles1", "total"), number(s, "percentiles3", "total"), number(s, "percentiles4", "total"),
                    number(s, "maxResponseTime", "total")));
        }
    }

    private static long number(JsonObject stats, String field, String which) {
        JsonValue value = stats.getJsonObject(field).get(which);
        if (value instanceof JsonNumber n) {
            return n.longValue();
        }
        if (value instanceof JsonString s && s.getString().matches("\\d+(\\.\\d+)?")) {
            return Math.round(Double.parseDouble(s.getString()));
        }
        return 0;
    }

    static Properties own(Path folder) throws IOException {
        Properties own = new Properties();
        Path file = folder.resolve("bench.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                own.load(reader);
            }
        }
        return own;
    }

    static String summarise(Path folder) throws IOException {
        List<Row> rows = rows(folder);
        rows.sort(Comparator.comparing((Row r) -> r.kind()).thenComparing(Row::name));
        Properties own = own(folder);
        double steadySeconds = Double.parseDouble(own.getProperty("steady.seconds", "0"));
        double rampSeconds = Math.max(Double.parseDouble(own.getProperty("ramp.seconds", "0")),
                Double.parseDouble(own.getProperty("signed.in.seconds", "0")));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nLoad benchmark %s%n", own.getProperty("label", "")));
        out.append(String.format(Locale.ROOT, "report: %s%n", folder.toAbsolutePath().resolve("index.html")));
        out.append(String.format(Locale.ROOT, "mixed workload: %s users arriving over %s s (all signed in after %s s), %s s warm-up,"
                        + " then %s s steady (P1 is judged on this part); think %s s; writes %s of steps; start %s%n",
                own.getProperty("users", "?"), own.getProperty("ramp.seconds", "?"), own.getProperty("signed.in.seconds", "?"),
                own.getProperty("warmup.seconds", "0"), own.getProperty("steady.seconds", "?"), own.getProperty("think", "?"),
                own.getProperty("write.share", "?"), own.getProperty("mixed.start", "?")));
        out.append(String.format(Locale.ROOT, "load average (1 min) during the steady part: %s; during P2: %s%n%n",
                own.getProperty("load.mixed", "n/a"), own.getProperty("load.p2", "n/a")));
        out.append(String.format(Locale.ROOT, "| %-34s | %-8s | %7s | %5s | %6s | %6s | %6s | %6s | %7s | %-9s |%n",
                "request", "kind", "count", "KO", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s", "P1 (bar)"));
        out.append("|").append("-".repeat(36)).append("|").append("-".repeat(10)).append("|--------:|------:|-------:|-------:|-------:|-------:|--------:|-----------|\n");
        boolean p1Met = true;
        long p1Errors = 0;
        long allErrors = 0;
        for (Row r : rows) {
            if (r.kind().judged()) {
                p1Met &= r.kind().meets(r.p95(), r.ko());
                p1Errors += r.ko();
            }
            allErrors += r.ko();
            double seconds = r.kind() == Kind.RAMP_UP || r.kind() == Kind.SIGN_IN ? rampSeconds
                    : r.kind() == Kind.WARM_UP ? Double.parseDouble(own.getProperty("warmup.seconds", "0")) : steadySeconds;
            String rate = r.kind() == Kind.CAPACITY || seconds == 0 ? "" : String.format(Locale.ROOT, "%.2f", r.total() / seconds);
            out.append(String.format(Locale.ROOT, "| %-34s | %-8s | %7d | %5d | %6d | %6d | %6d | %6d | %7s | %-9s |%n",
                    r.name(), r.kind().label(), r.total(), r.ko(), r.p50(), r.p95(), r.p99(), r.max(), rate,
                    r.kind().verdict(r.p95(), r.ko())));
        }
        out.append(String.format(Locale.ROOT, "%nP1 (p95 <= 100 ms list/detail/search, <= 200 ms writes, 0 errors at %s users): %s"
                        + " (%d errors in P1 requests, %d in all requests incl. sign-in and P2)%n",
                own.getProperty("users", "?"), p1Met && allErrors == 0 ? "MET" : "MISSED", p1Errors, allErrors));
        out.append(serverTimes(folder));
        if (own.containsKey("p2.trivial.rps")) {
            double trivial = Double.parseDouble(own.getProperty("p2.trivial.rps"));
            double list = Double.parseDouble(own.getProperty("p2.list.rps"));
            double ratio = trivial == 0 ? 0 : list / trivial;
            out.append(String.format(Locale.ROOT, "P2 (list throughput >= 50 %% of a trivial Faces page, same server, same run): %s —"
                            + " list %.1f req/s, trivial page %.1f req/s, ratio %.0f %% (%s loops without think time, 2 x %s s per page,"
                            + " alternating; errors %s)%n", ratio >= 0.5 ? "MET" : "MISSED", list, trivial, ratio * 100,
                    own.getProperty("p2.loops"), own.getProperty("p2.phase.seconds"), own.getProperty("p2.ko", "0")));
            if (own.containsKey("p2.home.rps")) {
                out.append(String.format(Locale.ROOT, "    for the explanation: the home page (site template, signed in) %s req/s%n", own.getProperty("p2.home.rps")));
            }
            for (int phase = 1; own.containsKey("p2.phase." + phase); phase++) {
                out.append("    phase ").append(phase).append(": ").append(own.getProperty("p2.phase." + phase, "")).append('\n');
            }
        }
        return out.toString();
    }

    /** A line of the access log as bench-load.sh has Payara write it: time, request line, status, ms taken, name. */
    static final Pattern ACCESS_LINE = Pattern.compile("^\"[^\"]*\" \"(\\S+) [^\"]*\" (\\d{3}) \"(\\d+)\" \"([^\"]*)\"");

    /**
     * P1 as the bar words it, in server time: per request name (and method: after a write the browser is sent to the
     * knelpunt page, a GET under the same name, judged as a read) the percentiles of the time the server took, from
     * the access log the run left next to the report ({@code access.log}). Empty when there is none.
     */
    static String serverTimes(Path folder) throws IOException {
        Path file = folder.resolve("access.log");
        if (!Files.exists(file)) {
            return "";
        }
        Map<String, List<Long>> times = new TreeMap<>();
        Map<String, Long> errors = new HashMap<>();
        Map<String, Kind> kinds = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = ACCESS_LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            String name = m.group(4);
            Kind kind = kind(name);
            if (name.startsWith("NULL-HEADER") || kind == Kind.SIGN_IN || kind == Kind.RAMP_UP || kind == Kind.WARM_UP) {
                continue;
            }
            String method = m.group(1);
            if (kind == Kind.WRITE && method.equals("GET")) {
                kind = Kind.READ;
            }
            String key = name + " (" + method + ")";
            kinds.put(key, kind);
            times.computeIfAbsent(key, k -> new ArrayList<>()).add(Long.parseLong(m.group(3)));
            if (m.group(2).startsWith("5")) {
                errors.merge(key, 1L, Long::sum);
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%nServer time (the access log: from the request's arrival in"
                + " the web container to its last byte, in ms; the same requests as above)%n"));
        out.append(String.format(Locale.ROOT, "| %-41s | %-8s | %7s | %5s | %6s | %6s | %6s | %6s | %-9s |%n",
                "request (method)", "kind", "count", "5xx", "p50 ms", "p95 ms", "p99 ms", "max ms", "P1 (bar)"));
        out.append("|").append("-".repeat(43)).append("|").append("-".repeat(10)).append("|--------:|------:|-------:|-------:|-------:|-------:|-----------|\n");
        boolean met = true;
        for (Map.Entry<String, List<Long>> e : times.entrySet()) {
            List<Long> sorted = e.getValue().stream().sorted().toList();
            Kind kind = kinds.get(e.getKey());
            long p95 = percentile(sorted, 95);
            long fails = errors.getOrDefault(e.getKey(), 0L);
            if (kind.judged()) {
                met &= kind.meets(p95, fails);
            }
            out.append(String.format(Locale.ROOT, "| %-41s | %-8s | %7d | %5d | %6d | %6d | %6d | %6d | %-9s |%n", e.getKey(),
                    kind.label(), sorted.size(), fails, percentile(sorted, 50), p95, percentile(sorted, 99),
                    sorted.get(sorted.size() - 1), kind.verdict(p95, fails)));
        }
        out.append(String.format(Locale.ROOT, "%nP1 by server time: %s%n", times.isEmpty() ? "no named requests in the access log"
                : met ? "MET" : "MISSED"));
        return out.toString();
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** P6: p95 per request type of two runs (smaller and larger data set) and the ratio. */
    static String compare(Path small, Path large) throws IOException {
        Map<String, Row> a = new LinkedHashMap<>();
        rows(small).stream().sorted(Comparator.comparing((Row r) -> r.kind()).thenComparing(Row::name)).forEach(r -> a.put(r.name(), r));
        Map<String, Row> b = new LinkedHashMap<>();
        rows(large).forEach(r -> b.put(r.name(), r));
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nP6: p95 at %s vs %s%n", label(small), label(large)));
        out.append(String.format(Locale.ROOT, "| %-34s | %10s | %10s | %6s |%n", "request", "p95 small", "p95 large", "ratio"));
        out.append("|").append("-".repeat(36)).append("|-----------:|-----------:|-------:|\n");
        double worst = 0;
        for (Row r : a.values()) {
            Row other = b.get(r.name());
            if (other == null || r.kind() == Kind.CAPACITY) {
                continue;
            }
            double ratio = r.p95() == 0 ? 0 : (double) other.p95() / r.p95();
            if (r.kind().judged()) {
                worst = Math.max(worst, ratio);
            }
            out.append(String.format(Locale.ROOT, "| %-34s | %10d | %10d | %5.2fx |%n", r.name(), r.p95(), other.p95(), ratio));
        }
        out.append(String.format(Locale.ROOT, "%nP6 (10x more data -> <= 1.3x the p95 of P1): %s — worst ratio over the P1 requests %.2fx%n",
                worst <= 1.3 ? "MET" : "MISSED", worst));
        return out.toString();
    }

    private static String label(Path folder) throws IOException {
        String label = own(folder).getProperty("label", "");
        return label.isBlank() ? folder.getFileName().toString() : label;
    }
}
