package nl.lerendstelsel.domain.model.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException.Reason;
import nl.lerendstelsel.domain.model.user.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The words of the workflow: levels, statuses, actions, actors, transitions and the messages of a refusal. */
class BottleneckWorkflowVocabularyTest {

    @Test
    void levelsHaveTheirDutchNamesAndNeighbours() {
        assertEquals(List.of("uitvoeringsniveau", "schakelniveau", "stelselniveau"),
                Arrays.stream(Level.values()).map(Level::dutch).toList());
        assertEquals(List.of("execution level", "linking level", "system level"),
                Arrays.stream(Level.values()).map(Level::english).toList());
        assertEquals(Optional.of(Level.LINKING), Level.EXECUTION.next());
        assertEquals(Optional.of(Level.SYSTEM), Level.LINKING.next());
        assertEquals(Optional.empty(), Level.SYSTEM.next());
        assertEquals(Optional.empty(), Level.EXECUTION.previous());
        assertEquals(Optional.of(Level.EXECUTION), Level.LINKING.previous());
        assertEquals(Optional.of(Level.LINKING), Level.SYSTEM.previous());
    }

    @Test
    void statusesHaveTheirDutchNamesAndOnlyResolvedAndClosedAreNotOpen() {
        assertEquals(List.of("gemeld", "in behandeling", "wacht op informatie", "opgelost", "teruggelegd", "opgeschaald",
                "in opvolging", "gesloten", "heropend"), Arrays.stream(Status.values()).map(Status::dutch).toList());
        assertEquals(EnumSet.of(Status.OPGELOST, Status.GESLOTEN),
                Arrays.stream(Status.values()).filter(s -> !s.isOpen())
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Status.class))));
    }

    @Test
    void everyLabelIsPresentAndUnique() {
        assertUniqueLabels(Level.values(), Level::dutch, Level::english);
        assertUniqueLabels(Status.values(), Status::dutch, Status::english);
        assertUniqueLabels(Action.values(), Action::dutch, Action::english);
        assertEquals("opschalen", Action.OPSCHALEN.dutch());
        assertEquals("terugleggen", Action.TERUGLEGGEN.dutch());
        assertEquals("aan signaal koppelen", Action.AAN_SIGNAAL_KOPPELEN.dutch());
    }

    @SafeVarargs
    private static <E> void assertUniqueLabels(E[] values, Function<E, String>... labels) {
        for (Function<E, String> label : labels) {
            List<String> texts = Arrays.stream(values).map(label).toList();
            texts.forEach(text -> assertFalse(text.isBlank()));
            assertEquals(texts.size(), Set.copyOf(texts).size(), texts.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleGivesAtMostTheHandlerCapacityOfItsLevel(Role role) {
        Optional<Actor> expected = switch (role) {
            case FACILITATOR -> Optional.of(Actor.HANDLER_EXECUTION);
            case COORDINATOR -> Optional.of(Actor.HANDLER_LINKING);
            case ADMIN -> Optional.of(Actor.ADMIN);
            default -> Optional.empty();
        };
        assertEquals(expected, Actor.fromRole(role));
        assertEquals(expected.map(Set::of).orElse(Set.of()), Actor.fromRoles(List.of(role)));
    }

    @Test
    void severalRolesGiveSeveralCapacitiesAndTheSetCanTakeARelation() {
        Set<Actor> actors = Actor.fromRoles(EnumSet.allOf(Role.class));
        assertEquals(EnumSet.of(Actor.HANDLER_EXECUTION, Actor.HANDLER_LINKING, Actor.ADMIN), actors);
        actors.add(Actor.REPORTER);
        assertTrue(actors.contains(Actor.REPORTER));
        assertEquals(Set.of(), Actor.fromRoles(List.of()));
    }

    @Test
    void noRoleEverActsAsTheSystem() {
        assertFalse(Actor.fromRoles(EnumSet.allOf(Role.class)).contains(Actor.SYSTEM));
    }

    @Test
    void eachLevelHasItsHandlerExceptTheSystemLevel() {
        assertEquals(Optional.of(Actor.HANDLER_EXECUTION), Actor.handlerAt(Level.EXECUTION));
        assertEquals(Optional.of(Actor.HANDLER_LINKING), Actor.handlerAt(Level.LINKING));
        assertEquals(Optional.empty(), Actor.handlerAt(Level.SYSTEM));
    }

    @Test
    void aTransitionIsCompleteImmutableAndPerformableBySomebody() {
        Set<Actor> actors = EnumSet.of(Actor.ADMIN);
        Transition t = new Transition(Level.EXECUTION, Status.GEMELD, Action.SLUITEN, Level.EXECUTION,
                Status.GESLOTEN, actors, Requirement.FEEDBACK);
        actors.add(Actor.REPORTER);
        assertEquals(Set.of(Actor.ADMIN), t.allowedActors(), "a defensive copy");
        assertThrows(UnsupportedOperationException.class, () -> t.allowedActors().add(Actor.REPORTER));
        assertTrue(t.permits(Set.of(Actor.ADMIN, Actor.REPORTER)));
        assertFalse(t.permits(Set.of()));
        assertFalse(t.changesLevel());
        assertThrows(IllegalArgumentException.class, () -> new Transition(Level.EXECUTION, Status.GEMELD,
                Action.SLUITEN, Level.EXECUTION, Status.GESLOTEN, Set.of(), Requirement.FEEDBACK));
        assertThrows(NullPointerException.class, () -> new Transition(Level.EXECUTION, Status.GEMELD,
                Action.SLUITEN, null, Status.GESLOTEN, Set.of(Actor.ADMIN), Requirement.FEEDBACK));
        assertThrows(NullPointerException.class, () -> new Transition(Level.EXECUTION, Status.GEMELD,
                Action.SLUITEN, Level.EXECUTION, Status.GESLOTEN, Set.of(Actor.ADMIN), null));
    }

    @Test
    void theTableCannotBeChangedFromOutside() {
        List<Transition> table = BottleneckWorkflow.table();
        assertThrows(UnsupportedOperationException.class, () -> table.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> table.get(0).allowedActors().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> BottleneckWorkflow.allowed(Level.EXECUTION, Status.GEMELD, EnumSet.of(Actor.ADMIN)).clear());
    }

    @Test
    void aNewKnelpuntStartsReportedAtExecutionLevel() {
        assertEquals(Level.EXECUTION, BottleneckWorkflow.START_LEVEL);
        assertEquals(Status.GEMELD, BottleneckWorkflow.START_STATUS);
    }

    @Test
    void requirementsJudgeTextByWhatAReaderWouldSee() {
        assertTrue(Requirement.NONE.isSatisfiedBy(null));
        assertTrue(Requirement.NONE.isSatisfiedBy(" "));
        assertFalse(Requirement.REASON.isSatisfiedBy("\u00A0\u200B"));
        assertFalse(Requirement.FEEDBACK.isSatisfiedBy(null));
        assertTrue(Requirement.FEEDBACK.isSatisfiedBy("\u00A0Antwoord\u00A0"));
        assertTrue(Requirement.REASON.isSatisfiedBy("\uD83D\uDE42"), "an emoji is visible");
    }

    // Messages of a refusal

    private static WorkflowException refusal(Level level, Status status, Action action, Set<Actor> actors, String text) {
        return assertThrows(WorkflowException.class, () -> BottleneckWorkflow.apply(level, status, action, actors, text));
    }

    @Test
    void aStepThatDoesNotExistSaysSoInDutchAndEnglish() {
        WorkflowException e = refusal(Level.EXECUTION, Status.GESLOTEN, Action.OPSCHALEN, Set.of(Actor.ADMIN), "x");
        assertEquals(Reason.NOT_ALLOWED, e.reason());
        assertEquals("'opschalen' is niet mogelijk bij een knelpunt met status 'gesloten' op uitvoeringsniveau.",
                e.dutchMessage());
        assertEquals("'escalate' is not possible for a knelpunt with status 'closed' at the execution level.",
                e.englishMessage());
        assertEquals(e.englishMessage(), e.getMessage());
    }

    @Test
    void aStepSomebodyElseMayDoSaysSo() {
        WorkflowException e = refusal(Level.LINKING, Status.IN_BEHANDELING, Action.TERUGLEGGEN,
                Set.of(Actor.HANDLER_EXECUTION), "x");
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, e.reason());
        assertEquals("U mag 'terugleggen' niet uitvoeren bij een knelpunt met status 'in behandeling' op schakelniveau.",
                e.dutchMessage());
        assertEquals("You may not 'return' a knelpunt with status 'in progress' at the linking level.",
                e.englishMessage());
    }

    @Test
    void aMissingReasonOrFeedbackSaysWhatIsNeeded() {
        WorkflowException reason = refusal(Level.EXECUTION, Status.IN_BEHANDELING, Action.OPSCHALEN,
                Set.of(Actor.HANDLER_EXECUTION), " ");
        assertEquals(Reason.REASON_REQUIRED, reason.reason());
        assertEquals("Voor 'opschalen' is een reden verplicht.", reason.dutchMessage());
        assertEquals("A reason is required for 'escalate'.", reason.englishMessage());

        WorkflowException feedback = refusal(Level.SYSTEM, Status.OPGESCHAALD, Action.SIGNAAL_BEANTWOORD,
                Set.of(Actor.SYSTEM), null);
        assertEquals(Reason.FEEDBACK_REQUIRED, feedback.reason());
        assertEquals("Voor 'signaal beantwoord' is een terugkoppeling verplicht: een toelichting die de melder en alle "
                + "ondersteuners te zien krijgen.", feedback.dutchMessage());
        assertEquals("Feedback is required for 'signal answered': a resolution text that the reporter and every "
                + "supporter will see.", feedback.englishMessage());
        assertEquals(Level.SYSTEM, feedback.level());
        assertEquals(Status.OPGESCHAALD, feedback.status());
        assertEquals(Action.SIGNAAL_BEANTWOORD, feedback.action());
    }

    @Test
    void theMessageFollowsTheUsersLanguage() {
        WorkflowException e = refusal(Level.EXECUTION, Status.GEMELD, Action.OPLOSSEN, Set.of(Actor.ADMIN), "x");
        assertEquals(e.dutchMessage(), e.message(Locale.forLanguageTag("nl-NL")));
        assertEquals(e.dutchMessage(), e.message(Locale.forLanguageTag("nl-BE")));
        assertEquals(e.englishMessage(), e.message(Locale.ENGLISH));
        assertEquals(e.englishMessage(), e.message(Locale.GERMAN));
    }

    @Test
    void everyReasonHasBothMessagesForEveryAction() {
        for (Action action : Action.values()) {
            for (Reason reason : Reason.values()) {
                WorkflowException e = new WorkflowException(reason, Level.LINKING, Status.HEROPEND, action);
                assertTrue(e.dutchMessage().contains(action.dutch()), e.dutchMessage());
                assertTrue(e.englishMessage().contains(action.english()), e.englishMessage());
                assertTrue(e instanceof RuntimeException);
            }
        }
    }

    @Test
    void everyStatusAndLevelReadsInTheRefusalsLanguage() {
        for (Level level : Level.values()) {
            for (Status status : Status.values()) {
                WorkflowException e = new WorkflowException(Reason.NOT_ALLOWED, level, status, Action.OPLOSSEN);
                assertEquals("'oplossen' is niet mogelijk bij een knelpunt met status '%s' op %s."
                        .formatted(status.dutch(), level.dutch()), e.dutchMessage());
                assertEquals("'resolve' is not possible for a knelpunt with status '%s' at the %s."
                        .formatted(status.english(), level.english()), e.englishMessage());
                assertEquals(e.dutchMessage(), e.message().in(Locale.forLanguageTag("nl")), "the keyed message reads the same");
            }
        }
    }

    @Test
    void levelsHaveDutchApiCodes() {
        assertEquals(List.of("UITVOERING", "SCHAKEL", "STELSEL"), Arrays.stream(Level.values()).map(Level::code).toList());
        assertEquals(Optional.of(Level.LINKING), Level.ofCode(" schakel "));
        assertEquals(Optional.empty(), Level.ofCode("LINKING"));
        assertEquals(Optional.empty(), Level.ofCode(null));
    }
}
