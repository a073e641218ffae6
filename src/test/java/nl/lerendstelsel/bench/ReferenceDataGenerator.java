package nl.lerendstelsel.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import nl.lerendstelsel.application.administration.ReferenceFiles;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow;
import nl.lerendstelsel.domain.model.bottleneck.Deadline;
import nl.lerendstelsel.domain.model.bottleneck.DeadlinePolicy;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Requirement;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.SupportSummary;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.bottleneck.TextTerms;
import nl.lerendstelsel.domain.model.bottleneck.Transition;
import nl.lerendstelsel.domain.model.calendar.WorkingDayCalendar;
import nl.lerendstelsel.domain.model.community.MemberRole;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.community.PostStatus;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;
import nl.lerendstelsel.domain.model.law.LawReference;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalDeadlines;
import nl.lerendstelsel.domain.model.signal.SignalEvent;
import nl.lerendstelsel.domain.model.signal.SignalMessage;
import nl.lerendstelsel.domain.model.signal.SignalRole;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.text.PostBody;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * Generates the reference data set of quality.md into an empty, migrated database (Derby or PostgreSQL) with JDBC
 * batches on one connection: the shipped reference data (342 gemeenten, arbeidsmarktregio's, partner organisations,
 * themes, exactly as the application's {@code ReferenceDataLoader} reads them, so it adds nothing later), user profiles
 * (the demo accounts of the development realm first, with their Keycloak subjects), Communities of Practice with
 * memberships, knelpunten with a history that walks {@link BottleneckWorkflow}'s table (so level, status, assignee,
 * feedback, finished day and the service-level clock of {@link DeadlinePolicy} follow from the events), supports (one
 * per organisation), comments and followers, similarity terms and tags, signals to SZW through their own workflow with
 * the knelpunten they bundle (submitted signals hold knelpunten at system level, answered ones resolved them), Q&amp;A
 * entries with versions, sign-offs, feedback and asked questions, kennisbank items, and CoP discussions with posts in
 * the sanitised rich-text format. Finally the per-year reference counters and every id sequence are moved past the
 * generated rows, so the application continues numbering after them.
 *
 * <p>Everything comes from one seeded {@link Random} and the given clock: the same seed and day give the same data.
 */
public final class ReferenceDataGenerator {

    /** The volumes to generate. {@link #reference(int)} scales the reference set of quality.md. */
    public record Volumes(int users, int knelpunten, int signals, int qa, int cops, int posts) {

        /** quality.md's reference set is {@code reference(100_000)}: 5,000 users, 2,000 signals, 10,000 Q&A, 50 CoPs, 200,000 posts. */
        public static Volumes reference(int knelpunten) {
            return new Volumes(Math.max(MIN_USERS, (int) Math.round(knelpunten * 0.05)), knelpunten,
                    knelpunten == 0 ? 0 : Math.max(3, (int) Math.round(knelpunten * 0.02)), (int) Math.round(knelpunten * 0.1),
                    Math.max(5, (int) Math.round(knelpunten * 0.0005)), knelpunten * 2);
        }

        public Volumes {
            if (users < MIN_USERS || knelpunten < 0 || signals < 0 || qa < 0 || cops < 5 || posts < 0) {
                throw new IllegalArgumentException("Volumes: at least " + MIN_USERS + " users and 5 CoPs, nothing negative");
            }
        }

        public Volumes withUsers(int n) {
            return new Volumes(n, knelpunten, signals, qa, cops, posts);
        }

        public Volumes withSignals(int n) {
            return new Volumes(users, knelpunten, n, qa, cops, posts);
        }

        public Volumes withQa(int n) {
            return new Volumes(users, knelpunten, signals, n, cops, posts);
        }

        public Volumes withCops(int n) {
            return new Volumes(users, knelpunten, signals, qa, n, posts);
        }

        public Volumes withPosts(int n) {
            return new Volumes(users, knelpunten, signals, qa, cops, n);
        }
    }

    /** Reports progress per phase; {@link GenerateData} draws it as a bar. */
    public interface Progress {
        void phase(String name, long total);

        void advance(long done);

        Progress NONE = new Progress() {
            @Override
            public void phase(String name, long total) {
            }

            @Override
            public void advance(long done) {
            }
        };
    }

    /** Enough for the fixed accounts (demo, coordinators, ministry, editors, admins), one professional per gemeente and partners. */
    public static final int MIN_USERS = 600;
    /** The first ids after the fixed accounts: one professional in every gemeente from here. */
    private static final int FIRST_PROFESSIONAL = 61;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.statutory();
    private static final DeadlinePolicy DEADLINES = new DeadlinePolicy(CALENDAR, 10, 15, 10);
    private static final SignalDeadlines SIGNAL_DEADLINES = new SignalDeadlines(CALENDAR, SignalDeadlines.DEFAULT_ACKNOWLEDGE,
            SignalDeadlines.DEFAULT_ANSWER);
    /** The text the application's scheduled job writes when a wait for information expires. */
    private static final String WAIT_EXPIRED = "De termijn voor informatie is verlopen; het knelpunt wordt verder behandeld.";
    private static final int GEMEENTEN_THRESHOLD = 5;
    private static final int REGIONS_THRESHOLD = 2;
    private static final String DEMO_DATA = "demo/demo-data.json";
    /** Commit after about this many rows. */
    private static final int COMMIT_ROWS = 20_000;
    /** The largest gemeenten first, so the skew puts most knelpunten where most inburgeraars are. */
    private static final List<String> BIG_GEMEENTEN = List.of("GM0363", "GM0599", "GM0518", "GM0344", "GM0772", "GM0014",
            "GM0855", "GM0034", "GM0758", "GM0268", "GM0202", "GM0193", "GM0153", "GM0080", "GM0200");
    /** Tables with an id sequence named {@code <table>_seq} (user_profile counts in 20s, the others in 50s). */
    private static final List<String> SEQUENCED = List.of("user_profile", "bottleneck", "bottleneck_event", "bottleneck_support",
            "bottleneck_comment", "notification", "attachment", "audit_entry", "cop", "cop_membership", "cop_thread", "cop_post",
            "cop_post_revision", "cop_post_flag", "cop_meeting", "cop_outcome", "qa_entry", "qa_version", "qa_feedback", "qa_question",
            "knowledge_item", "szw_signal", "szw_signal_event", "szw_signal_message", "szw_signal_progress", "monitor_round",
            "monitor_question", "monitor_response", "monitor_answer");

    private final Connection connection;
    private final Volumes volumes;
    private final Random random;
    /** Draws added after the data set was fixed (target groups), from their own stream so the other rows stay the same. */
    private final Random later;
    private final long seed;
    private final DutchText text;
    private final Instant now;
    private final LocalDate today;
    private final Progress progress;
    private long uncommitted;

    // reference data
    private final List<String[]> regions = new ArrayList<>();
    private final List<String[]> gemeenten = new ArrayList<>();
    private final List<String[]> partners = new ArrayList<>();
    private final List<String[]> themes = new ArrayList<>();
    private final Map<String, String> regionOfGemeente = new HashMap<>();
    private final Map<String, String> gemeenteName = new HashMap<>();
    private String[] gemeenteOrder;
    private double[] gemeenteWeights;
    private String[] themeOrder;
    private double[] themeWeights;

    // people
    private String[] userOrganisation;
    private String[] userSubject;
    private String[] userName;
    private Set<Role>[] userRoles;
    private final Map<String, List<Integer>> professionalsOf = new HashMap<>();
    private final Map<String, List<Integer>> facilitatorsOf = new HashMap<>();
    private final List<Integer> professionals = new ArrayList<>();
    private final List<Integer> facilitators = new ArrayList<>();
    private final List<Integer> coordinators = new ArrayList<>();
    private final List<Integer> ministry = new ArrayList<>();
    private final Map<Partner, List<Integer>> editors = new java.util.EnumMap<>(Partner.class);
    private final Map<String, Integer> demo = new LinkedHashMap<>();

    // communities
    private double[] copWeights;
    private String[] copTheme;
    private final Map<Integer, List<Integer>> copFacilitators = new HashMap<>();
    private final Map<Integer, List<Integer>> copMembers = new HashMap<>();
    private final Map<Integer, List<Integer>> copsOfUser = new HashMap<>();

    // signals, planned before the knelpunten they bundle
    private PlannedSignal[] plannedSignals;
    private final Map<Long, PlannedSignal> signalOfKnelpunt = new HashMap<>();
    private final List<long[]> linkingInHand = new ArrayList<>();
    private long[] publishedQa = new long[0];

    // figures
    private final Map<String, Long> rows = new TreeMap<>();
    private final Map<String, Integer> perStatus = new TreeMap<>();
    private final Map<String, Integer> reportedPerTheme = new HashMap<>();
    private final Map<String, Integer> reportedPerRegion = new HashMap<>();
    private int maxKnelpuntNumber;

    public ReferenceDataGenerator(Connection connection, Volumes volumes, long seed, Clock clock, Progress progress) {
        this.connection = connection;
        this.volumes = volumes;
        this.random = new Random(seed);
        this.later = new Random(seed * 31 + 38);
        this.seed = seed;
        this.text = new DutchText(random);
        this.now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        this.today = LocalDate.ofInstant(now, ZONE);
        this.progress = progress;
    }

