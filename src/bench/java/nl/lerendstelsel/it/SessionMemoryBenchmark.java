package nl.lerendstelsel.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session memory benchmark of quality.md P4 (not a test): against a running stack ({@code ./run.sh}) it signs in N
 * browser sessions through the real OpenID Connect code flow (the Keycloak login form, the code exchanged by the
 * application), makes 10 navigations (or as many as asked) per session over the main pages (pages with forms, so Faces keeps view state and
 * view-scoped beans in the session), and measures the server's live heap with {@code jcmd <pid> GC.class_histogram}
 * (which collects first) before and after: the growth divided by N is the memory one signed-in session holds. It keeps
 * the sessions open while measuring. Run with {@code tools/bench-sessions.sh [sessions] [threads]}.
 *
 * <p>Only successful sign-ins happen (the right password), so Keycloak's brute-force detection, which counts failed
 * ones, is never triggered; the demo users sign in many times each, as people with several browsers do. One user signs
 * in once at a time: with brute-force detection on, Keycloak 26 refuses concurrent logins of the same user
 * ({@code user_temporarily_disabled}, "concurrent login requests are blocked" in its upgrading guide).
 */
public final class SessionMemoryBenchmark {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern DETAIL_LINK = Pattern.compile("detail\\.xhtml\\?ref=(KP-\\d{4}-\\d{5})");
    private static final Pattern COP_LINK = Pattern.compile("cop\\.xhtml\\?id=(\\d+)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String[] USERS = {"professional", "professional2", "professional3", "facilitator"};

    private final String app;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, List<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, Object> signInLocks = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger viewStates = new AtomicInteger();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private String detailPath = "/app/knelpunten/";
    private String copPath = "/app/cops/";
    private int navigations = 10;

    private SessionMemoryBenchmark(String app, String password) {
        this.app = app;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String app = args.length > 2 ? args[2] : "http://localhost:8080";
        long pid = args.length > 3 ? Long.parseLong(args[3]) : -1;
        SessionMemoryBenchmark bench = new SessionMemoryBenchmark(app, System.getenv().getOrDefault("LERENDSTELSEL_DEMO_PASSWORD", "LerendStelsel2026"));
        bench.navigations = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        bench.run(sessions, threads, pid);
    }

    private void run(int sessions, int threads, long pid) throws Exception {
        System.out.printf("Session memory benchmark: %d sessions, %d navigations each, %d threads, against %s (server pid %d)%n",
                sessions, navigations, threads, app, pid);
        // Warm-up: load every page's code paths, Faces' view caches and the entity caches, so the growth measured
        // afterwards is the sessions' and not the server's first-use caches. These sessions are signed out again.
        Browser first = new Browser();
        first.signIn(USERS[0]);
        findTargets(first);
        List<Browser> warm = signInAndNavigate(Math.min(20, sessions), threads, "warm-up");
        warm.add(first);
        for (Browser browser : warm) {
            browser.signOut();
        }
        timings.clear();
        Heap before = Heap.measure(pid);
        long started = System.nanoTime();
        List<Browser> browsers = signInAndNavigate(sessions, threads, "measured");
        double seconds = (System.nanoTime() - started) / 1e9;
        Heap after = Heap.measure(pid);

        System.out.printf("%nSigned in %d sessions and made %d navigations in %.0f s; %d errors; %d pages with a Faces view state%n",
                browsers.size(), browsers.size() * navigations, seconds, errors.get(), viewStates.get());
        errorSamples.stream().limit(5).forEach(e -> System.out.println("  error: " + e));
        System.out.println();
        System.out.println("| request | count | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        timings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            List<Long> list = new ArrayList<>(e.getValue());
            Collections.sort(list);
            System.out.printf("| %s | %d | %d | %d | %d | %d |%n", e.getKey(), list.size(), pct(list, 50), pct(list, 95), pct(list, 99),
                    list.get(list.size() - 1));
        });
        if (before != null && after != null) {
            long growth = after.total - before.total;
            System.out.printf("%nLive heap after a full GC: %,d KB before, %,d KB with the %d sessions: %,d KB in all, %.1f KB per session%n",
                    before.total / 1024, after.total / 1024, browsers.size(), growth / 1024, growth / 1024.0 / browsers.size());
            System.out.printf("Heap: %s%n", after.info.replaceAll("\\s+", " ").trim());
            System.out.println("\nWhat grew, per session (bytes), top 20 classes:");
            Map<String, Long> delta = new HashMap<>();
            after.perClass.forEach((k, v) -> delta.merge(k, v, Long::sum));
            before.perClass.forEach((k, v) -> delta.merge(k, -v, Long::sum));
            delta.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(20)
                    .forEach(e -> System.out.printf("  %,10.0f  %s%n", e.getValue() / (double) browsers.size(), e.getKey()));
        }
        // Keep the sessions referenced until measured; then sign them out so Keycloak and the server are left tidy.
        for (Browser browser : browsers) {
            browser.signOut();
        }
        Heap end = Heap.measure(pid);
        if (end != null && after != null) {
            System.out.printf("%nAfter signing the %d sessions out again: %,d KB live (%,d KB less)%n", browsers.size(), end.total / 1024,
                    (after.total - end.total) / 1024);
        }
        if (errors.get() > 0) {
            System.exit(1);
        }
    }

