package nl.lerendstelsel.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.doSwitch;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;

/**
 * The load benchmark (P1, P2 of docs/quality.md), in two parts that run one after the other against the same server.
 *
 * <p><b>Mixed workload (P1).</b> {@code bench.users} people (default 200) arrive over {@code bench.ramp} seconds; each
 * signs in like a browser (a protected page, Keycloak's login form, the credentials, the callback, the application's
 * session cookie) and then keeps working until {@code bench.ramp + bench.duration} seconds have passed, with a think time
 * between pages. Each step is, by chance: the knelpunten list, the list filtered (theme, status or level), another page of
 * the list, a knelpunt's page, a search, or (share {@code bench.write.share}) a write through the real forms: reporting a
 * knelpunt (the form, the PrimeFaces ajax request for similar knelpunten while the title is typed, the post), "ook bij
 * ons" (support), a comment, and for facilitators taking up and escalating a knelpunt they reported. Every form post
 * carries the page's Faces view state, exactly as a browser sends it. The ministry only reads.
 *
 * <p><b>Capacity (P2).</b> Afterwards {@code bench.p2.loops} signed-in loops without think time request, in alternating
 * phases of {@code bench.p2.phase} seconds, a trivial Faces page ({@code /status.xhtml}), the home page (the site's
 * template with header, menu and bell, for the explanation) and the knelpunten list; the completed requests per second of
 * each is the page's throughput on this server at that moment.
 */
public class MixedWorkloadSimulation extends Simulation {

    static final String LIST = "/app/knelpunten/index.xhtml";
    static final String DETAIL = "/app/knelpunten/detail.xhtml";
    static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final List<String> LEVELS = List.of("EXECUTION", "LINKING", "SYSTEM");
    private static final List<String> STATUSES = List.of("GEMELD", "IN_BEHANDELING", "WACHT_OP_INFORMATIE", "OPGELOST", "GESLOTEN");
    private static final List<String> THEMES = themes();

    /** When the first user of each part started (ms); the parts end relative to it. */
    static final AtomicLong MIXED_START = new AtomicLong();
    static final AtomicLong STEADY_START = new AtomicLong();
    static final AtomicLong CAPACITY_START = new AtomicLong();
    /** Completed OK requests per capacity phase. */
    static final String[] PHASES = {"warm-up", "trivial", "home", "list", "trivial", "home", "list"};
    static final AtomicLongArray PHASE_OK = new AtomicLongArray(PHASES.length);
    static final AtomicLongArray PHASE_KO = new AtomicLongArray(PHASES.length);
    static final int CAPACITY_SIGN_IN_SECONDS = 20;
    static final int WARM_UP_SECONDS = 10;

    private final LoadAverage loadAverage = new LoadAverage();

    HttpProtocolBuilder protocol = http.baseUrl(BenchConfig.APP_URL)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("nl-NL,nl;q=0.9,en;q=0.5")
            .acceptEncodingHeader("gzip, deflate")
            .userAgentHeader("Mozilla/5.0 (lerend-stelsel load benchmark; Gatling)")
            .disableWarmUp();

    // ---------------------------------------------------------------- sign-in, like a browser

    /** A protected page redirects to Keycloak's login form; its credentials come back through the callback. */
    static final ChainBuilder SIGN_IN = exec(
            get(always("sign-in: open the application"), "/app/start.xhtml")
                    .check(css("#kc-form-login", "action").saveAs("loginAction")))
            .exec(post(always("sign-in: credentials"), "#{loginAction}")
                    .formParam("username", "#{username}")
                    .formParam("password", BenchConfig.PASSWORD)
                    .formParam("credentialId", "")
                    .check(status().is(200), css(".user-name").exists()));

    /**
     * The name a request of the mixed workload is reported under: while people are still arriving (the ramp) it is
     * prefixed "ramp-up: ", so P1 is judged on the steady part only, when all users are signed in and working.
     */
    static Function<Session, String> steady(String name) {
        return session -> isSteady() ? name : STEADY_START.get() > 0 ? "warm-up: " + name : "ramp-up: " + name;
    }

    /** A request name that does not depend on the phase (sign-in, the P2 phases). */
    static Function<Session, String> always(String name) {
        return session -> name;
    }

    /**
     * The header that carries a request's reported name to the server, where the access log writes it next to the
     * server's own time taken (bench-load.sh turns that log on): P1 asks for server time, and Gatling, which shares the
     * machine's cores, measures the client's.
     */
    static final String NAME_HEADER = "X-Bench-Request";