    /** Inserts everything and commits; the connection's auto-commit is switched off. */
    public void generate() throws SQLException {
        connection.setAutoCommit(false);
        referenceData();
        users();
        communities();
        planSignals();
        knelpunten();
        signals();
        qa();
        monitorRounds();
        knowledge();
        discussions();
        counters();
        connection.commit();
    }

    // ------------------------------------------------------------------------------------------------------ figures

    /** Rows inserted per table. */
    public Map<String, Long> rowsPerTable() {
        return Collections.unmodifiableMap(rows);
    }

    /** Knelpunten per "LEVEL/STATUS". */
    public Map<String, Integer> knelpuntenPerLevelAndStatus() {
        return Collections.unmodifiableMap(perStatus);
    }

    /** Subject → organisation code of every generated profile. */
    public Map<String, String> organisationOfSubject() {
        Map<String, String> result = new HashMap<>();
        for (int id = 1; id <= volumes.users(); id++) {
            result.put(userSubject[id], userOrganisation[id]);
        }
        return result;
    }

    /** The Keycloak subject of a demo account ("coordinator", "facilitator", …). */
    public String demoSubject(String username) {
        Integer id = demo.get(username);
        if (id == null) {
            throw new IllegalArgumentException("No demo account " + username);
        }
        return userSubject[id];
    }

    /** The CoPs the demo account "facilitator" facilitates. */
    public Set<Long> facilitatedByDemoFacilitator() {
        Set<Long> result = new java.util.TreeSet<>();
        int facilitator = demo.get("facilitator");
        copFacilitators.forEach((cop, people) -> {
            if (people.contains(facilitator)) {
                result.add((long) cop);
            }
        });
        return result;
    }

