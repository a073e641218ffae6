package nl.lerendstelsel.application.administration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.community.CommunityService;
import nl.lerendstelsel.application.community.DiscussionService;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.application.qa.KnowledgeService;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalOwnership;
import nl.lerendstelsel.application.signal.SignalService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.MeetingKind;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo data of the run command's demo mode ({@code lerendstelsel.demo-data=true}, set by {@code run.sh}
 * unless started with {@code --no-demo}): profiles for the demo accounts and a few knelpunten in different
 * stages, loaded once into an empty database through the same services people use, so every rule (the
 * personal-data guard, the workflow table) applies. Tests never switch it on.
 */
@Singleton
@Startup
@DependsOn("ReferenceDataLoader")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final String RESOURCE = "demo/demo-data.json";

    @Inject
    @ConfigProperty(name = "lerendstelsel.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    UserProfileService userProfiles;

    @Inject
    BottleneckReporting reporting;

    @Inject
    BottleneckSteps bottleneckSteps;

    @Inject
    BottleneckQueries queries;

    @Inject
    CommunityService communities;

    @Inject
    MembershipService memberships;

    @Inject
    DiscussionService discussions;

    @Inject
    MeetingService meetings;

    @Inject
    OutcomeService outcomes;

    @Inject
    java.time.Clock clock;

    @Inject
    QaService qa;

    @Inject
    KnowledgeService knowledge;

    @Inject
    SignalDrafts drafts;

    @Inject
    SignalService signals;

    @Inject
    SignalOwnership signalOwnership;

    @Inject
    nl.lerendstelsel.application.monitor.MonitorDemoData monitorDemo;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (queries.list(BottleneckFilter.none(), 1, 1).total() > 0) {
            LOG.info("Demo data: the database already has knelpunten; nothing loaded");
            return;
        }
        JsonObject demo = read();
        Map<String, Caller> callers = new HashMap<>();
        for (JsonObject user : demo.getJsonArray("gebruikers").getValuesAs(JsonObject.class)) {
            IdentityClaims claims = new IdentityClaims(user.getString("id"), user.getString("gebruikersnaam"),
                    user.getString("naam"), user.getString("email"), user.getString("organisatie"),
                    IdentityClaims.rolesFrom(user.getJsonArray("rollen").getValuesAs(JsonString::getString)));
            userProfiles.synchronise(claims, "demo");
            callers.put(claims.username(), new Caller(claims.subject(), claims.roles(), "demo"));
        }
        Map<String, Long> cops = new HashMap<>();
        for (JsonObject cop : demo.getJsonArray("cops").getValuesAs(JsonObject.class)) {
            cops.put(cop.getString("naam"), loadCommunity(cop, callers));
        }
        int count = 0;
        Map<String, String> references = new HashMap<>();
        for (JsonObject item : demo.getJsonArray("knelpunten").getValuesAs(JsonObject.class)) {
            Bottleneck reported = reporting.report(new BottleneckReporting.NewBottleneck(item.getString("titel"),
                    item.getString("omschrijving"), item.getString("thema"), item.getString("gemeente"),
                    item.getString("doelgroep", null), EstimatedScale.valueOf(item.getString("schaal")),
                    item.getString("oplossingsrichting", null), false, List.of(),
                    item.containsKey("cop") ? cops.get(item.getString("cop")) : null, null)
                    .withTargetGroups(item.containsKey("doelgroepen") ? item.getJsonArray("doelgroepen").getValuesAs(JsonString::getString)
                            .stream().map(code -> TargetGroup.ofCode(code).orElseThrow()).collect(Collectors.toSet()) : Set.of()),
                    callers.get(item.getString("melder")));
            for (JsonObject step : item.getJsonArray("stappen").getValuesAs(JsonObject.class)) {
                bottleneckSteps.perform(reported.getReference(), Action.valueOf(step.getString("actie")),
                        step.containsKey("afhandelcategorie") ? Resolution.valueOf(step.getString("afhandelcategorie")) : null,
                        step.getString("toelichting", null), null, callers.get(step.getString("door")));
            }
            references.put(reported.getTitle(), reported.getReference());
            count++;
        }
        for (JsonObject entry : demo.getJsonArray("vragen").getValuesAs(JsonObject.class)) {
            loadAnswer(entry, callers);
        }
        for (JsonObject item : demo.getJsonArray("kennis").getValuesAs(JsonObject.class)) {
            loadKnowledge(item, callers.get("editor"));
        }
        for (JsonObject item : demo.getJsonArray("signalen").getValuesAs(JsonObject.class)) {
            loadSignal(item, references, callers);
        }
        monitorDemo.load(callers);
        int loaded = count;
        LOG.info(() -> "Demo data loaded: " + callers.size() + " profiles, " + cops.size() + " CoPs, " + loaded + " knelpunten");
    }

    /** A kennisbank item: saved as a concept, its file attached, then published unless it is to stay a concept. */
    private void loadKnowledge(JsonObject item, Caller editor) {
        Long id = knowledge.save(null, new KnowledgeService.ItemInput(item.getString("titel"), item.getString("bron"),
                LocalDate.parse(item.getString("datum")), item.getString("samenvatting"), item.getString("link", null),
                nl.lerendstelsel.domain.model.knowledge.KnowledgeType.valueOf(item.getString("soort")), strings(item, "themas")),
                editor).getId();
        if (item.containsKey("bestand")) {
            String resource = item.getString("bestand");
            try (InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Demo file missing: " + resource);
                }
                knowledge.attachFile(id, resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes(), editor);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (!"CONCEPT".equals(item.getString("status", null))) {
            knowledge.publish(id, editor);
        }
    }

    /** One signal as a coordinator would write it, then the steps it took through the ministry's workflow. */
    private void loadSignal(JsonObject item, Map<String, String> references, Map<String, Caller> callers) {
        List<String> knelpunten = strings(item, "knelpunten").stream().map(references::get).toList();
        String reference = drafts.create(new SignalDrafts.SignalInput(item.getString("titel"), item.getString("probleemstelling"),
                item.getString("analyse"), nl.lerendstelsel.domain.model.signal.Urgency.valueOf(item.getString("urgentie")),
                nl.lerendstelsel.domain.model.signal.Proposal.valueOf(item.getString("voorstel"))),
                knelpunten, callers.get(item.getString("door"))).getReference();
        for (JsonObject step : item.getJsonArray("stappen").getValuesAs(JsonObject.class)) {
            Caller caller = callers.get(step.getString("door"));
            switch (step.getString("actie")) {
                case "INDIENEN" -> signals.submit(reference, null, caller);
                case "OPPAKKEN" -> signalOwnership.take(reference, caller);
                case "ONTVANGST_BEVESTIGEN" -> signals.acknowledge(reference, caller);
                case "IN_BEHANDELING_NEMEN" -> signals.takeInHand(reference, caller);
                case "TUSSENBERICHT" -> signals.interimAnswer(reference, step.getString("tekst"),
                        LocalDate.now(clock.withZone(DutchTime.ZONE)).plusWeeks(step.getInt("weken")), null, caller);
                default -> throw new IllegalStateException("Demo data: unknown signal step " + step.getString("actie"));
            }
        }
    }

    /** One CoP through the services, as people would build it: set up, facilitators, members, talk, meet, outcomes. */
    private Long loadCommunity(JsonObject cop, Map<String, Caller> callers) {
        Caller admin = callers.get("admin");
        Long id = communities.create(new CommunityService.CommunityInput(cop.getString("naam"), cop.getString("omschrijving"),
                MembershipMode.valueOf(cop.getString("lidmaatschap")), strings(cop, "themas"), strings(cop, "regios")), admin).getId();
        String facilitator = null;
        for (String username : strings(cop, "facilitatoren")) {
            memberships.appoint(id, username, true, admin);
            facilitator = username;
        }
        Caller host = callers.get(facilitator);
        for (String username : strings(cop, "leden")) {
            memberships.invite(id, username, host);
            memberships.join(id, callers.get(username));
        }
        for (JsonObject thread : cop.getJsonArray("discussies").getValuesAs(JsonObject.class)) {
            Long threadId = discussions.start(id, thread.getString("titel"), DiscussionService.Body.markup(thread.getString("tekst")),
                    callers.get(thread.getString("door"))).getId();
            for (var reply : thread.getJsonArray("reacties").getValuesAs(jakarta.json.JsonArray.class)) {
                Long postId = discussions.reply(threadId, DiscussionService.Body.markup(reply.getString(1)), callers.get(reply.getString(0)))
                        .getId();
                if (reply.size() > 2) { // [door, tekst, later bewerkte tekst]: the facilitators see the earlier version
                    discussions.edit(postId, DiscussionService.Body.markup(reply.getString(2)), null, callers.get(reply.getString(0)));
                }
            }
        }
        Map<String, Long> meetingIds = new HashMap<>();
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        for (JsonObject meeting : cop.getJsonArray("bijeenkomsten").getValuesAs(JsonObject.class)) {
            LocalDate day = today.plusDays(meeting.getInt("dagenVanafNu"));
            Long meetingId = meetings.plan(id, new MeetingService.MeetingInput(MeetingKind.valueOf(meeting.getString("soort")),
                    meeting.getString("titel"), day.atTime(LocalTime.parse(meeting.getString("begin"))),
                    day.atTime(LocalTime.parse(meeting.getString("einde"))), meeting.getString("plaats", null),
                    meeting.getString("onlineLink", null), meeting.getString("agenda", null)), host).getId();
            if (meeting.containsKey("verslag")) {
                meetings.notes(meetingId, meeting.getString("verslag"), host);
            }
            meetingIds.put(meeting.getString("titel"), meetingId);
        }
        for (JsonObject outcome : cop.getJsonArray("opbrengsten").getValuesAs(JsonObject.class)) {
            List<String> outcomeThemes = outcome.containsKey("themas") ? strings(outcome, "themas") : null;
            Long outcomeId = outcomes.record(id, new OutcomeService.OutcomeInput(OutcomeKind.valueOf(outcome.getString("soort")),
                    outcome.getString("titel"), outcome.getString("omschrijving"), meetingIds.get(outcome.getString("bijeenkomst", "")),
                    null, outcomeThemes, outcome.getString("gemeente", null), outcome.getString("regio", null)), host).getId();
            if (outcome.containsKey("bewerking")) {
                JsonObject change = outcome.getJsonObject("bewerking");
                outcomes.edit(outcomeId, new OutcomeService.OutcomeChange(change.getString("titel"), change.getString("omschrijving"),
                        outcomeThemes, outcome.getString("gemeente", null), outcome.getString("regio", null)), null, host);
            }
            if (outcome.getBoolean("gedeeld", false)) {
                outcomes.share(outcomeId, true, host);
            }
        }
        return id;
    }

    /**
     * One answer written by the Divosa editor and signed off by an editor of every named partner: published. Four eyes:
     * the writer never signs, so Divosa's sign-off is by its second editor.
     */
    private void loadAnswer(JsonObject entry, Map<String, Caller> callers) {
        java.util.Set<nl.lerendstelsel.domain.model.qa.Partner> partners = java.util.EnumSet.noneOf(nl.lerendstelsel.domain.model.qa.Partner.class);
        strings(entry, "partners").forEach(p -> partners.add(nl.lerendstelsel.domain.model.qa.Partner.valueOf(p)));
        Long version = qa.create(entry.getString("thema"), partners, new QaService.Draft(entry.getString("vraag"), entry.getString("antwoord"),
                strings(entry, "wetsverwijzingen"), LocalDate.parse(entry.getString("geldigVanaf")), null, null), callers.get("editor")).getId();
        qa.submit(version, callers.get("editor"));
        for (var partner : partners) {
            qa.approve(version, callers.get(switch (partner) {
                case DIVOSA -> "editor2";
                case VNG -> "editor-vng";
                case SZW -> "editor-szw";
            }));
        }
    }

    private static List<String> strings(JsonObject object, String key) {
        return object.getJsonArray(key).getValuesAs(JsonString::getString);
    }

    static JsonObject read() {
        InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Demo data missing from the build: " + RESOURCE);
        }
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