    static HttpRequestActionBuilder get(Function<Session, String> name, String url) {
        return http(name).get(url).header(NAME_HEADER, name);
    }

    static HttpRequestActionBuilder post(Function<Session, String> name, String url) {
        return http(name).post(url).header(NAME_HEADER, name);
    }

    /**
     * Every user has signed in (or failed to) at {@code STEADY_START}; after {@code bench.warmup} seconds more the
     * steady part starts and lasts {@code bench.duration} seconds.
     */
    static boolean isSteady() {
        return STEADY_START.get() > 0 && System.currentTimeMillis() >= measuredFrom();
    }

    static long measuredFrom() {
        return STEADY_START.get() + BenchConfig.WARMUP_SECONDS * 1000L;
    }

    static boolean mixedGoesOn() {
        return STEADY_START.get() == 0 || System.currentTimeMillis() < measuredFrom() + BenchConfig.STEADY_SECONDS * 1000L;
    }

    /**
     * Sign-ins through Keycloak (password hashing) are the most expensive thing a user does; on a busy machine 200 at
     * once make Keycloak time out. At most {@code bench.signin.parallel} run at the same time, the others wait their turn
     * (a non-blocking try, every 200 ms), as people do not all press the button in the same second either.
     */
    static final Semaphore SIGN_IN_SLOTS = new Semaphore(BenchConfig.SIGN_IN_PARALLEL);
    static final AtomicInteger SIGNED_IN = new AtomicInteger();

    static final ChainBuilder THROTTLED_SIGN_IN = asLongAs(session -> !SIGN_IN_SLOTS.tryAcquire()).on(pause(Duration.ofMillis(200)))
            .exitBlockOnFail().on(SIGN_IN)
            .exec(session -> {
                SIGN_IN_SLOTS.release();
                return session;
            });

    // ---------------------------------------------------------------- reading

    static final ChainBuilder LIST_PAGE = exec(get(steady("list"), LIST).check(listChecks()));