    /** The theme with the most knelpunten reported in the last twelve months. */
    public String topTheme() {
        return reportedPerTheme.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The arbeidsmarktregio with the most knelpunten reported in the last twelve months. */
    public String topRegion() {
        return reportedPerRegion.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    public Volumes volumes() {
        return volumes;
    }

    // ------------------------------------------------------------------------------------------------ reference data

    private void referenceData() throws SQLException {
        for (Map<String, String> row : ReferenceFiles.read("arbeidsmarktregios.csv")) {
            regions.add(new String[]{row.get("code"), row.get("naam")});
        }
        for (Map<String, String> row : ReferenceFiles.read("gemeenten.csv")) {
            gemeenten.add(new String[]{row.get("cbs_code"), row.get("naam"), row.get("provincie"), row.get("arbeidsmarktregio_code")});
            regionOfGemeente.put(row.get("cbs_code"), row.get("arbeidsmarktregio_code"));
            gemeenteName.put(row.get("cbs_code"), row.get("naam"));
        }
        for (Map<String, String> row : ReferenceFiles.read("partnerorganisaties.csv")) {
            partners.add(new String[]{row.get("code"), row.get("naam"), row.get("soort")});
        }
        for (Map<String, String> row : ReferenceFiles.read("themas.csv")) {
            themes.add(new String[]{row.get("code"), row.get("naam_nl"), row.get("naam_en"), row.get("omschrijving_nl"),
                    row.get("omschrijving_en")});
        }
        progress.phase("referentiedata / reference data", regions.size() + gemeenten.size() + partners.size() + themes.size());
        try (Rows region = new Rows(connection, "labour_market_region", "code", "name");
             Rows organisation = new Rows(connection, "organisation", "code", "name", "kind", "province", "region_code", "active");
             Rows theme = new Rows(connection, "theme", "code", "name_nl", "name_en", "description_nl", "description_en", "sort_order",
                     "active")) {
            for (String[] r : regions) {
                region.add(r[0], r[1]);
            }
            region.flush();
            for (String[] g : gemeenten) {
                organisation.add(g[0], g[1], "GEMEENTE", g[2], g[3], true);
            }
            for (String[] p : partners) {
                organisation.add(p[0], p[1], p[2], null, null, true);
            }
            int order = 0;
            for (String[] t : themes) {
                theme.add(t[0], t[1], t[2], t[3], t[4], order += 10, true);
            }
            count(region, organisation, theme);
        }
        progress.advance(regions.size() + gemeenten.size() + partners.size() + themes.size());
        // Skew: the largest gemeenten first, then the rest in a seeded order; Zipf-like weights over that order.
        List<String> order = new ArrayList<>(BIG_GEMEENTEN.stream().filter(regionOfGemeente::containsKey).toList());
        List<String> rest = new ArrayList<>(gemeenten.stream().map(g -> g[0]).filter(c -> !order.contains(c)).toList());
        Collections.shuffle(rest, random);
        order.addAll(rest);
        gemeenteOrder = order.toArray(String[]::new);
        gemeenteWeights = zipf(gemeenteOrder.length, 0.9);
        List<String> themeList = new ArrayList<>(themes.stream().map(t -> t[0]).toList());
        Collections.shuffle(themeList, random);
        themeOrder = themeList.toArray(String[]::new);
        themeWeights = zipf(themeOrder.length, 1.0);
        commit();
    }

    // --------------------------------------------------------------------------------------------------------- users

    @SuppressWarnings("unchecked")
    private void users() throws SQLException {
        int n = volumes.users();
        userOrganisation = new String[n + 1];
        userSubject = new String[n + 1];
        userName = new String[n + 1];
        userRoles = new Set[n + 1];
        for (Partner partner : Partner.values()) {
            editors.put(partner, new ArrayList<>());
        }
        List<String> partnerCodes = partners.stream().map(p -> p[0]).filter(c -> !List.of("SZW", "VNG", "DIVOSA").contains(c)).toList();
        progress.phase("gebruikers / users", n);
        try (Rows insert = new Rows(connection, "user_profile", "id", "subject", "username", "display_name", "email",
                "organisation_code", "roles", "active", "first_sign_in", "last_sign_in")) {
            int id = 0;
            for (JsonObject user : demoUsers()) {
                id++;
                Set<Role> roles = EnumSet.noneOf(Role.class);
                user.getJsonArray("rollen").getValuesAs(JsonString::getString).forEach(r -> roles.add(Role.valueOf(r.toUpperCase())));
                person(insert, id, user.getString("id"), user.getString("gebruikersnaam"), user.getString("naam"), user.getString("email"),
                        user.getString("organisatie"), roles);
                demo.put(user.getString("gebruikersnaam"), id);
            }
            for (id++; id <= n; id++) {
                String organisation;
                Set<Role> roles;
                if (id <= 30) {
                    organisation = id % 2 == 0 ? "VNG" : "DIVOSA";
                    roles = EnumSet.of(Role.COORDINATOR);
                } else if (id <= 50) {
                    organisation = "SZW";
                    roles = EnumSet.of(Role.MINISTRY);
                } else if (id <= 56) {
                    organisation = Partner.values()[(id - 51) % 3].name();
                    roles = EnumSet.of(Role.EDITOR);
                } else if (id < FIRST_PROFESSIONAL) {
                    organisation = "DIVOSA";
                    roles = EnumSet.of(Role.ADMIN);
                } else if (id - FIRST_PROFESSIONAL < gemeenteOrder.length) {
                    organisation = gemeenteOrder[id - FIRST_PROFESSIONAL]; // at least one professional in every gemeente
                    roles = professionalRoles();
                } else if (random.nextInt(100) < 12) {
                    organisation = partnerCodes.get(random.nextInt(partnerCodes.size()));
                    roles = EnumSet.of(Role.PROFESSIONAL);
                } else {
                    organisation = gemeenteOrder[pick(gemeenteWeights)];
                    roles = professionalRoles();
                }
                String name = text.personName();
                String username = String.format("gebruiker%05d", id);
                person(insert, id, generatedSubject(id), username, name, username + "@example.org", organisation, roles);
            }
            count(insert);
        }
        // Handlers look after regions (issue 24), as an admin would set them: a facilitator the region of their own
        // gemeente, a coordinator three regions; the demo accounts the whole country.
        try (Rows userRegion = new Rows(connection, "user_region", "user_id", "region_code")) {
            for (int id = demo.size() + 1; id <= n; id++) {
                if (userRoles[id].contains(Role.FACILITATOR) && regionOfGemeente.containsKey(userOrganisation[id])) {
                    userRegion.add((long) id, regionOfGemeente.get(userOrganisation[id]));
                } else if (userRoles[id].contains(Role.COORDINATOR)) {
                    for (int k = 0; k < 3; k++) {
                        userRegion.add((long) id, regions.get((id * 3 + k) % regions.size())[0]);
                    }
                }
            }
            count(userRegion);
        }
        progress.advance(n);
        commit();
    }

    /** The Keycloak subject of generated user {@code id} (username {@code gebruiker00042}): a fixed UUID, so a load test can create matching accounts. */
    public static String generatedSubject(int id) {
        return String.format("00000000-0000-4000-8000-%012d", id);
    }

    private Set<Role> professionalRoles() {
        return random.nextInt(100) < 8 ? EnumSet.of(Role.PROFESSIONAL, Role.FACILITATOR) : EnumSet.of(Role.PROFESSIONAL);
    }

    private void person(Rows insert, int id, String subject, String username, String name, String email, String organisation,
                        Set<Role> roles) throws SQLException {
        userOrganisation[id] = organisation;
        userSubject[id] = subject;
        userName[id] = name;
        userRoles[id] = roles;
        boolean gemeente = regionOfGemeente.containsKey(organisation);
        if (roles.contains(Role.PROFESSIONAL)) {
            professionals.add(id);
            if (gemeente) {
                professionalsOf.computeIfAbsent(organisation, k -> new ArrayList<>()).add(id);
            }
        }
        if (roles.contains(Role.FACILITATOR)) {
            facilitators.add(id);
            facilitatorsOf.computeIfAbsent(organisation, k -> new ArrayList<>()).add(id);
        }
        if (roles.contains(Role.COORDINATOR)) {
            coordinators.add(id);
        }
        if (roles.contains(Role.MINISTRY)) {
            ministry.add(id);
        }
        if (roles.contains(Role.EDITOR)) {
            Partner.ofOrganisation(organisation).ifPresent(p -> editors.get(p).add(id));
        }
        String encoded = roles.stream().sorted().map(Role::roleName).collect(java.util.stream.Collectors.joining(","));
        Instant first = at(today.minusDays(30 + random.nextInt(900)), 9);
        Instant last = at(today.minusDays(random.nextInt(30)), 9);
        insert.add((long) id, subject, username, name, email, organisation, encoded, true, first, min(last, now));
    }

    private static List<JsonObject> demoUsers() {
        InputStream in = ReferenceDataGenerator.class.getClassLoader().getResourceAsStream(DEMO_DATA);
        if (in == null) {
            throw new IllegalStateException(DEMO_DATA + " not on the class path");
        }
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject().getJsonArray("gebruikers").getValuesAs(JsonObject.class);
        }
    }

    // --------------------------------------------------------------------------------------------------- communities

    private void communities() throws SQLException {
        int cops = volumes.cops();
        copWeights = zipf(cops, 0.6);
        copTheme = new String[cops + 1];
        progress.phase("communities / CoPs", cops);
        Set<String> names = new HashSet<>();
        try (Rows cop = new Rows(connection, "cop", "id", "name", "description", "membership_mode", "nationwide", "created_at");
             Rows copThemeRows = Rows.deferred(connection, "cop_theme", "cop_id", "theme_code");
             Rows copRegion = Rows.deferred(connection, "cop_region", "cop_id", "region_code");
             Rows membership = Rows.deferred(connection, "cop_membership", "id", "cop_id", "user_id", "member_role", "status", "reason",
                     "changed_at", "changed_by")) {
            long membershipId = 0;
            int demoFacilitator = demo.get("facilitator");
            for (int id = 1; id <= cops; id++) {
                String[] theme = themes.get((id - 1) % themes.size());
                copTheme[id] = theme[0];
                boolean nationwide = random.nextInt(100) < 60;
                String[] region = regions.get(random.nextInt(regions.size()));
                String name = "CoP " + theme[1] + (nationwide ? "" : " " + region[1]);
                for (int k = 2; !names.add(name); k++) {
                    name = "CoP " + theme[1] + (nationwide ? "" : " " + region[1]) + " " + k;
                }
                Instant created = at(today.minusDays(400 + random.nextInt(700)), 10);
                cop.add((long) id, name.length() > 120 ? name.substring(0, 120) : name,
                        "Professionals die samen werken aan " + DutchText.lowerFirst(theme[1]) + ": ervaringen delen, knelpunten bundelen en"
                                + " oplossingen uitproberen" + (nationwide ? " in het hele land." : " in de regio " + region[1] + "."),
                        random.nextInt(100) < 60 ? MembershipMode.OPEN.name() : MembershipMode.OP_AANVRAAG.name(), nationwide ? 1 : 0, created);
                copThemeRows.add((long) id, theme[0]);
                if (!nationwide) {
                    copRegion.add((long) id, region[0]);
                }
                // Facilitators: the demo facilitator in the first five, otherwise one to three professionals with the role.
                List<Integer> hosts = new ArrayList<>();
                if (id <= 5) {
                    hosts.add(demoFacilitator);
                }
                int wanted = 1 + random.nextInt(3);
                while (hosts.size() < wanted) {
                    int candidate = facilitators.get(random.nextInt(facilitators.size()));
                    if (!hosts.contains(candidate)) {
                        hosts.add(candidate);
                    }
                }
                copFacilitators.put(id, hosts);
                List<Integer> active = new ArrayList<>(hosts);
                Set<Integer> seen = new HashSet<>(hosts);
                for (int host : hosts) {
                    membership.add(++membershipId, (long) id, (long) host, MemberRole.FACILITATOR.name(), MembershipStatus.ACTIEF.name(), null,
                            created, null);
                }
                // Members: the demo professionals in the first CoPs, then a skewed number of professionals.
                List<Integer> members = new ArrayList<>();
                if (id <= 3) {
                    members.add(demo.get("professional"));
                    members.add(demo.get("professional2"));
                }
                if (id == 2 || id == 4) {
                    members.add(demo.get("professional3"));
                }
                // bigger CoPs first (the same skew as their share of the posts): 4 % of all people down to a few
                int size = Math.max(8, (int) Math.round(volumes.users() * 0.04 * Math.pow(id, -0.6) * Math.max(1, 50.0 / cops)));
                size = Math.min(size, professionals.size() / 2);
                while (members.size() < size) {
                    members.add(professionals.get(random.nextInt(professionals.size())));
                }
                for (int member : members) {
                    if (!seen.add(member)) {
                        continue;
                    }
                    int draw = random.nextInt(100);
                    MembershipStatus status = draw < 88 ? MembershipStatus.ACTIEF : draw < 93 ? MembershipStatus.AANGEVRAAGD
                            : draw < 96 ? MembershipStatus.UITGENODIGD : MembershipStatus.VERLATEN;
                    if (id <= 4 && demo.containsValue(member)) {
                        status = MembershipStatus.ACTIEF;
                    }
                    Instant changed = created.plus(random.nextInt(400), ChronoUnit.DAYS);
                    Integer by = status == MembershipStatus.UITGENODIGD || status == MembershipStatus.ACTIEF && random.nextBoolean()
                            ? hosts.get(0) : null;
                    membership.add(++membershipId, (long) id, (long) member, MemberRole.LID.name(), status.name(),
                            status == MembershipStatus.AANGEVRAAGD ? "Ik werk als klantmanager inburgering en wil graag meedoen." : null,
                            min(changed, now), by == null ? null : (long) (int) by);
                    if (status == MembershipStatus.ACTIEF) {
                        active.add(member);
                    }
                }
                copMembers.put(id, active);
                for (int member : active) {
                    copsOfUser.computeIfAbsent(member, k -> new ArrayList<>()).add(id);
                }
                cop.flush();
                copThemeRows.flush();
                copRegion.flush();
                membership.flush();
                progress.advance(id);
            }
            count(cop, copThemeRows, copRegion, membership);
        }
        commit();
    }

    // ------------------------------------------------------------------------------------------------------- signals

    /** A signal to SZW, planned before the knelpunten so that those can be attached at its moment of submission. */
    private static final class PlannedSignal {
        long id;
        String reference;
        String theme;
        int author;
        SignalStatus status;
        Instant created;
        Instant submitted;
        Instant acknowledged;
        Instant inHand;
        Instant asked;
        Instant answeredQuestions;
        Instant answered;
        Instant closed;
        Integer responder;
        Integer acknowledger;
        String response;
        Decision decision;
        final List<Long> knelpunten = new ArrayList<>();
    }

    private void planSignals() {
        int n = volumes.signals();
        plannedSignals = new PlannedSignal[n];
        Map<Integer, Integer> counter = new HashMap<>();
        List<PlannedSignal> submitted = new ArrayList<>();
        // oldest first, so references count up with the dates
        int[] ages = new int[n];
        boolean[] concept = new boolean[n];
        for (int i = 0; i < n; i++) {
            concept[i] = random.nextInt(100) < 5;
            ages[i] = concept[i] ? random.nextInt(20) : 3 + (int) (700 * Math.pow(random.nextDouble(), 1.2));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ages[b], ages[a]));
        for (int k = 0; k < n; k++) {
            int i = order[k];
            PlannedSignal s = new PlannedSignal();
            s.id = k + 1;
            s.theme = themeOrder[pick(themeWeights)];
            s.author = coordinators.get(random.nextInt(coordinators.size()));
            int age = ages[i];
            if (concept[i]) {
                s.status = SignalStatus.CONCEPT;
                s.created = clamp(at(today.minusDays(age), 10 + random.nextInt(6)));
            } else {
                LocalDate submittedOn = workingDayOnOrBefore(today.minusDays(age));
                s.submitted = clamp(at(submittedOn, 10 + random.nextInt(6)));
                s.created = s.submitted.minus(3 + random.nextInt(15), ChronoUnit.DAYS);
                s.status = signalStatus(age);
                Instant t = s.submitted;
                if (s.status != SignalStatus.INGEDIEND) {
                    s.acknowledger = ministry.get(random.nextInt(ministry.size()));
                    s.acknowledged = t = later(t, 1 + random.nextInt(9));
                }
                if (s.status.ordinal() >= SignalStatus.IN_BEHANDELING.ordinal()) {
                    s.inHand = t = later(t, 1 + random.nextInt(7));
                    boolean questions = s.status == SignalStatus.VRAGEN || random.nextInt(100) < 20;
                    if (questions) {
                        s.asked = t = later(t, 2 + random.nextInt(10));
                        if (s.status != SignalStatus.VRAGEN) {
                            s.answeredQuestions = t = later(t, 1 + random.nextInt(8));
                        }
                    }
                }
                if (s.status == SignalStatus.BEANTWOORD || s.status == SignalStatus.GESLOTEN) {
                    s.responder = ministry.get(random.nextInt(ministry.size()));
                    s.answered = t = later(t, 10 + random.nextInt(50));
                    int draw = random.nextInt(100);
                    s.decision = draw < 30 ? Decision.OVERGENOMEN : draw < 60 ? Decision.DEELS_OVERGENOMEN
                            : draw < 85 ? Decision.NIET_OVERGENOMEN : Decision.DOORVERWEZEN;
                    s.response = text.signalResponse();
                }
                if (s.status == SignalStatus.GESLOTEN) {
                    s.closed = later(t, 5 + random.nextInt(20));
                }
                submitted.add(s);
            }
            int year = LocalDate.ofInstant(s.created, ZONE).getYear();
            s.reference = String.format("SIG-%d-%03d", year, counter.merge(year, 1, Integer::sum));
            plannedSignals[k] = s;
        }
        // Which knelpunten each submitted signal bundles: one to five, drawn from the ids not yet taken.
        if (volumes.knelpunten() > 0 && !submitted.isEmpty()) {
            int budget = (int) (volumes.knelpunten() * 0.25);
            for (PlannedSignal s : submitted) {
                int size = 1 + random.nextInt(5);
                for (int j = 0; j < size && signalOfKnelpunt.size() < budget; j++) {
                    long id = 1 + random.nextInt(volumes.knelpunten());
                    if (signalOfKnelpunt.putIfAbsent(id, s) == null) {
                        s.knelpunten.add(id);
                    }
                }
            }
        }
    }