    private void findTargets(Browser browser) throws IOException, InterruptedException {
        Matcher detail = DETAIL_LINK.matcher(browser.get("/app/knelpunten/", "list").body());
        if (detail.find()) {
            detailPath = "/app/knelpunten/detail.xhtml?ref=" + detail.group(1);
        }
        Matcher cop = COP_LINK.matcher(browser.get("/app/cops/", "cops").body());
        if (cop.find()) {
            copPath = "/app/cops/cop.xhtml?id=" + cop.group(1);
        }
        System.out.printf("Pages: %s, %s and the main menu (demo data)%n", detailPath, copPath);
    }

    private List<Browser> signInAndNavigate(int count, int threads, String phase) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Browser>> futures = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < count; i++) {
            String user = USERS[i % USERS.length];
            futures.add(pool.submit(() -> {
                Browser browser = new Browser();
                try {
                    synchronized (signInLocks.computeIfAbsent(user, u -> new Object())) {
                        browser.signIn(user);
                    }
                    browser.navigate();
                } catch (IOException | RuntimeException e) {
                    errors.incrementAndGet();
                    errorSamples.add(user + ": " + e);
                }
                int n = done.incrementAndGet();
                if (n % 50 == 0) {
                    System.out.printf("  %s: %d/%d sessions%n", phase, n, count);
                }
                return browser;
            }));
        }
        List<Browser> browsers = new ArrayList<>();
        for (Future<Browser> future : futures) {
            browsers.add(future.get());
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return browsers;
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** One browser: its own cookies (like a browser, by name and path, for both localhost ports). */
    private final class Browser {

        private final Map<String, String[]> cookies = new LinkedHashMap<>();

        void signIn(String user) throws IOException, InterruptedException {
            long started = System.nanoTime();
            HttpResponse<String> login = follow(app + "/app/start.xhtml", null);
            Matcher action = FORM_ACTION.matcher(login.body());
            if (!action.find()) {
                throw new IOException("no Keycloak login form at " + login.uri() + " (status " + login.statusCode() + ")");
            }
            String form = "username=" + encode(user) + "&password=" + encode(password) + "&credentialId=";
            HttpResponse<String> start = follow(action.group(1).replace("&amp;", "&"), form);
            if (start.statusCode() != 200 || !start.uri().getPath().equals("/app/start.xhtml") || !start.body().contains("id=\"gebruiker\"")) {
                Matcher message = Pattern.compile("(?s)(?:kc-feedback-text|instruction)[^>]*>(.*?)<").matcher(start.body());
                throw new IOException("sign-in as " + user + " ended at " + start.uri() + " with " + start.statusCode()
                        + (message.find() ? ": " + message.group(1).trim() : "") + "; cookies " + cookies.keySet());
            }
            timings.computeIfAbsent("sign-in (code flow, 6 requests)", k -> Collections.synchronizedList(new ArrayList<>()))
                    .add((System.nanoTime() - started) / 1_000_000);
        }

        /** The main pages in turn (the tenth back to the start page); all but the public Q&amp;A page have forms. */
        void navigate() throws IOException, InterruptedException {
            String[][] pages = {{"/app/knelpunten/", "knelpunten list"}, {detailPath, "knelpunt"},
                    {"/app/knelpunten/nieuw.xhtml", "knelpunt form"}, {"/app/cops/", "CoP directory"}, {copPath, "CoP"},
                    {"/vraag-en-antwoord/", "Vraag & antwoord"}, {"/app/vraag-stellen.xhtml", "question form"},
                    {"/app/meldingen/", "notifications"}, {"/zoeken.xhtml?q=inburgering", "search"}, {"/app/start.xhtml", "start"}};
            for (int i = 0; i < navigations; i++) {
                get(pages[i % pages.length][0], pages[i % pages.length][1]);
            }
        }

        HttpResponse<String> get(String path, String name) throws IOException, InterruptedException {
            long started = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(app + path)).GET());
            timings.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - started) / 1_000_000);
            if (response.statusCode() != 200) {
                throw new IOException(path + " answered " + response.statusCode());
            }
            if (VIEW_STATE.matcher(response.body()).find()) {
                viewStates.incrementAndGet();
            }
            return response;
        }

        /** The sign-out button of the header: a plain form posting the session's token, which ends the session here and at Keycloak. */
        void signOut() {
            try {
                HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(app + "/app/start.xhtml")).GET());
                Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]*)\"").matcher(page.body());
                if (page.statusCode() != 200 || !page.body().contains("uitloggen-knop") || !token.find()) {
                    return;
                }
                follow(app + "/uitloggen", "token=" + encode(token.group(1)));
            } catch (IOException | InterruptedException e) {
                // a session that cannot be signed out expires after 30 minutes
            }
        }

        /** Sends a request and follows redirects across the application and Keycloak (a POST becomes a GET). */
        HttpResponse<String> follow(String url, String form) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
            if (form != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            }
            HttpResponse<String> response = send(request);
            for (int hop = 0; hop < 10 && response.statusCode() / 100 == 3; hop++) {
                URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
                response = send(HttpRequest.newBuilder(next).GET());
            }
            return response;
        }

        private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
            HttpRequest probe = builder.copy().build();
            String header = cookieHeader(probe.uri());
            if (!header.isEmpty()) {
                builder.header("Cookie", header);
            }
            if (System.getenv("BENCH_DEBUG") != null) {
                System.out.println(probe.method() + " " + probe.uri() + "\n   Cookie: " + header);
            }
            builder.header("Accept-Language", "nl").timeout(Duration.ofSeconds(60));
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                store(setCookie);
            }
            return response;
        }

        private synchronized String cookieHeader(URI uri) {
            StringBuilder header = new StringBuilder();
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            cookies.forEach((key, value) -> {
                if (path.startsWith(value[1])) {
                    header.append(header.length() == 0 ? "" : "; ").append(key, 0, key.indexOf(';')).append('=').append(value[0]);
                }
            });
            return header.toString();
        }

        private synchronized void store(String setCookie) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = "/";
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim().toLowerCase();
                if (attribute.startsWith("path=")) {
                    path = parts[i].trim().substring(5);
                } else if (attribute.startsWith("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970") || attribute.startsWith("expires=thu, 01-jan-1970")) {
                    expired = true;
                }
            }
            String key = name + ";" + path;
            if (expired) {
                cookies.remove(key);
            } else {
                cookies.put(key, new String[] {value, path});
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The live heap of the server process, after the full collection that a class histogram starts with. */
    private record Heap(long total, Map<String, Long> perClass, String info) {

        static Heap measure(long pid) throws IOException, InterruptedException {
            if (pid <= 0) {
                return null;
            }
            String histogram = jcmd(pid, "GC.class_histogram");
            Map<String, Long> perClass = new HashMap<>();
            long total = 0;
            Pattern line = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
            Pattern totalLine = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");
            for (String text : histogram.split("\n")) {
                Matcher m = line.matcher(text);
                if (m.find()) {
                    perClass.merge(m.group(3), Long.parseLong(m.group(2)), Long::sum);
                }
                Matcher t = totalLine.matcher(text.trim());
                if (t.find()) {
                    total = Long.parseLong(t.group(2));
                }
            }
            String info = jcmd(pid, "GC.heap_info");
            return new Heap(total, perClass, info.lines().skip(1).limit(2).reduce("", (a, b) -> a + " " + b));
        }

        private static String jcmd(long pid, String command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IOException("jcmd " + pid + " " + command + " failed: " + output);
            }
            return output;
        }
    }
}