    static final ChainBuilder LIST_FILTERED = exec(session -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String query = switch (random.nextInt(4)) {
            case 0 -> "thema=" + Texts.pick(THEMES);
            case 1 -> "status=" + Texts.pick(STATUSES);
            case 2 -> "niveau=" + Texts.pick(LEVELS) + "&status=" + Texts.pick(STATUSES);
            default -> "thema=" + Texts.pick(THEMES) + "&sortering=" + (random.nextBoolean() ? "termijn" : "gemeld");
        };
        return session.set("filter", query);
    }).exec(get(steady("list filtered"), LIST + "?#{filter}").check(listChecks()));

    static final ChainBuilder LIST_NEXT_PAGE = exec(session -> session.set("pagina", 2 + ThreadLocalRandom.current().nextInt(8)))
            .exec(get(steady("list page 2-9"), LIST + "?pagina=#{pagina}").check(status().is(200), css("#knelpunten, #geen-knelpunten").exists()));

    static final ChainBuilder DETAIL_PAGE = doIfOrElse(session -> !refs(session).isEmpty())
            .then(exec(session -> session.set("ref", Texts.pick(refs(session))))
                    .exec(get(steady("detail"), DETAIL + "?ref=#{ref}").check(detailChecks())))
            .orElse(LIST_PAGE);

    static final ChainBuilder SEARCH = exec(session -> session.set("q", Texts.search()))
            .exec(get(steady("search"), "/zoeken.xhtml?q=#{q}").check(status().is(200), css("#zoeken").exists()));

    // ---------------------------------------------------------------- writing, through the real forms

    /** The report form, the ajax request for similar knelpunten while typing the title, then the post. */
    static final ChainBuilder REPORT = exec(get(steady("report: form"), "/app/knelpunten/nieuw.xhtml")
            .check(status().is(200), css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState"),
                    css("form#melden", "action").saveAs("formAction"), css("input[name='primefaces.nonce']", "value").saveAs("nonce")))
            .exec(session -> session.set("title", Texts.title()).set("description", Texts.description())
                    .set("theme", Texts.pick(THEMES)).set("gemeente", session.getString("organisation").startsWith("GM")
                            ? session.getString("organisation") : Texts.pick(BenchUsers.gemeenten())))
            .pause(Duration.ofMillis(500))
            .exec(post(steady("report: similar (ajax)"), "#{formAction}")
                    .header("Faces-Request", "partial/ajax")
                    .header("X-Requested-With", "XMLHttpRequest")
                    .header("Accept", "application/xml, text/xml, */*; q=0.01")
                    .formParam("jakarta.faces.partial.ajax", "true")
                    .formParam("jakarta.faces.source", "melden:titel")
                    .formParam("jakarta.faces.partial.execute", "melden:titel")
                    .formParam("jakarta.faces.partial.render", "melden:vergelijkbaar")
                    .formParam("jakarta.faces.behavior.event", "keyup")
                    .formParam("jakarta.faces.partial.event", "keyup")
                    .formParam("melden", "melden")
                    .formParam("melden:titel", "#{title}")
                    .formParam(VIEW_STATE, "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), substring("<partial-response"), substring("melden:vergelijkbaar")))
            .pause(Duration.ofSeconds(1))
            .exec(post(steady("report: submit"), "#{formAction}")
                    .formParam("melden", "melden")
                    .formParam("melden:titel", "#{title}")
                    .formParam("melden:omschrijving", "#{description}")
                    .formParam("melden:thema", "#{theme}")
                    .formParam("melden:gemeente", "#{gemeente}")
                    .formParam("melden:doelgroep", "")
                    .formParam("melden:schaal", "")
                    .formParam("melden:oplossing", "")
                    .formParam("melden:tags", "benchmark")
                    .formParam("melden:verzenden", "Knelpunt melden")
                    .formParam(VIEW_STATE, "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), css("#gemeld").exists(), css("#referentie").saveAs("ref"))
                    .check(detailChecks()));

    static final ChainBuilder COMMENT = doIfOrElse(session -> session.contains("ref") && session.getInt("commentForms") > 0)
            .then(pause(Duration.ofSeconds(3)).exec(post(steady("comment"), "#{detailAction}")
                    .formParam("reageren", "reageren")
                    .formParam("reageren:reactie", session -> Texts.comment())
                    .formParam("reageren:plaatsen", "Plaatsen")
                    .formParam(VIEW_STATE, "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), substring("Uw reactie is geplaatst"))))
            .orElse(exec(session -> session));

    /** "Ook bij ons" where the page offers it (another organisation, not yet supporting), otherwise a comment. */
    static final ChainBuilder SUPPORT_OR_COMMENT = exec(DETAIL_PAGE)
            .doIfOrElse(session -> session.contains("ref") && session.getInt("supportForms") > 0)
            .then(pause(Duration.ofSeconds(2)).exec(post(steady("support"), "#{detailAction}")
                    .formParam("steun", "steun")
                    .formParam("steun:toelichting", "Speelt bij ons ook.")
                    .formParam("steun:ook-bij-ons", "Ook bij ons")
                    .formParam("steun:gemeente", session -> session.getInt("supportGemeenteFields") > 0 ? Texts.pick(BenchUsers.gemeenten()) : "")
                    .formParam(VIEW_STATE, "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                    .check(status().is(200), substring("Uw steun is geregistreerd"))))
            .orElse(COMMENT);

    /** A facilitator (handler at execution level) takes up a knelpunt they just reported and escalates it. */
    static final ChainBuilder ESCALATE = exec(REPORT)
            .doIf(session -> session.contains("actionButtons") && session.getList("actionButtons").size() > 0 && session.contains("takeButton"))
            .then(pause(Duration.ofSeconds(2))
                    .exec(post(steady("escalate: take up"), "#{detailAction}")
                            .formParam("acties", "acties")
                            .formParam("acties:toelichting", "")
                            .formParam("#{takeButton}", "In behandeling nemen")
                            .formParam(VIEW_STATE, "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                            .check(status().is(200), substring("De actie is uitgevoerd"),
                                    css("input[data-action='OPSCHALEN']", "name").saveAs("escalateButton"),
                                    css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState"),
                                    css("input[name='primefaces.nonce']", "value").saveAs("nonce")))
                    .pause(Duration.ofSeconds(2))
                    .exec(post(steady("escalate: raise"), "#{detailAction}")
                            .formParam("acties", "acties")
                            .formParam("acties:toelichting", Texts.ESCALATION_REASON)
                            .formParam("#{escalateButton}", "Opschalen")
                            .formParam(VIEW_STATE, "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                            .check(status().is(200), substring("De actie is uitgevoerd"))));

    // ---------------------------------------------------------------- the mix

    static final ChainBuilder THINK = pause(Duration.ofMillis((long) (BenchConfig.THINK_MIN * 1000)),
            Duration.ofMillis((long) (BenchConfig.THINK_MAX * 1000)));

    /** What one page told about the next form: forgotten before each step, so no step posts to an older view. */
    static final String[] PAGE_STATE = {"ref", "detailAction", "viewState", "formAction", "supportForms", "supportGemeenteFields",
            "commentForms", "actionButtons", "takeButton", "escalateButton", "nonce"};

    static final ChainBuilder STEP = exec(session -> session.removeAll(PAGE_STATE).set("step", nextStep(session.getString("kind"))))
            .exitBlockOnFail().on(doSwitch("#{step}").on(
                    onCase("list").then(LIST_PAGE),
                    onCase("filter").then(LIST_FILTERED),
                    onCase("page").then(LIST_NEXT_PAGE),
                    onCase("detail").then(DETAIL_PAGE),
                    onCase("search").then(SEARCH),
                    onCase("report").then(REPORT),
                    onCase("support").then(SUPPORT_OR_COMMENT),
                    onCase("comment").then(exec(DETAIL_PAGE).exec(COMMENT)),
                    onCase("escalate").then(ESCALATE)))
            .exec(THINK);

    /** Reading steps by weight; writes by role. */
    static String nextStep(String kind) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (!"ministry".equals(kind) && random.nextDouble() < BenchConfig.WRITE_SHARE) {
            double r = random.nextDouble();
            return switch (kind) {
                case "facilitator" -> r < 0.5 ? "escalate" : "comment";
                case "coordinator" -> "comment";
                default -> r < 0.3 ? "report" : r < 0.7 ? "support" : "comment";
            };
        }
        double r = random.nextDouble();
        return r < 0.30 ? "list" : r < 0.48 ? "filter" : r < 0.58 ? "page" : r < 0.85 ? "detail" : "search";
    }

    static final ScenarioBuilder MIXED = scenario("Mixed workload (P1)")
            .feed(accountFeeder(0))
            .exec(session -> {
                MIXED_START.compareAndSet(0, System.currentTimeMillis());
                return session;
            })
            .exec(THROTTLED_SIGN_IN)
            .exec(session -> {
                if (SIGNED_IN.incrementAndGet() == BenchConfig.USERS) {
                    STEADY_START.set(System.currentTimeMillis());
                }
                return session;
            })
            .exitHereIfFailed()
            .exec(LIST_PAGE)
            .asLongAs(session -> mixedGoesOn())
            .on(exec(STEP).exec(session -> session.markAsSucceeded()));

    // ---------------------------------------------------------------- capacity (P2)

    static final ChainBuilder TRIVIAL_PAGE = exec(get(always("P2 trivial Faces page"), "/status.xhtml").check(status().is(200), css("#status").exists()));
    /** Not the bar's reference, for the explanation: the public home page with the site's template, signed in. */
    static final ChainBuilder HOME_PAGE = exec(get(always("P2 home page (template)"), "/index.xhtml").check(status().is(200), css(".user-name").exists()));
    static final ChainBuilder P2_LIST_PAGE = exec(get(always("P2 knelpunten list"), LIST).check(status().is(200), css("#knelpunten, #geen-knelpunten").exists()));

    static long phaseStart(int phase) {
        long start = CAPACITY_START.get() + CAPACITY_SIGN_IN_SECONDS * 1000L;
        return phase == 0 ? start : start + WARM_UP_SECONDS * 1000L + (phase - 1) * BenchConfig.CAPACITY_PHASE_SECONDS * 1000L;
    }

    static long phaseEnd(int phase) {
        return phase == 0 ? phaseStart(1) : phaseStart(phase) + BenchConfig.CAPACITY_PHASE_SECONDS * 1000L;
    }

    static ChainBuilder phase(int phase) {
        ChainBuilder request = switch (PHASES[phase]) {
            case "trivial" -> TRIVIAL_PAGE;
            case "list" -> P2_LIST_PAGE;
            case "home" -> HOME_PAGE;
            default -> exec(TRIVIAL_PAGE).exec(HOME_PAGE).exec(P2_LIST_PAGE);
        };
        return pause(session -> Duration.ofMillis(Math.max(0, phaseStart(phase) - System.currentTimeMillis())))
                .asLongAs(session -> System.currentTimeMillis() < phaseEnd(phase))
                .on(exec(request).exec(session -> {
                    boolean inPhase = System.currentTimeMillis() <= phaseEnd(phase);
                    if (inPhase) {
                        (session.isFailed() ? PHASE_KO : PHASE_OK).incrementAndGet(phase);
                    }
                    return session.markAsSucceeded();
                }));
    }

    static final ScenarioBuilder CAPACITY = scenario("Capacity (P2)")
            .feed(accountFeeder(0))
            .exec(session -> {
                CAPACITY_START.compareAndSet(0, System.currentTimeMillis());
                return session;
            })
            .exec(THROTTLED_SIGN_IN)
            .exitHereIfFailed()
            .exec(phase(0)).exec(phase(1)).exec(phase(2)).exec(phase(3)).exec(phase(4)).exec(phase(5)).exec(phase(6));

    {
        setUp(MIXED.injectOpen(rampUsers(BenchConfig.USERS).during(Duration.ofSeconds(BenchConfig.RAMP_SECONDS)))
                .andThen(CAPACITY.injectOpen(atOnceUsers(BenchConfig.CAPACITY_LOOPS))))
                .protocols(protocol);
    }

    // ---------------------------------------------------------------- before and after the run

    @Override
    public void before() {
        try {
            HttpResponse<Void> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BenchConfig.APP_URL + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (ready.statusCode() != 200) {
                throw new IllegalStateException(BenchConfig.APP_URL + "/health/ready answered " + ready.statusCode());
            }
            List<BenchUsers.Account> accounts = BenchUsers.accounts(BenchConfig.ACCOUNTS);
            int created = new BenchUsers().ensure(accounts, BenchConfig.APP_URL);
            System.out.printf("Benchmark accounts ready: %d (%d new). %d users, ramp %d s, warm-up %d s, then %d s; think %.1f-%.1f s;"
                            + " writes %.0f %%%n", accounts.size(), created, BenchConfig.USERS, BenchConfig.RAMP_SECONDS,
                    BenchConfig.WARMUP_SECONDS, BenchConfig.STEADY_SECONDS,
                    BenchConfig.THINK_MIN, BenchConfig.THINK_MAX, BenchConfig.WRITE_SHARE * 100);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not prepare the benchmark: " + e.getMessage(), e);
        }
        loadAverage.start();
    }

    @Override
    public void after() {
        loadAverage.stop();
        Properties result = new Properties();
        result.setProperty("label", BenchConfig.LABEL);
        result.setProperty("app", BenchConfig.APP_URL);
        result.setProperty("users", String.valueOf(BenchConfig.USERS));
        result.setProperty("ramp.seconds", String.valueOf(BenchConfig.RAMP_SECONDS));
        result.setProperty("warmup.seconds", String.valueOf(BenchConfig.WARMUP_SECONDS));
        result.setProperty("steady.seconds", String.valueOf(BenchConfig.STEADY_SECONDS));
        result.setProperty("think", BenchConfig.THINK_MIN + "-" + BenchConfig.THINK_MAX);
        result.setProperty("write.share", String.valueOf(BenchConfig.WRITE_SHARE));
        long mixedStart = MIXED_START.get();
        long steadyStart = STEADY_START.get();
        result.setProperty("mixed.start", Instant.ofEpochMilli(mixedStart).toString());
        result.setProperty("signed.in.seconds", String.valueOf(steadyStart == 0 ? -1 : (steadyStart - mixedStart) / 1000));
        result.setProperty("load.mixed", loadAverage.summary(measuredFrom(), measuredFrom() + BenchConfig.STEADY_SECONDS * 1000L));
        result.setProperty("p2.loops", String.valueOf(BenchConfig.CAPACITY_LOOPS));
        result.setProperty("p2.phase.seconds", String.valueOf(BenchConfig.CAPACITY_PHASE_SECONDS));
        Map<String, Long> ok = new java.util.HashMap<>();
        long ko = 0;
        for (int phase = 1; phase < PHASES.length; phase++) {
            result.setProperty("p2.phase." + phase, PHASES[phase] + " ok=" + PHASE_OK.get(phase) + " ko=" + PHASE_KO.get(phase));
            ok.merge(PHASES[phase], PHASE_OK.get(phase), Long::sum);
            ko += PHASE_KO.get(phase);
        }
        double seconds = 2.0 * BenchConfig.CAPACITY_PHASE_SECONDS;
        for (String page : List.of("trivial", "home", "list")) {
            result.setProperty("p2." + page + ".rps", String.format(java.util.Locale.ROOT, "%.1f", ok.getOrDefault(page, 0L) / seconds));
        }
        result.setProperty("p2.ko", String.valueOf(ko));
        result.setProperty("load.p2", loadAverage.summary(phaseStart(1), phaseEnd(PHASES.length - 1)));
        try {
            Files.createDirectories(BenchConfig.RESULT_FILE.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(BenchConfig.RESULT_FILE)) {
                result.store(out, "lerend-stelsel load benchmark: figures of the run besides Gatling's");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("P2: trivial page %s req/s, home page %s req/s, knelpunten list %s req/s (%d loops, 2 x %d s each)%n",
                result.getProperty("p2.trivial.rps"), result.getProperty("p2.home.rps"), result.getProperty("p2.list.rps"), BenchConfig.CAPACITY_LOOPS,
                BenchConfig.CAPACITY_PHASE_SECONDS);
    }

    // ---------------------------------------------------------------- helpers

    static io.gatling.javaapi.core.CheckBuilder[] listChecks() {
        return new io.gatling.javaapi.core.CheckBuilder[] {status().is(200), css("#filters").exists(),
                css("#knelpunten tbody td:first-child a").findAll().optional().saveAs("refs")};
    }

    /** What a knelpunt's page offers this viewer, and what its forms need to be posted. */
    static io.gatling.javaapi.core.CheckBuilder[] detailChecks() {
        return new io.gatling.javaapi.core.CheckBuilder[] {status().is(200), css("#referentie").exists(),
                css("form#volgen", "action").saveAs("detailAction"),
                css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState"),
                css("input[name='primefaces.nonce']", "value").saveAs("nonce"),
                css("form#steun").count().saveAs("supportForms"),
                css("select[name='steun:gemeente']").count().saveAs("supportGemeenteFields"),
                css("form#reageren").count().saveAs("commentForms"),
                css("input[data-action]", "name").findAll().optional().saveAs("actionButtons"),
                css("input[data-action='IN_BEHANDELING_NEMEN']", "name").optional().saveAs("takeButton")};
    }

    static List<String> refs(Session session) {
        return session.contains("refs") ? session.getList("refs") : List.of();
    }

    /** Every virtual user gets the next benchmark account (bench-001, bench-002, …), round and round. */
    static Iterator<Map<String, Object>> accountFeeder(int offset) {
        List<BenchUsers.Account> accounts = BenchUsers.accounts(BenchConfig.ACCOUNTS);
        return new Iterator<>() {
            private int next = offset;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public synchronized Map<String, Object> next() {
                return accounts.get(next++ % accounts.size()).asFeed();
            }
        };
    }

    static List<String> themes() {
        List<String> codes = new ArrayList<>();
        try (InputStream in = MixedWorkloadSimulation.class.getResourceAsStream("/referentiedata/themas.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("code;")).forEach(l -> codes.add(l.substring(0, l.indexOf(';'))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Collections.unmodifiableList(codes);
    }

    /** Samples the machine's one-minute load average every five seconds (Linux {@code /proc/loadavg}). */
    static final class LoadAverage {
        private final List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean running;

        void start() {
            running = true;
            Thread thread = new Thread(() -> {
                while (running) {
                    try {
                        String text = Files.readString(Path.of("/proc/loadavg"));
                        samples.add(new long[] {System.currentTimeMillis(), Math.round(Double.parseDouble(text.split(" ")[0]) * 100)});
                        Thread.sleep(5000);
                    } catch (IOException | RuntimeException e) {
                        return;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "load-average");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
        }

        /** "mean min-max" of the samples in a window. */
        String summary(long from, long to) {
            List<long[]> window;
            synchronized (samples) {
                window = samples.stream().filter(s -> s[0] >= from && s[0] <= to).toList();
            }
            if (window.isEmpty()) {
                return "n/a";
            }
            Function<Long, String> format = v -> String.format(java.util.Locale.ROOT, "%.1f", v / 100.0);
            long min = window.stream().mapToLong(s -> s[1]).min().orElse(0);
            long max = window.stream().mapToLong(s -> s[1]).max().orElse(0);
            long mean = Math.round(window.stream().mapToLong(s -> s[1]).average().orElse(0));
            return format.apply(mean) + " (" + format.apply(min) + "-" + format.apply(max) + ")";
        }
    }
}