    /** Where a submitted signal stands {@code age} days after submission; old ones are mostly answered or closed. */
    private SignalStatus signalStatus(int age) {
        int draw = random.nextInt(100);
        if (age < 10) {
            return draw < 70 ? SignalStatus.INGEDIEND : SignalStatus.ONTVANGEN;
        }
        if (age < 60) {
            return draw < 5 ? SignalStatus.INGEDIEND : draw < 30 ? SignalStatus.ONTVANGEN : draw < 70 ? SignalStatus.IN_BEHANDELING
                    : draw < 80 ? SignalStatus.VRAGEN : SignalStatus.BEANTWOORD;
        }
        return draw < 2 ? SignalStatus.ONTVANGEN : draw < 9 ? SignalStatus.IN_BEHANDELING : draw < 12 ? SignalStatus.VRAGEN
                : draw < 42 ? SignalStatus.BEANTWOORD : SignalStatus.GESLOTEN;
    }

    private void signals() throws SQLException {
        // concept signals bundle knelpunten a coordinator has in hand at linking level (not yet attached: that happens at submission)
        Collections.shuffle(linkingInHand, random);
        int next = 0;
        for (PlannedSignal s : plannedSignals) {
            if (s.status == SignalStatus.CONCEPT) {
                int size = 1 + random.nextInt(3);
                for (int j = 0; j < size && next < linkingInHand.size(); j++) {
                    long[] candidate = linkingInHand.get(next++);
                    s.knelpunten.add(candidate[0]);
                    // added to the concept after the coordinator took it
                    Instant taken = Instant.ofEpochSecond(candidate[1]).plusSeconds(600);
                    if (taken.isAfter(s.created)) {
                        s.created = clamp(taken, taken.minusSeconds(1));
                    }
                }
            }
        }
        progress.phase("signalen / signals", plannedSignals.length);
        try (Rows insert = new Rows(connection, "szw_signal", "id", "reference", "title", "problem", "analysis", "urgency", "proposal",
                "status", "author_id", "created_at", "changed_at", "submitted_at", "submitted_on", "acknowledge_due", "answer_due",
                "acknowledged_at", "answered_at", "closed_at", "decision", "response", "forum", "responder_id");
             Rows link = Rows.deferred(connection, "szw_signal_bottleneck", "signal_id", "bottleneck_id");
             Rows event = Rows.deferred(connection, "szw_signal_event", "id", "signal_id", "occurred_at", "actor_id", "action_code",
                     "from_status", "to_status", "event_text");
             Rows message = Rows.deferred(connection, "szw_signal_message", "id", "signal_id", "author_id", "side", "kind", "body",
                     "created_at")) {
            long eventId = 0;
            long messageId = 0;
            int done = 0;
            for (PlannedSignal s : plannedSignals) {
                LocalDate submittedOn = s.submitted == null ? null : LocalDate.ofInstant(s.submitted, ZONE);
                Instant changed = latest(s.created, s.submitted, s.acknowledged, s.inHand, s.asked, s.answeredQuestions, s.answered, s.closed);
                insert.add(s.id, s.reference, cut(text.signalTitle(s.theme), 200), text.signalProblem(s.theme), text.signalAnalysis(),
                        Urgency.values()[random.nextInt(Urgency.values().length)].name(),
                        Proposal.values()[random.nextInt(Proposal.values().length)].name(), s.status.name(), (long) s.author, s.created,
                        changed, s.submitted, submittedOn, submittedOn == null ? null : SIGNAL_DEADLINES.acknowledgeBy(submittedOn),
                        submittedOn == null ? null : SIGNAL_DEADLINES.answerBy(submittedOn), s.acknowledged, s.answered, s.closed,
                        s.decision == null ? null : s.decision.name(), s.response,
                        s.decision == Decision.DOORVERWEZEN ? "Bestuurlijk Overleg Inburgering" : null,
                        s.responder == null ? null : (long) (int) s.responder);
                event.add(++eventId, s.id, s.created, (long) s.author, SignalEvent.CREATED, null, SignalStatus.CONCEPT.name(), null);
                Instant t = s.created;
                for (long knelpunt : s.knelpunten) {
                    link.add(s.id, knelpunt);
                    t = t.plusSeconds(30);
                    event.add(++eventId, s.id, t, (long) s.author, SignalAction.KNELPUNT_TOEVOEGEN.name(), SignalStatus.CONCEPT.name(),
                            SignalStatus.CONCEPT.name(), reference(knelpunt));
                }
                SignalStatus from = SignalStatus.CONCEPT;
                if (s.submitted != null) {
                    from = signalStep(event, ++eventId, s, s.submitted, s.author, SignalAction.INDIENEN, SignalRole.COORDINATOR, from, null);
                }
                if (s.acknowledged != null) {
                    from = signalStep(event, ++eventId, s, s.acknowledged, s.acknowledger, SignalAction.ONTVANGST_BEVESTIGEN,
                            SignalRole.MINISTRY, from, null);
                }
                if (s.inHand != null) {
                    from = signalStep(event, ++eventId, s, s.inHand, s.acknowledger, SignalAction.IN_BEHANDELING_NEMEN, SignalRole.MINISTRY,
                            from, null);
                }
                if (s.asked != null) {
                    String question = "Kunt u aangeven in hoeveel gemeenten dit speelt en sinds wanneer?";
                    from = signalStep(event, ++eventId, s, s.asked, s.acknowledger, SignalAction.VRAGEN_STELLEN, SignalRole.MINISTRY, from,
                            question);
                    message.add(++messageId, s.id, (long) s.acknowledger, SignalRole.MINISTRY.name(), SignalMessage.Kind.VRAAG.name(), question,
                            s.asked);
                }
                if (s.answeredQuestions != null) {
                    String answer = "Het speelt in " + (3 + random.nextInt(30)) + " gemeenten, sinds ongeveer een half jaar.";
                    from = signalStep(event, ++eventId, s, s.answeredQuestions, s.author, SignalAction.VRAGEN_BEANTWOORDEN,
                            SignalRole.COORDINATOR, from, answer);
                    message.add(++messageId, s.id, (long) s.author, SignalRole.COORDINATOR.name(), SignalMessage.Kind.ANTWOORD.name(), answer,
                            s.answeredQuestions);
                }
                if (s.answered != null) {
                    from = signalStep(event, ++eventId, s, s.answered, s.responder, SignalAction.BEANTWOORDEN, SignalRole.MINISTRY, from,
                            s.response);
                }
                if (s.closed != null) {
                    from = signalStep(event, ++eventId, s, s.closed, s.responder, SignalAction.SLUITEN, SignalRole.MINISTRY, from, null);
                }
                if (from != s.status) {
                    throw new IllegalStateException(s.reference + " planned as " + s.status + " but its steps end at " + from);
                }
                if (++done % 500 == 0) {
                    batchWritten(done, insert.count() + link.count() + event.count(), insert, link, event, message);
                }
            }
            phaseWritten(done, insert, link, event, message);
        }
        commit();
    }

