package nl.lerendstelsel.domain.model.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException.Reason;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every level × status × action × set of actors (all 64 subsets, so every single actor, the empty set and every
 * combination) against an expected list written here by hand from the product rules, in its own notation, never
 * derived from {@link BottleneckWorkflow#table()}.
 */
class BottleneckWorkflowTest {

    /**
     * What must be possible; everything else must be refused. One line per step:
     * {@code FROMLEVEL/FROMSTATUS  ACTION  TOLEVEL/TOSTATUS  requirement  actors}.
     */
    private static final String EXPECTED = """
            # execution level: taking from the queue
            EXECUTION/GEMELD               IN_BEHANDELING_NEMEN  EXECUTION/IN_BEHANDELING       NONE      HANDLER_EXECUTION ADMIN
            EXECUTION/TERUGGELEGD          IN_BEHANDELING_NEMEN  EXECUTION/IN_BEHANDELING       NONE      HANDLER_EXECUTION ADMIN
            EXECUTION/HEROPEND             IN_BEHANDELING_NEMEN  EXECUTION/IN_BEHANDELING       NONE      HANDLER_EXECUTION ADMIN
            # execution level: information
            EXECUTION/IN_BEHANDELING       INFORMATIE_VRAGEN     EXECUTION/WACHT_OP_INFORMATIE  REASON    HANDLER_EXECUTION ADMIN
            EXECUTION/WACHT_OP_INFORMATIE  INFORMATIE_ONTVANGEN  EXECUTION/IN_BEHANDELING       REASON    REPORTER HANDLER_EXECUTION ADMIN
            EXECUTION/WACHT_OP_INFORMATIE  TERMIJN_VERLOPEN      EXECUTION/IN_BEHANDELING       NONE      SYSTEM
            # execution level: decisions
            EXECUTION/IN_BEHANDELING       OPLOSSEN              EXECUTION/OPGELOST             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/IN_BEHANDELING       SLUITEN               EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/IN_BEHANDELING       OPSCHALEN             LINKING/GEMELD                 REASON    HANDLER_EXECUTION ADMIN
            # execution level: reopening
            EXECUTION/OPGELOST             HEROPENEN             EXECUTION/HEROPEND             REASON    REPORTER SUPPORTER ADMIN
            EXECUTION/GESLOTEN             HEROPENEN             EXECUTION/HEROPEND             REASON    ADMIN
            # execution level: merging duplicates
            EXECUTION/GEMELD               SAMENVOEGEN           EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/IN_BEHANDELING       SAMENVOEGEN           EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/WACHT_OP_INFORMATIE  SAMENVOEGEN           EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/TERUGGELEGD          SAMENVOEGEN           EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/HEROPEND             SAMENVOEGEN           EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            # execution level: splitting
            EXECUTION/GEMELD                SPLITSEN              EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/IN_BEHANDELING        SPLITSEN              EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/WACHT_OP_INFORMATIE   SPLITSEN              EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/TERUGGELEGD           SPLITSEN              EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            EXECUTION/HEROPEND              SPLITSEN              EXECUTION/GESLOTEN             FEEDBACK  HANDLER_EXECUTION ADMIN
            # execution level: the reporter withdraws (reason as feedback)
            EXECUTION/GEMELD               INTREKKEN             EXECUTION/GESLOTEN             FEEDBACK  REPORTER
            EXECUTION/IN_BEHANDELING       INTREKKEN             EXECUTION/GESLOTEN             FEEDBACK  REPORTER
            EXECUTION/WACHT_OP_INFORMATIE  INTREKKEN             EXECUTION/GESLOTEN             FEEDBACK  REPORTER
            EXECUTION/TERUGGELEGD          INTREKKEN             EXECUTION/GESLOTEN             FEEDBACK  REPORTER
            # a returned knelpunt: its reporter accepts the feedback, or answers it and sends it back up
            EXECUTION/TERUGGELEGD          TERUGKOPPELING_AANVAARDEN EXECUTION/OPGELOST         NONE      REPORTER ADMIN
            EXECUTION/TERUGGELEGD          OPNIEUW_VOORLEGGEN    LINKING/HEROPEND               REASON    REPORTER ADMIN
            EXECUTION/HEROPEND             INTREKKEN             EXECUTION/GESLOTEN             FEEDBACK  REPORTER
            # linking level: taking from the queue
            LINKING/GEMELD                 IN_BEHANDELING_NEMEN  LINKING/IN_BEHANDELING         NONE      HANDLER_LINKING ADMIN
            LINKING/HEROPEND               IN_BEHANDELING_NEMEN  LINKING/IN_BEHANDELING         NONE      HANDLER_LINKING ADMIN
            # linking level: information
            LINKING/IN_BEHANDELING         INFORMATIE_VRAGEN     LINKING/WACHT_OP_INFORMATIE    REASON    HANDLER_LINKING ADMIN
            LINKING/WACHT_OP_INFORMATIE    INFORMATIE_ONTVANGEN  LINKING/IN_BEHANDELING         REASON    REPORTER HANDLER_LINKING ADMIN
            LINKING/WACHT_OP_INFORMATIE    TERMIJN_VERLOPEN      LINKING/IN_BEHANDELING         NONE      SYSTEM
            # linking level: decisions
            LINKING/IN_BEHANDELING         OPLOSSEN              LINKING/OPGELOST               FEEDBACK  HANDLER_LINKING ADMIN
            LINKING/IN_BEHANDELING         SLUITEN               LINKING/GESLOTEN               FEEDBACK  HANDLER_LINKING ADMIN
            LINKING/IN_BEHANDELING         TERUGLEGGEN           EXECUTION/TERUGGELEGD          FEEDBACK  HANDLER_LINKING ADMIN
            LINKING/IN_BEHANDELING         AAN_SIGNAAL_KOPPELEN  SYSTEM/OPGESCHAALD             REASON    HANDLER_LINKING SYSTEM ADMIN
            # linking level: merging duplicates
            LINKING/GEMELD                 SAMENVOEGEN           LINKING/GESLOTEN               FEEDBACK  HANDLER_LINKING ADMIN
            LINKING/IN_BEHANDELING         SAMENVOEGEN           LINKING/GESLOTEN               FEEDBACK  HANDLER_LINKING ADMIN
            LINKING/WACHT_OP_INFORMATIE    SAMENVOEGEN           LINKING/GESLOTEN               FEEDBACK  HANDLER_LINKING ADMIN
            LINKING/HEROPEND               SAMENVOEGEN           LINKING/GESLOTEN               FEEDBACK  HANDLER_LINKING ADMIN
            # linking level: splitting
            LINKING/GEMELD                  SPLITSEN              LINKING/GESLOTEN               FEEDBACK  HANDLER_LINKING ADMIN
            LINKING/IN_BEHANDELING          SPLITSEN              LINKING/GESLOTEN               FEEDBACK  HANDLER_LINKING ADMIN
            LINKING/WACHT_OP_INFORMATIE     SPLITSEN              LINKING/GESLOTEN               FEEDBACK  HANDLER_LINKING ADMIN
            LINKING/HEROPEND                SPLITSEN              LINKING/GESLOTEN               FEEDBACK  HANDLER_LINKING ADMIN
            # linking level: reopening
            LINKING/OPGELOST               HEROPENEN             LINKING/HEROPEND               REASON    REPORTER SUPPORTER ADMIN
            LINKING/GESLOTEN               HEROPENEN             LINKING/HEROPEND               REASON    ADMIN
            # linking level: the reporter withdraws (reason as feedback)
            LINKING/GEMELD                 INTREKKEN             LINKING/GESLOTEN               FEEDBACK  REPORTER
            LINKING/IN_BEHANDELING         INTREKKEN             LINKING/GESLOTEN               FEEDBACK  REPORTER
            LINKING/WACHT_OP_INFORMATIE    INTREKKEN             LINKING/GESLOTEN               FEEDBACK  REPORTER
            LINKING/HEROPEND               INTREKKEN             LINKING/GESLOTEN               FEEDBACK  REPORTER
            # system level: not adopted or referred closes; adopted goes in follow-up, realised follow-up resolves
            SYSTEM/OPGESCHAALD             SIGNAAL_BEANTWOORD    SYSTEM/GESLOTEN                FEEDBACK  SYSTEM
            SYSTEM/OPGESCHAALD             SIGNAAL_OVERGENOMEN   SYSTEM/IN_OPVOLGING            FEEDBACK  SYSTEM
            SYSTEM/IN_OPVOLGING            OPVOLGING_GEREALISEERD SYSTEM/OPGELOST               FEEDBACK  SYSTEM
            # system level: the coordinator withdraws the signal before the answer
            SYSTEM/OPGESCHAALD             SIGNAAL_INGETROKKEN   LINKING/IN_BEHANDELING         REASON    SYSTEM
            SYSTEM/OPGELOST                HEROPENEN             SYSTEM/HEROPEND                REASON    REPORTER SUPPORTER ADMIN
            SYSTEM/GESLOTEN                HEROPENEN             SYSTEM/HEROPEND                REASON    REPORTER SUPPORTER ADMIN
            SYSTEM/HEROPEND                IN_BEHANDELING_NEMEN  LINKING/IN_BEHANDELING         NONE      HANDLER_LINKING ADMIN
            """;

    private record Key(Level level, Status status, Action action) {
        @Override
        public String toString() {
            return level + "/" + status + " " + action;
        }
    }

    private record Expected(Level toLevel, Status toStatus, Requirement requirement, Set<Actor> actors) {
    }

    private static final Pattern LINE = Pattern.compile(
            "(\\w+)/(\\w+)\\s+(\\w+)\\s+(\\w+)/(\\w+)\\s+(\\w+)\\s+(\\w+(?:\\s+\\w+)*)");

    private static final Map<Key, Expected> EXPECTED_STEPS = parse(EXPECTED);

    private static final List<Set<Actor>> EVERY_ACTOR_SET = everySubset();

    private static final String SOME_TEXT = "Zie toelichting in het dossier.";

    private static Map<Key, Expected> parse(String text) {
        Map<Key, Expected> steps = new LinkedHashMap<>();
        for (String line : text.strip().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(trimmed);
            if (!m.matches()) {
                throw new IllegalArgumentException("Unreadable expected line: " + line);
            }
            Key key = new Key(Level.valueOf(m.group(1)), Status.valueOf(m.group(2)), Action.valueOf(m.group(3)));
            Set<Actor> actors = Arrays.stream(m.group(7).split("\\s+")).map(Actor::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Actor.class)));
            Expected expected = new Expected(Level.valueOf(m.group(4)), Status.valueOf(m.group(5)),
                    Requirement.valueOf(m.group(6)), actors);
            if (steps.put(key, expected) != null) {
                throw new IllegalArgumentException("Expected twice: " + key);
            }
        }
        return steps;
    }

    private static List<Set<Actor>> everySubset() {
        Actor[] all = Actor.values();
        List<Set<Actor>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << all.length; mask++) {
            Set<Actor> subset = EnumSet.noneOf(Actor.class);
            for (int i = 0; i < all.length; i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(all[i]);
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }

    private static Stream<Key> everyCombination() {
        return Arrays.stream(Level.values()).flatMap(level -> Arrays.stream(Status.values())
                .flatMap(status -> Arrays.stream(Action.values()).map(action -> new Key(level, status, action))));
    }

    @Test
    void theExpectedListCoversFiftyEightStepsAndEveryCombinationIsTested() {
        assertEquals(58, EXPECTED_STEPS.size());
        assertEquals(3 * 9 * 19, everyCombination().count());
        assertEquals(64, EVERY_ACTOR_SET.size());
    }

    @Test
    void theTableHoldsExactlyTheExpectedStepsAndNothingMore() {
        Map<Key, Expected> actual = new LinkedHashMap<>();
        for (Transition t : BottleneckWorkflow.table()) {
            actual.put(new Key(t.fromLevel(), t.fromStatus(), t.action()),
                    new Expected(t.toLevel(), t.toStatus(), t.requirement(), t.allowedActors()));
        }
        assertEquals(BottleneckWorkflow.table().size(), actual.size(), "a step appears twice in the table");
        assertEquals(EXPECTED_STEPS, actual);
    }

    @TestFactory
    Stream<DynamicTest> everyLevelStatusActionAndActorSet() {
        return everyCombination().map(key -> dynamicTest(key.toString(), () -> {
            Expected expected = EXPECTED_STEPS.get(key);
            if (expected == null) {
                assertRefusedForEverybody(key);
            } else {
                assertAllowedForExactly(key, expected);
            }
        }));
    }

    private static void assertRefusedForEverybody(Key key) {
        assertTrue(BottleneckWorkflow.find(key.level(), key.status(), key.action()).isEmpty(), key + " must not exist");
        for (Set<Actor> actors : EVERY_ACTOR_SET) {
            for (String text : new String[] {SOME_TEXT, null, " "}) {
                WorkflowException refused = assertThrows(WorkflowException.class,
                        () -> BottleneckWorkflow.apply(key.level(), key.status(), key.action(), actors, text),
                        key + " by " + actors);
                assertEquals(Reason.NOT_ALLOWED, refused.reason(), key + " by " + actors);
                assertEquals(key, new Key(refused.level(), refused.status(), refused.action()));
            }
            assertFalse(BottleneckWorkflow.allowed(key.level(), key.status(), actors).stream()
                    .anyMatch(t -> t.action() == key.action()), key + " offered to " + actors);
        }
    }

    private static void assertAllowedForExactly(Key key, Expected expected) {
        Transition found = BottleneckWorkflow.find(key.level(), key.status(), key.action())
                .orElseGet(() -> fail(key + " must exist"));
        assertEquals(expected, new Expected(found.toLevel(), found.toStatus(), found.requirement(), found.allowedActors()));
        for (Set<Actor> actors : EVERY_ACTOR_SET) {
            boolean permitted = actors.stream().anyMatch(expected.actors()::contains);
            boolean offered = BottleneckWorkflow.allowed(key.level(), key.status(), actors).contains(found);
            assertEquals(permitted, offered, key + " offered to " + actors);
            if (permitted) {
                Transition applied = BottleneckWorkflow.apply(key.level(), key.status(), key.action(), actors, SOME_TEXT);
                assertSame(found, applied, key + " by " + actors);
            } else {
                for (String text : new String[] {SOME_TEXT, null, " "}) {
                    WorkflowException refused = assertThrows(WorkflowException.class,
                            () -> BottleneckWorkflow.apply(key.level(), key.status(), key.action(), actors, text),
                            key + " by " + actors);
                    assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, refused.reason(), key + " by " + actors);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> eachSingleActorIsOfferedExactlyItsExpectedStepsEverywhere() {
        return Arrays.stream(Actor.values()).map(actor -> dynamicTest(actor.name(), () -> {
            for (Level level : Level.values()) {
                for (Status status : Status.values()) {
                    Set<Action> expected = EXPECTED_STEPS.entrySet().stream()
                            .filter(e -> e.getKey().level() == level && e.getKey().status() == status
                                    && e.getValue().actors().contains(actor))
                            .map(e -> e.getKey().action())
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Action.class)));
                    Set<Action> offered = BottleneckWorkflow.allowed(level, status, EnumSet.of(actor)).stream()
                            .map(Transition::action)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Action.class)));
                    assertEquals(expected, offered, actor + " at " + level + "/" + status);
                }
            }
        }));
    }

    @Test
    void nobodyIsOfferedAnythingWithoutACapacity() {
        for (Level level : Level.values()) {
            for (Status status : Status.values()) {
                assertEquals(List.of(), BottleneckWorkflow.allowed(level, status, Set.of()));
            }
        }
    }

    // Requirements

    private static final List<String> BLANKS = Arrays.asList(
            null, "", " ", "   ", "\t", "\n", "\r\n", " \t\r\n ", "\u00A0", "\u2003", "\u3000", "\u200B", "\uFEFF",
            "\u00A0 \u200B\t");

    @TestFactory
    Stream<DynamicTest> aReasonOrFeedbackStepRefusesEveryBlankText() {
        return EXPECTED_STEPS.entrySet().stream()
                .filter(e -> e.getValue().requirement() != Requirement.NONE)
                .map(e -> dynamicTest(e.getKey().toString(), () -> {
                    Key key = e.getKey();
                    Reason expectedReason = e.getValue().requirement() == Requirement.FEEDBACK
                            ? Reason.FEEDBACK_REQUIRED : Reason.REASON_REQUIRED;
                    for (Actor actor : e.getValue().actors()) {
                        for (String blank : BLANKS) {
                            WorkflowException refused = assertThrows(WorkflowException.class,
                                    () -> BottleneckWorkflow.apply(key.level(), key.status(), key.action(),
                                            EnumSet.of(actor), blank),
                                    key + " by " + actor + " with " + describe(blank));
                            assertEquals(expectedReason, refused.reason());
                        }
                        for (String text : List.of("x", "  Dubbel met KP-2026-00042.  ", "\u00A0ok", "?")) {
                            assertEquals(key.action(), BottleneckWorkflow.apply(key.level(), key.status(),
                                    key.action(), EnumSet.of(actor), text).action());
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> aStepWithoutRequirementAcceptsNoTextAtAll() {
        return EXPECTED_STEPS.entrySet().stream()
                .filter(e -> e.getValue().requirement() == Requirement.NONE)
                .map(e -> dynamicTest(e.getKey().toString(), () -> {
                    Key key = e.getKey();
                    for (Actor actor : e.getValue().actors()) {
                        for (String blank : BLANKS) {
                            assertEquals(key.action(), BottleneckWorkflow.apply(key.level(), key.status(),
                                    key.action(), EnumSet.of(actor), blank).action());
                        }
                    }
                }));
    }

    @Test
    void permissionIsCheckedBeforeTheTextSoAStrangerLearnsNothingAboutIt() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> BottleneckWorkflow.apply(
                Level.EXECUTION, Status.IN_BEHANDELING, Action.OPLOSSEN, EnumSet.of(Actor.REPORTER), ""));
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, refused.reason());
    }

    @Test
    void existenceIsCheckedBeforePermission() {
        WorkflowException refused = assertThrows(WorkflowException.class, () -> BottleneckWorkflow.apply(
                Level.EXECUTION, Status.GESLOTEN, Action.OPLOSSEN, EnumSet.of(Actor.REPORTER), ""));
        assertEquals(Reason.NOT_ALLOWED, refused.reason());
    }

    @Test
    void missingArgumentsAreProgrammingErrorsNotWorkflowRefusals() {
        Set<Actor> admin = EnumSet.of(Actor.ADMIN);
        assertThrows(NullPointerException.class,
                () -> BottleneckWorkflow.apply(null, Status.GEMELD, Action.IN_BEHANDELING_NEMEN, admin, null));
        assertThrows(NullPointerException.class,
                () -> BottleneckWorkflow.apply(Level.EXECUTION, null, Action.IN_BEHANDELING_NEMEN, admin, null));
        assertThrows(NullPointerException.class,
                () -> BottleneckWorkflow.apply(Level.EXECUTION, Status.GEMELD, null, admin, null));
        assertThrows(NullPointerException.class,
                () -> BottleneckWorkflow.apply(Level.EXECUTION, Status.GEMELD, Action.IN_BEHANDELING_NEMEN, null, null));
        assertThrows(NullPointerException.class, () -> BottleneckWorkflow.find(null, Status.GEMELD, Action.SLUITEN));
        assertThrows(NullPointerException.class, () -> BottleneckWorkflow.allowed(Level.EXECUTION, Status.GEMELD, null));
    }

    private static String describe(String text) {
        return text == null ? "null" : text.codePoints().mapToObj(c -> String.format("U+%04X", c))
                .collect(Collectors.joining(" ", "[", "]"));
    }
}