    private SignalStatus signalStep(Rows event, long eventId, PlannedSignal s, Instant at, int actor, SignalAction action, SignalRole by,
                                    SignalStatus from, String note) throws SQLException {
        SignalStatus to = nl.lerendstelsel.domain.model.signal.SignalWorkflow.next(from, action, by, note);
        event.add(eventId, s.id, at, (long) actor, action.name(), from.name(), to.name(), note);
        return to;
    }

    // ---------------------------------------------------------------------------------------------------- knelpunten

    /** The walk of one knelpunt through the workflow; the history rows are written as it goes. */
    private final class Walk {
        final long id;
        final String reference;
        final int reporter;
        final Integer cop;
        final String gemeente;
        Level level = BottleneckWorkflow.START_LEVEL;
        Status status = BottleneckWorkflow.START_STATUS;
        Deadline clock;
        Integer assignee;
        String resolution;
        Instant time;
        LocalDate finishedOn;
        int asked;

        Walk(long id, String reference, int reporter, Integer cop, String gemeente, Instant reportedAt) {
            this.id = id;
            this.reference = reference;
            this.reporter = reporter;
            this.cop = cop;
            this.gemeente = gemeente;
            this.time = reportedAt;
            this.clock = DEADLINES.onReport(null, LocalDate.ofInstant(reportedAt, ZONE));
        }

        /** One step of the table at {@code at} by {@code actor} (null: the system). */
        void step(Rows events, Action action, Integer actor, String note, Instant at) throws SQLException {
            Transition transition = BottleneckWorkflow.find(level, status, action)
                    .orElseThrow(() -> new IllegalStateException(reference + ": no " + action + " from " + level + "/" + status));
            at = at.isAfter(time) ? at : time.plusSeconds(60);
            LocalDate day = LocalDate.ofInstant(at, ZONE);
            events.add(nextEventId(), id, at, actor == null ? null : (long) (int) actor, action.name(), level.name(), status.name(),
                    transition.toLevel().name(), transition.toStatus().name(), note);
            clock = DEADLINES.after(level, status, transition.toLevel(), transition.toStatus(), clock, null, day);
            if (transition.requirement() == Requirement.FEEDBACK) {
                resolution = note;
            }
            if (action == Action.IN_BEHANDELING_NEMEN) {
                assignee = actor;
            } else if (transition.changesLevel()) {
                assignee = null;
            }
            level = transition.toLevel();
            status = transition.toStatus();
            finishedOn = status.isOpen() ? null : day;
            time = at;
        }
    }

    private long eventId;

    private long nextEventId() {
        return ++eventId;
    }

    private void knelpunten() throws SQLException {
        int n = volumes.knelpunten();
        progress.phase("knelpunten (met historie, steun, reacties) / knelpunten (with history, supports, comments)", n);
        Map<Integer, Integer> referenceCounter = new HashMap<>();
        // reference numbers follow the report dates: draw all dates first, then number them in date order per year
        Instant[] reportedAt = new Instant[n + 1];
        for (int id = 1; id <= n; id++) {
            PlannedSignal signal = signalOfKnelpunt.get((long) id);
            if (signal != null) {
                reportedAt[id] = clamp(signal.created.minus(5 + random.nextInt(105), ChronoUnit.DAYS));
            } else {
                int age = (int) (730 * Math.pow(random.nextDouble(), 1.15));
                LocalDate day = today.minusDays(age);
                if (!CALENDAR.isWorkingDay(day) && random.nextInt(100) < 85) {
                    day = workingDayOnOrBefore(day);
                }
                reportedAt[id] = clamp(day.atTime(8 + random.nextInt(10), random.nextInt(60), random.nextInt(60)).atZone(ZONE).toInstant());
            }
        }
        Integer[] byDate = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDate[i] = i + 1;
        }
        Arrays.sort(byDate, (a, b) -> reportedAt[a].compareTo(reportedAt[b]));
        String[] references = new String[n + 1];
        for (int id : byDate) {
            int year = LocalDate.ofInstant(reportedAt[id], ZONE).getYear();
            int number = referenceCounter.merge(year, 1, Integer::sum);
            references[id] = String.format("KP-%d-%05d", year, number);
        }
        this.knelpuntReferences = references;
        this.knelpuntCounter = referenceCounter;

        try (Rows insert = new Rows(connection, "bottleneck", "id", "reference", "title", "description", "theme_code", "gemeente_code",
                "organisation_code", "affected_group", "estimated_scale", "proposed_solution", "level_code", "status_code", "reporter_id",
                "assignee_id", "reported_at", "changed_at", "resolution", "due_date", "paused_remaining", "waiting_until", "proposed",
                "restricted", "cop_id", "reported_on", "finished_on");
             Rows events = Rows.deferred(connection, "bottleneck_event", "id", "bottleneck_id", "occurred_at", "actor_id", "action_code",
                     "from_level", "from_status", "to_level", "to_status", "event_text");
             Rows supports = Rows.deferred(connection, "bottleneck_support", "id", "bottleneck_id", "supporter_id", "organisation_code",
                     "gemeente_code", "note", "supported_at");
             Rows comments = Rows.deferred(connection, "bottleneck_comment", "id", "bottleneck_id", "author_id", "body", "created_at");
             Rows followers = Rows.deferred(connection, "bottleneck_follower", "bottleneck_id", "user_id", "since");
             Rows terms = Rows.deferred(connection, "bottleneck_term", "bottleneck_id", "term", "weight");
             Rows tags = Rows.deferred(connection, "bottleneck_tag", "bottleneck_id", "tag");
             Rows targetGroups = Rows.deferred(connection, "bottleneck_target_group", "bottleneck_id", "target_group")) {
            long supportId = 0;
            long commentId = 0;
            LocalDate yearAgo = today.minusYears(1).plusDays(1);
            for (int id = 1; id <= n; id++) {
                String gemeente = gemeenteOrder[pick(gemeenteWeights)];
                List<Integer> local = professionalsOf.get(gemeente);
                int reporter = random.nextInt(100) < 85 && local != null ? local.get(random.nextInt(local.size()))
                        : professionals.get(random.nextInt(professionals.size()));
                String organisation = userOrganisation[reporter];
                List<Integer> reporterCops = copsOfUser.get(reporter);
                Integer cop = reporterCops != null && random.nextInt(100) < 45 ? reporterCops.get(random.nextInt(reporterCops.size())) : null;
                String theme = cop != null && random.nextBoolean() ? copTheme[cop] : themeOrder[pick(themeWeights)];
                String title = cut(text.title(theme), 200);
                String description = text.description(theme, title, gemeenteName.get(gemeente));
                Instant reported = reportedAt[id];
                LocalDate reportedOn = LocalDate.ofInstant(reported, ZONE);

                Walk walk = new Walk(id, references[id], reporter, cop, gemeente, reported);
                events.add(nextEventId(), (long) id, reported, (long) reporter, BottleneckEvent.REPORTED, null, null,
                        Level.EXECUTION.name(), Status.GEMELD.name(), null);
                PlannedSignal signal = signalOfKnelpunt.get((long) id);
                if (signal != null) {
                    toSystem(walk, events, signal);
                } else {
                    wander(walk, events);
                }

                // "Ook bij ons": one support per organisation, never the reporter's own
                Set<String> supporting = new HashSet<>();
                supporting.add(organisation);
                Set<String> supportGemeenten = new HashSet<>(List.of(gemeente));
                Set<String> supportRegions = new HashSet<>(List.of(regionOfGemeente.get(gemeente)));
                int wanted = random.nextInt(100) < 3 ? 5 + random.nextInt(20) : geometric(0.42);
                Instant supportUntil = walk.finishedOn == null ? now : min(now, walk.time);
                for (int k = 0; k < wanted * 2 && supporting.size() <= wanted; k++) {
                    int supporter = professionals.get(random.nextInt(professionals.size()));
                    String supporterOrganisation = userOrganisation[supporter];
                    if (!supporting.add(supporterOrganisation)) {
                        continue;
                    }
                    boolean isGemeente = regionOfGemeente.containsKey(supporterOrganisation);
                    if (isGemeente) {
                        supportGemeenten.add(supporterOrganisation);
                        supportRegions.add(regionOfGemeente.get(supporterOrganisation));
                    }
                    supports.add(++supportId, (long) id, (long) supporter, supporterOrganisation, isGemeente ? supporterOrganisation : null,
                            text.supportNote(), between(reported, supportUntil));
                }
                boolean proposed = SupportSummary.of(supporting.size() - 1, supportGemeenten.size(), supportRegions.size(),
                        GEMEENTEN_THRESHOLD, REGIONS_THRESHOLD).proposedForEscalation();

                // comments; commenting follows the knelpunt
                if (random.nextInt(100) < 25) {
                    Set<Integer> following = new HashSet<>();
                    int count = 1 + random.nextInt(3);
                    Instant last = reported;
                    for (int c = 0; c < count; c++) {
                        int author = random.nextInt(3) == 0 && walk.assignee != null ? walk.assignee
                                : professionals.get(random.nextInt(professionals.size()));
                        last = between(last, now);
                        comments.add(++commentId, (long) id, (long) author, text.comment(), last);
                        if (following.add(author)) {
                            followers.add((long) id, (long) author, last);
                        }
                    }
                }
                for (Map.Entry<String, Integer> term : TextTerms.of(title, description).entrySet()) {
                    terms.add((long) id, term.getKey(), term.getValue());
                }
                if (random.nextInt(100) < 30) {
                    for (String tag : new LinkedHashSet<>(text.tags(theme))) {
                        tags.add((long) id, tag);
                    }
                }
                for (TargetGroup group : targetGroups()) {
                    targetGroups.add((long) id, group.name());
                }

                boolean restricted = random.nextInt(100) < 10;
                Deadline clock = walk.clock == null ? Deadline.NONE : walk.clock;
                insert.add((long) id, references[id], title, description, theme, gemeente, organisation,
                        random.nextInt(100) < 60 ? text.affectedGroup() : null,
                        random.nextInt(100) < 70 ? EstimatedScale.values()[random.nextInt(EstimatedScale.values().length)].name() : null,
                        random.nextInt(100) < 40 ? text.proposedSolution() : null, walk.level.name(), walk.status.name(), (long) reporter,
                        walk.assignee == null ? null : (long) (int) walk.assignee, reported, walk.time, walk.resolution, clock.due(),
                        clock.pausedRemaining(), clock.waitingUntil(), proposed ? 1 : 0, restricted ? 1 : 0,
                        cop == null ? null : (long) (int) cop, reportedOn, walk.finishedOn);
                perStatus.merge(walk.level.name() + "/" + walk.status.name(), 1, Integer::sum);
                if (walk.level == Level.LINKING && walk.status == Status.IN_BEHANDELING) {
                    linkingInHand.add(new long[]{id, walk.time.getEpochSecond()});
                }
                if (!reportedOn.isBefore(yearAgo)) {
                    reportedPerTheme.merge(theme, 1, Integer::sum);
                    reportedPerRegion.merge(regionOfGemeente.get(gemeente), 1, Integer::sum);
                }
                if (id % Rows.BATCH == 0) {
                    // the knelpunten go first, the rows that refer to them after
                    batchWritten(id, insert.count() + events.count() + supports.count() + terms.count() + comments.count(),
                            insert, events, supports, comments, followers, terms, tags, targetGroups);
                }
            }
            phaseWritten(n, insert, events, supports, comments, followers, terms, tags, targetGroups);
        }
        commit();
    }

    /** The target groups a knelpunt names: none for about 40 %, mostly statushouders, sometimes two. */
    private Set<TargetGroup> targetGroups() {
        int draw = later.nextInt(100);
        if (draw < 40) {
            return Set.of();
        }
        double[] weights = {0.55, 0.80, 0.92, 1.0}; // statushouders, gezinsmigranten, overige, vrijwillige
        Set<TargetGroup> groups = new java.util.TreeSet<>();
        for (int k = draw < 88 ? 1 : 2; k > 0; k--) {
            double r = later.nextDouble();
            int index = 0;
            while (r > weights[index]) {
                index++;
            }
            groups.add(TargetGroup.values()[index]);
        }
        return groups;
    }

    /** Five years of yearly monitor rounds to all gemeenten ({@link MonitorRoundsData}). */
    private void monitorRounds() throws SQLException {
        progress.phase("monitorrondes / monitor rounds", MonitorRoundsData.YEARS);
        new MonitorRoundsData(connection, seed, today, List.of(gemeenteOrder), professionalsOf, demo.get("coordinator")).generate()
                .forEach((table, count) -> rows.merge(table, count, Long::sum));
        progress.advance(MonitorRoundsData.YEARS);
    }

    private String[] knelpuntReferences;
    private Map<Integer, Integer> knelpuntCounter;

    private String reference(long id) {
        return knelpuntReferences[(int) id];
    }

    /** A knelpunt bundled into a submitted signal: taken, escalated, taken at linking level, attached at submission, answered with it. */
    private void toSystem(Walk walk, Rows events, PlannedSignal signal) throws SQLException {
        Instant start = walk.time;
        // everything up to the coordinator taking it happens before the signal is written (it is added to the concept)
        long span = Duration.between(start, signal.created).getSeconds();
        int facilitator = executionHandler(walk);
        walk.step(events, Action.IN_BEHANDELING_NEMEN, facilitator, null, start.plusSeconds(span / 10));
        if (random.nextInt(100) < 20) {
            walk.step(events, Action.INFORMATIE_VRAGEN, facilitator, text.infoQuestion(), start.plusSeconds(span / 6));
            walk.step(events, Action.INFORMATIE_ONTVANGEN, walk.reporter, text.infoAnswer(), start.plusSeconds(span / 4));
        }
        walk.step(events, Action.OPSCHALEN, facilitator, text.escalationReason(), start.plusSeconds(span * 2 / 5));
        walk.step(events, Action.IN_BEHANDELING_NEMEN, signal.author, null, start.plusSeconds(span * 3 / 5));
        walk.step(events, Action.AAN_SIGNAAL_KOPPELEN, signal.author, signal.reference, signal.submitted);
        if (signal.answered != null) {
            // adopted: in follow-up (open, nothing to reopen); not adopted or referred: closed, which the reporter may reopen
            boolean adopted = signal.decision != null && signal.decision.isAdopted();
            walk.step(events, adopted ? Action.SIGNAAL_OVERGENOMEN : Action.SIGNAAL_BEANTWOORD, null, signal.response, signal.answered);
            Instant reopen = signal.answered.plus(1 + random.nextInt(25), ChronoUnit.DAYS);
            if (!adopted && random.nextInt(100) < 3 && reopen.isBefore(now)) {
                walk.step(events, Action.HEROPENEN, walk.reporter, text.reopenReason(), reopen);
            }
        }
    }

    /**
     * An ordinary knelpunt: walks the table from gemeld with realistic choices and delays (in days) until it is finished, stalls,
     * or the next step would lie in the future.
     */
    private void wander(Walk walk, Rows events) throws SQLException {
        for (int steps = 0; steps < 16; steps++) {
            if (walk.status.isOpen() && walk.status != Status.WACHT_OP_INFORMATIE && random.nextInt(100) < 3) {
                return; // nobody acts: stays where it is (and runs overdue); a wait always ends, the scheduled job sees to that
            }
            Action action;
            Integer actor;
            String note = null;
            double delay;
            boolean execution = walk.level == Level.EXECUTION;
            switch (walk.status) {
                case GEMELD, TERUGGELEGD, HEROPEND -> {
                    action = Action.IN_BEHANDELING_NEMEN;
                    actor = execution ? executionHandler(walk) : coordinators.get(random.nextInt(coordinators.size()));
                    delay = lognormal(execution ? 2 : 4);
                }
                case IN_BEHANDELING -> {
                    actor = walk.assignee;
                    int draw = random.nextInt(100);
                    int askLimit = walk.asked < 2 ? 15 : 0;
                    if (execution) {
                        action = draw < askLimit ? Action.INFORMATIE_VRAGEN : draw < 32 ? Action.OPSCHALEN : draw < 47 ? Action.SLUITEN
                                : Action.OPLOSSEN;
                    } else {
                        action = draw < askLimit ? Action.INFORMATIE_VRAGEN : draw < 33 ? Action.TERUGLEGGEN : draw < 48 ? Action.SLUITEN
                                : Action.OPLOSSEN;
                    }
                    note = switch (action) {
                        case INFORMATIE_VRAGEN -> text.infoQuestion();
                        case OPSCHALEN -> text.escalationReason();
                        case TERUGLEGGEN -> text.returnFeedback();
                        case SLUITEN -> text.closing();
                        default -> text.resolution();
                    };
                    delay = lognormal(execution ? 7 : 20);
                    if (action == Action.INFORMATIE_VRAGEN) {
                        walk.asked++;
                    }
                }
                case WACHT_OP_INFORMATIE -> {
                    double answerIn = lognormal(4);
                    LocalDate expires = walk.clock.waitingUntil();
                    Instant expiry = expires == null ? null : at(expires, 7);
                    if (expiry != null && (random.nextInt(100) < 15 || walk.time.plus(Math.round(answerIn * 24), ChronoUnit.HOURS).isAfter(expiry))) {
                        action = Action.TERMIJN_VERLOPEN;
                        actor = null;
                        note = WAIT_EXPIRED;
                        delay = Math.max(0.01, Duration.between(walk.time, expiry).toMinutes() / 1440.0);
                    } else {
                        action = Action.INFORMATIE_ONTVANGEN;
                        actor = walk.reporter;
                        note = text.infoAnswer();
                        delay = answerIn;
                    }
                }
                case OPGELOST -> {
                    if (random.nextInt(100) >= 5) {
                        return;
                    }
                    action = Action.HEROPENEN;
                    actor = walk.reporter;
                    note = text.reopenReason();
                    delay = 1 + random.nextInt(28);
                }
                default -> {
                    return; // gesloten; opgeschaald (only through a signal)
                }
            }
            Instant at = walk.time.plusSeconds(Math.max(60, Math.round(delay * 86_400)));
            if (actor != null) {
                at = officeHours(at); // people act on working days; the system's job at any time
            }
            if (at.isAfter(now)) {
                return;
            }
            walk.step(events, action, actor, note, at);
        }
    }

    /** Who handles at execution level: a facilitator of the knelpunt's CoP, else one of the gemeente, else any. */
    private int executionHandler(Walk walk) {
        if (walk.cop != null) {
            List<Integer> hosts = copFacilitators.get(walk.cop);
            return hosts.get(random.nextInt(hosts.size()));
        }
        List<Integer> local = facilitatorsOf.get(walk.gemeente);
        if (local != null && random.nextInt(100) < 70) {
            return local.get(random.nextInt(local.size()));
        }
        return facilitators.get(random.nextInt(facilitators.size()));
    }

    // ----------------------------------------------------------------------------------------------------------- Q&A

    private void qa() throws SQLException {
        int n = volumes.qa();
        progress.phase("vraag en antwoord / Q&A", n);
        List<Long> published = new ArrayList<>();
        try (Rows entry = new Rows(connection, "qa_entry", "id", "theme_code", "current_version_id", "latest_number", "created_at", "changed_at");
             Rows partner = Rows.deferred(connection, "qa_entry_partner", "entry_id", "partner");
             Rows version = Rows.deferred(connection, "qa_version", "id", "entry_id", "number", "question", "answer", "valid_from", "valid_until",
                     "status", "change_note", "author", "created_at", "published_at");
             Rows law = Rows.deferred(connection, "qa_version_law", "version_id", "position", "law", "article", "paragraph");
             Rows approval = Rows.deferred(connection, "qa_approval", "version_id", "partner", "editor", "approved_at");
             Rows feedback = Rows.deferred(connection, "qa_feedback", "id", "entry_id", "version_id", "useful", "comment_text", "created_at");
             Rows links = Rows.deferred(connection, "qa_entry_bottleneck", "entry_id", "bottleneck_id")) {
            long versionId = 0;
            long feedbackId = 0;
            for (long id = 1; id <= n; id++) {
                String theme = themeOrder[pick(themeWeights)];
                Set<Partner> signers = EnumSet.of(Partner.DIVOSA);
                if (random.nextInt(100) < 40) {
                    signers.add(Partner.VNG);
                }
                if (random.nextInt(100) < 25) {
                    signers.add(Partner.SZW);
                }
                // how the entry stands: mostly published (some with a newer draft), some never published, some withdrawn
                int draw = random.nextInt(100);
                int publishedVersions = draw < 10 ? 0 : 1 + (random.nextInt(100) < 25 ? 1 + random.nextInt(2) : 0);
                boolean withdrawn = publishedVersions > 0 && draw >= 98;
                VersionStatus draft = draw < 7 ? VersionStatus.CONCEPT : draw < 10 ? VersionStatus.TER_REVIEW
                        : draw < 16 ? VersionStatus.CONCEPT : draw < 19 ? VersionStatus.TER_REVIEW : null;
                int versions = publishedVersions + (draft == null || withdrawn ? 0 : 1);
                Instant created = clamp(at(today.minusDays(30 + random.nextInt(1000)), 9 + random.nextInt(8)));
                Instant t = created;
                String question = text.qaQuestion();
                Long current = null;
                Instant changed = created;
                long firstVersion = versionId + 1;
                for (int number = 1; number <= versions; number++) {
                    long vid = ++versionId;
                    boolean isPublished = number <= publishedVersions;
                    boolean isCurrent = isPublished && number == publishedVersions && !withdrawn;
                    VersionStatus status = isCurrent ? VersionStatus.GEPUBLICEERD : isPublished ? VersionStatus.GEARCHIVEERD : draft;
                    int author = editors.get(Partner.DIVOSA).get(random.nextInt(editors.get(Partner.DIVOSA).size()));
                    Instant versionCreated = number == 1 ? created : later(t, 1);
                    Instant publishedAt = null;
                    t = versionCreated;
                    if (isPublished || status == VersionStatus.TER_REVIEW) {
                        Instant approved = t;
                        for (Partner p : signers) {
                            if (!isPublished && random.nextBoolean()) {
                                continue; // still waiting for this partner
                            }
                            approved = later(approved, 1 + random.nextInt(3));
                            List<Integer> signersOf = editors.get(p);
                            approval.add(vid, p.name(), userName[signersOf.get(random.nextInt(signersOf.size()))], approved);
                        }
                        if (isPublished) {
                            publishedAt = approved;
                            changed = approved;
                        }
                        t = approved;
                    }
                    if (isCurrent) {
                        current = vid;
                    }
                    LocalDate validFrom = publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZONE);
                    version.add(vid, id, number, cut(number == 1 || random.nextInt(3) > 0 ? question : text.qaQuestion(), 300), text.qaAnswer(),
                            validFrom, null, status.name(), number == 1 ? null : "Aangepast aan de nieuwe handreiking.", userName[author],
                            versionCreated, publishedAt);
                    int position = 0;
                    for (String code : text.lawReferences()) {
                        LawReference ref = LawReference.parse(code);
                        law.add(vid, position++, ref.getLaw().name(), ref.getArticle(), ref.getParagraph());
                    }
                }
                if (withdrawn) {
                    changed = later(t, 10 + random.nextInt(60));
                }
                entry.add(id, theme, null, versions, created, changed);
                for (Partner p : signers) {
                    partner.add(id, p.name());
                }
                if (current != null) {
                    published.add(id);
                    int count = geometric(0.5);
                    for (int f = 0; f < count; f++) {
                        boolean useful = random.nextInt(100) < 75;
                        feedback.add(++feedbackId, id, current, useful ? 1 : 0,
                                !useful && random.nextBoolean() ? "Het antwoord gaat niet in op de situatie bij verhuizing." : null,
                                between(changed, now));
                    }
                    if (volumes.knelpunten() > 0 && random.nextInt(100) < 5) {
                        links.add(id, 1L + random.nextInt(volumes.knelpunten()));
                    }
                }
                if (versions == 0) {
                    throw new IllegalStateException("Q&A entry without a version");
                }
                if (firstVersion > versionId) {
                    throw new IllegalStateException("no versions written");
                }
                if (id % 500 == 0) {
                    // entries first (without their current version: the foreign keys point both ways), then what refers to them
                    batchWritten(id, entry.count() + version.count() + law.count() + approval.count(),
                            entry, partner, version, law, approval, feedback, links);
                }
            }
            flushInOrder(entry, partner, version, law, approval, feedback, links);
            count(entry, partner, version, law, approval, feedback, links);
        }
        // the current (published) version of every entry, now that both are in
        try (java.sql.PreparedStatement pointer = connection.prepareStatement(
                "UPDATE qa_entry SET current_version_id = (SELECT MAX(v.id) FROM qa_version v WHERE v.entry_id = qa_entry.id AND v.status = ?)")) {
            pointer.setString(1, VersionStatus.GEPUBLICEERD.name());
            pointer.executeUpdate();
        }
        publishedQa = published.stream().mapToLong(Long::longValue).toArray();
        questions();
        progress.advance(n);
        commit();
    }

    /** Questions people asked the editors: new, answered with an entry, or declined. */
    private void questions() throws SQLException {
        int n = volumes.qa() / 5;
        try (Rows question = new Rows(connection, "qa_question", "id", "asked_by", "theme_code", "text", "status", "entry_id", "reason",
                "created_at")) {
            for (long id = 1; id <= n; id++) {
                int draw = random.nextInt(100);
                QuestionStatus status = draw < 40 || publishedQa.length == 0 ? QuestionStatus.NIEUW
                        : draw < 85 ? QuestionStatus.BEANTWOORD : QuestionStatus.AFGEWEZEN;
                question.add(id, (long) (int) professionals.get(random.nextInt(professionals.size())),
                        random.nextInt(100) < 80 ? themeOrder[pick(themeWeights)] : null, text.qaQuestion(), status.name(),
                        status == QuestionStatus.BEANTWOORD ? publishedQa[random.nextInt(publishedQa.length)] : null,
                        status == QuestionStatus.AFGEWEZEN ? "Deze vraag gaat over een individuele situatie; neem contact op met uw gemeente." : null,
                        clamp(at(today.minusDays(random.nextInt(500)), 9 + random.nextInt(8))));
            }
            count(question);
        }
    }

    /** Kennisbank items: one per hundred Q&amp;A entries, at least a few. */
    private void knowledge() throws SQLException {
        int n = Math.max(5, volumes.qa() / 100);
        String[] sources = {"Divosa", "VNG", "KIS", "Ministerie van SZW", "Pharos", "Movisie", "Blik op Werk"};
        try (Rows item = new Rows(connection, "knowledge_item", "id", "title", "source_organisation", "published_on", "summary", "link",
                "type", "changed_at");
             Rows theme = new Rows(connection, "knowledge_item_theme", "item_id", "theme_code")) {
            for (long id = 1; id <= n; id++) {
                String themeCode = themeOrder[pick(themeWeights)];
                KnowledgeType type = KnowledgeType.values()[random.nextInt(KnowledgeType.values().length)];
                LocalDate published = today.minusDays(10 + random.nextInt(900));
                item.add(id, cut((type == KnowledgeType.HANDREIKING ? "Handreiking: " : type == KnowledgeType.ONDERZOEK ? "Onderzoek: "
                                : "") + text.subject(themeCode) + " in de praktijk", 300), text.pick(sources), published,
                        text.description(themeCode, text.title(themeCode), gemeenteName.get(gemeenteOrder[pick(gemeenteWeights)])),
                        "https://www.divosa.nl/onderwerpen/inburgering", type.name(), at(published, 12));
                theme.add(id, themeCode);
            }
            count(item, theme);
        }
    }

    // --------------------------------------------------------------------------------------------------- discussions

    private void discussions() throws SQLException {
        int total = volumes.posts();
        progress.phase("CoP-discussies / CoP discussions", total);
        try (Rows thread = new Rows(connection, "cop_thread", "id", "cop_id", "title", "author_id", "created_at", "last_post_at",
                "post_count", "pinned", "locked");
             Rows post = Rows.deferred(connection, "cop_post", "id", "thread_id", "author_id", "body", "body_html", "created_at", "edited_at",
                     "deleted_at", "status", "status_reason", "open_flags");
             Rows revision = Rows.deferred(connection, "cop_post_revision", "id", "post_id", "body", "body_html", "written_at");
             Rows follower = Rows.deferred(connection, "cop_thread_follower", "thread_id", "user_id", "since")) {
            long threadId = 0;
            long postId = 0;
            long revisionId = 0;
            int written = 0;
            while (written < total) {
                int cop = 1 + pick(copWeights);
                List<Integer> members = copMembers.get(cop);
                int posts = Math.min(total - written, 1 + geometric(0.91));
                long id = ++threadId;
                int author = members.get(random.nextInt(members.size()));
                Instant created = clamp(at(today.minusDays(1 + (int) (700 * Math.pow(random.nextDouble(), 1.3))), 8 + random.nextInt(10)));
                Instant t = created;
                Set<Integer> following = new LinkedHashSet<>();
                for (int p = 0; p < posts; p++) {
                    int writer = p == 0 ? author : members.get(random.nextInt(members.size()));
                    if (p > 0) {
                        t = min(now, t.plusSeconds(60 + (long) (lognormal(0.5) * 86_400)));
                    }
                    PostBody body = PostBody.fromMarkup(text.postMarkup(copTheme[cop]));
                    long pid = ++postId;
                    Instant edited = null;
                    if (random.nextInt(100) < 3) {
                        // edited later: the revision keeps the text as first written
                        PostBody earlier = PostBody.fromMarkup(text.postMarkup(copTheme[cop]));
                        edited = min(now, t.plusSeconds(600 + random.nextInt(86_400)));
                        revision.add(++revisionId, pid, earlier.source(), earlier.html(), t);
                    }
                    Instant deleted = p > 0 && random.nextInt(100) < 1 ? min(now, t.plusSeconds(3_600)) : null;
                    post.add(pid, id, (long) writer, body.source(), body.html(), t, edited, deleted, PostStatus.ZICHTBAAR.name(), null, 0);
                    if (following.add(writer)) {
                        follower.add(id, (long) writer, t); // writing follows the thread
                    }
                }
                thread.add(id, (long) cop, cut(text.threadTitle(copTheme[cop]), 200), (long) author, created, t, posts,
                        random.nextInt(100) < 2 ? 1 : 0, random.nextInt(100) < 3 ? 1 : 0);
                int before = written / Rows.BATCH;
                written += posts;
                if (written / Rows.BATCH != before) {
                    batchWritten(written, thread.count() + post.count() + follower.count(), thread, post, revision, follower);
                }
            }
            phaseWritten(written, thread, post, revision, follower);
        }
        commit();
    }

    // ------------------------------------------------------------------------------------- counters and sequences

    /** The per-year reference counters and every id sequence continue after the generated rows. */
    private void counters() throws SQLException {
        try (Rows counter = new Rows(connection, "reference_counter", "kind", "counter_year", "last_value")) {
            for (Map.Entry<Integer, Integer> e : knelpuntCounter == null ? Map.<Integer, Integer>of().entrySet() : knelpuntCounter.entrySet()) {
                counter.add("KP", e.getKey(), (long) e.getValue());
            }
            Map<Integer, Integer> signalsPerYear = new HashMap<>();
            for (PlannedSignal s : plannedSignals) {
                signalsPerYear.merge(Integer.parseInt(s.reference.substring(4, 8)), 1, Integer::sum);
            }
            for (Map.Entry<Integer, Integer> e : signalsPerYear.entrySet()) {
                counter.add("SIG", e.getKey(), (long) e.getValue());
            }
        }
        commit();
        restartSequences(connection);
    }

    /**
     * Moves every id sequence past the highest id in its table. EclipseLink takes the value it gets as the end of a block
     * of allocationSize ids, so the next value must be at least the highest id plus one block. Derby has no ALTER
     * SEQUENCE … RESTART, so the sequence is dropped and created again, as the migration created it.
     */
    public static void restartSequences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : SEQUENCED) {
                long max;
                try (ResultSet rs = statement.executeQuery("SELECT MAX(id) FROM " + table)) {
                    rs.next();
                    max = rs.getLong(1);
                }
                if (max == 0) {
                    continue;
                }
                int increment = table.equals("user_profile") ? 20 : 50;
                long start = ((max + increment) / increment + 1) * increment;
                statement.executeUpdate("DROP SEQUENCE " + table + "_seq RESTRICT");
                statement.executeUpdate("CREATE SEQUENCE " + table + "_seq AS BIGINT START WITH " + start + " INCREMENT BY " + increment);
            }
        }
        connection.commit();
    }

    /** Derby's optimizer statistics for every table, as its statistics daemon keeps them in the server. */
    public static void updateDerbyStatistics(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        String schema = connection.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        try (java.sql.PreparedStatement update = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
            for (String table : tables) {
                update.setString(1, schema);
                update.setString(2, table);
                update.execute();
            }
        }
        connection.setAutoCommit(autoCommit);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private static void flushInOrder(Rows... tables) throws SQLException {
        for (Rows table : tables) {
            table.flush();
        }
    }

    /** A batch of a phase is written: the tables flushed in this order, the progress shown, a commit if {@code written} makes one due. */
    private void batchWritten(long done, long written, Rows... tables) throws SQLException {
        flushInOrder(tables);
        progress.advance(done);
        commitIfDue(written);
    }

    /** A phase is written: the tables flushed in this order and counted, the progress shown. */
    private void phaseWritten(long done, Rows... tables) throws SQLException {
        flushInOrder(tables);
        count(tables);
        progress.advance(done);
    }

    private void count(Rows... tables) throws SQLException {
        for (Rows table : tables) {
            table.flush();
            rows.merge(table.table(), table.count(), Long::sum);
        }
    }

    private void commit() throws SQLException {
        connection.commit();
        uncommitted = 0;
    }

    private long lastCommitRows;

    /** Commits when about {@link #COMMIT_ROWS} rows were written since the last commit; {@code written} is a running total. */
    private void commitIfDue(long written) throws SQLException {
        if (written - lastCommitRows >= COMMIT_ROWS || written < lastCommitRows) {
            connection.commit();
            lastCommitRows = written;
        }
    }

    private int pick(double[] cumulative) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return Math.min(index < 0 ? -index - 1 : index, cumulative.length - 1);
    }

    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** Number of successes before the first failure, each with probability {@code p}: mean p / (1 - p). */
    private int geometric(double p) {
        int n = 0;
        while (random.nextDouble() < p && n < 1_000) {
            n++;
        }
        return n;
    }

    /** A positive number of days around {@code median}, with a long tail. */
    private double lognormal(double median) {
        return median * Math.exp(0.8 * random.nextGaussian());
    }

    /** The moment itself on a working day between 8 and 18 (Amsterdam), else the next working morning. */
    private Instant officeHours(Instant t) {
        java.time.ZonedDateTime local = t.atZone(ZONE);
        if (CALENDAR.isWorkingDay(local.toLocalDate()) && local.getHour() >= 8 && local.getHour() < 18) {
            return t;
        }
        LocalDate day = local.getHour() < 8 ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        while (!CALENDAR.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return at(day, 8 + random.nextInt(3));
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, random.nextInt(60), random.nextInt(60)).atZone(ZONE).toInstant();
    }

    private Instant later(Instant t, int days) {
        return clamp(t.plus(days, ChronoUnit.DAYS).plusSeconds(random.nextInt(3_600)), t);
    }

    /** Not after now. */
    private Instant clamp(Instant t) {
        return t.isAfter(now) ? now.minusSeconds(60) : t;
    }

    /** Not after now, and after {@code floor}. */
    private Instant clamp(Instant t, Instant floor) {
        Instant capped = t.isAfter(now) ? now : t;
        return capped.isAfter(floor) ? capped : floor.plusSeconds(1);
    }

    private Instant between(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return seconds <= 0 ? from : from.plusSeconds((long) (random.nextDouble() * Math.min(seconds, 60L * 86_400)));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant... moments) {
        Instant result = null;
        for (Instant t : moments) {
            if (t != null && (result == null || t.isAfter(result))) {
                result = t;
            }
        }
        return result;
    }

    private static LocalDate workingDayOnOrBefore(LocalDate day) {
        return CALENDAR.isWorkingDay(day) ? day : CALENDAR.plusWorkingDays(day, -1);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

}
