package nl.lerendstelsel.domain.model.bottleneck;

import static nl.lerendstelsel.domain.model.bottleneck.Action.AAN_SIGNAAL_KOPPELEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.HEROPENEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.INFORMATIE_ONTVANGEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.INFORMATIE_VRAGEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.INTREKKEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.IN_BEHANDELING_NEMEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.OPLOSSEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.OPSCHALEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.OPVOLGING_GEREALISEERD;
import static nl.lerendstelsel.domain.model.bottleneck.Action.SIGNAAL_BEANTWOORD;
import static nl.lerendstelsel.domain.model.bottleneck.Action.SIGNAAL_OVERGENOMEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.SLUITEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.TERMIJN_VERLOPEN;
import static nl.lerendstelsel.domain.model.bottleneck.Action.TERUGLEGGEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException.Reason;
import nl.lerendstelsel.domain.model.user.Role;
import org.junit.jupiter.api.Test;

/** The loop as people live it, told as stories, plus properties of the whole table. */
class BottleneckWorkflowScenarioTest {

    private static final Set<Actor> FATIMA_REPORTER = EnumSet.of(Actor.REPORTER);
    private static final Set<Actor> PIETER_SUPPORTER = EnumSet.of(Actor.SUPPORTER);
    private static final Set<Actor> FACILITATOR = Actor.fromRoles(List.of(Role.PROFESSIONAL, Role.FACILITATOR));
    private static final Set<Actor> COORDINATOR = Actor.fromRoles(List.of(Role.COORDINATOR));
    private static final Set<Actor> MINISTRY = Actor.fromRoles(List.of(Role.MINISTRY));
    private static final Set<Actor> ADMIN = Actor.fromRoles(List.of(Role.ADMIN));
    private static final Set<Actor> SCHEDULER_OR_SIGNAL = EnumSet.of(Actor.SYSTEM);

    /** A knelpunt as far as the workflow is concerned: where it is, and its history rows. */
    private static final class Knelpunt {
        private Level level = BottleneckWorkflow.START_LEVEL;
        private Status status = BottleneckWorkflow.START_STATUS;
        private final List<String> history = new ArrayList<>();

        Knelpunt act(Action action, Set<Actor> actors, String text) {
            Transition t = BottleneckWorkflow.apply(level, status, action, actors, text);
            history.add(t.fromLevel() + "/" + t.fromStatus() + " -> " + t.toLevel() + "/" + t.toStatus() + " via "
                    + t.action());
            level = t.toLevel();
            status = t.toStatus();
            return this;
        }

        Reason refused(Action action, Set<Actor> actors, String text) {
            Level levelBefore = level;
            Status statusBefore = status;
            WorkflowException e = assertThrows(WorkflowException.class, () -> act(action, actors, text));
            assertEquals(levelBefore, level, "a refusal changes nothing");
            assertEquals(statusBefore, status, "a refusal changes nothing");
            return e.reason();
        }

        void assertAt(Level expectedLevel, Status expectedStatus) {
            assertEquals(expectedLevel + "/" + expectedStatus, level + "/" + status);
        }

        String lastHistoryRow() {
            return history.get(history.size() - 1);
        }
    }

    @Test
    void theWholeLoopUpAndDownWithFeedbackAndReopening() {
        Knelpunt kp = new Knelpunt();
        kp.assertAt(Level.EXECUTION, Status.GEMELD);

        kp.act(IN_BEHANDELING_NEMEN, FACILITATOR, null);
        kp.assertAt(Level.EXECUTION, Status.IN_BEHANDELING);

        kp.act(INFORMATIE_VRAGEN, FACILITATOR, "Om hoeveel inburgeraars gaat het ongeveer?");
        kp.assertAt(Level.EXECUTION, Status.WACHT_OP_INFORMATIE);
        kp.act(INFORMATIE_ONTVANGEN, FATIMA_REPORTER, "Ongeveer veertig per jaar in onze gemeente.");
        kp.assertAt(Level.EXECUTION, Status.IN_BEHANDELING);

        assertEquals(Reason.REASON_REQUIRED, kp.refused(OPSCHALEN, FACILITATOR, "  "));
        kp.act(OPSCHALEN, FACILITATOR, "Speelt in vijf gemeenten in twee regio's.");
        kp.assertAt(Level.LINKING, Status.GEMELD);
        assertEquals("EXECUTION/IN_BEHANDELING -> LINKING/GEMELD via OPSCHALEN", kp.lastHistoryRow());
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(IN_BEHANDELING_NEMEN, FACILITATOR, null));

        kp.act(IN_BEHANDELING_NEMEN, COORDINATOR, null);
        assertEquals(Reason.FEEDBACK_REQUIRED, kp.refused(TERUGLEGGEN, COORDINATOR, null));
        kp.act(TERUGLEGGEN, COORDINATOR, "De regeling biedt hier al ruimte: zie artikel 4.2 van de handreiking.");
        kp.assertAt(Level.EXECUTION, Status.TERUGGELEGD);
        assertTrue(kp.status.isOpen());

        kp.act(IN_BEHANDELING_NEMEN, FACILITATOR, null);
        kp.act(OPLOSSEN, FACILITATOR, "Werkwijze uit de handreiking toegepast; gedeeld in de CoP.");
        kp.assertAt(Level.EXECUTION, Status.OPGELOST);
        assertFalse(kp.status.isOpen());

        kp.act(HEROPENEN, PIETER_SUPPORTER, "Bij ons werkt die werkwijze niet voor statushouders.");
        kp.assertAt(Level.EXECUTION, Status.HEROPEND);
        kp.act(IN_BEHANDELING_NEMEN, FACILITATOR, null);
        kp.act(SLUITEN, FACILITATOR, "Dubbel met KP-2026-00042; verder daar.");
        kp.assertAt(Level.EXECUTION, Status.GESLOTEN);

        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(HEROPENEN, FATIMA_REPORTER, "Is geen dubbel."));
        kp.act(HEROPENEN, ADMIN, "Ten onrechte als dubbel gesloten.");
        kp.assertAt(Level.EXECUTION, Status.HEROPEND);

        assertEquals(List.of(
                "EXECUTION/GEMELD -> EXECUTION/IN_BEHANDELING via IN_BEHANDELING_NEMEN",
                "EXECUTION/IN_BEHANDELING -> EXECUTION/WACHT_OP_INFORMATIE via INFORMATIE_VRAGEN",
                "EXECUTION/WACHT_OP_INFORMATIE -> EXECUTION/IN_BEHANDELING via INFORMATIE_ONTVANGEN",
                "EXECUTION/IN_BEHANDELING -> LINKING/GEMELD via OPSCHALEN",
                "LINKING/GEMELD -> LINKING/IN_BEHANDELING via IN_BEHANDELING_NEMEN",
                "LINKING/IN_BEHANDELING -> EXECUTION/TERUGGELEGD via TERUGLEGGEN",
                "EXECUTION/TERUGGELEGD -> EXECUTION/IN_BEHANDELING via IN_BEHANDELING_NEMEN",
                "EXECUTION/IN_BEHANDELING -> EXECUTION/OPGELOST via OPLOSSEN",
                "EXECUTION/OPGELOST -> EXECUTION/HEROPEND via HEROPENEN",
                "EXECUTION/HEROPEND -> EXECUTION/IN_BEHANDELING via IN_BEHANDELING_NEMEN",
                "EXECUTION/IN_BEHANDELING -> EXECUTION/GESLOTEN via SLUITEN",
                "EXECUTION/GESLOTEN -> EXECUTION/HEROPEND via HEROPENEN"), kp.history);
    }

    @Test
    void theSignalPathToTheMinistryAndBack() {
        Knelpunt kp = new Knelpunt()
                .act(IN_BEHANDELING_NEMEN, FACILITATOR, null)
                .act(OPSCHALEN, FACILITATOR, "Landelijk probleem met de leerbaarheidstoets.")
                .act(IN_BEHANDELING_NEMEN, COORDINATOR, null);

        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(AAN_SIGNAAL_KOPPELEN, FACILITATOR, "SIG-2026-007"));
        assertEquals(Reason.REASON_REQUIRED, kp.refused(AAN_SIGNAAL_KOPPELEN, COORDINATOR, ""));
        assertEquals(Reason.NOT_ALLOWED, kp.refused(OPSCHALEN, COORDINATOR, "Linking to system only via a signal."));
        kp.act(AAN_SIGNAAL_KOPPELEN, COORDINATOR, "Opgenomen in signaal SIG-2026-007 (ingediend).");
        kp.assertAt(Level.SYSTEM, Status.OPGESCHAALD);
        assertTrue(kp.status.isOpen());

        assertEquals(List.of(), BottleneckWorkflow.allowed(kp.level, kp.status, MINISTRY), "the ministry only reads");
        assertEquals(List.of(), BottleneckWorkflow.allowed(kp.level, kp.status, COORDINATOR));
        assertEquals(List.of(), BottleneckWorkflow.allowed(kp.level, kp.status, ADMIN));
        assertEquals(Reason.NOT_ALLOWED, kp.refused(OPLOSSEN, COORDINATOR, "Zelf opgelost."));
        assertEquals(Reason.NOT_ALLOWED, kp.refused(TERUGLEGGEN, COORDINATOR, "Terug naar schakelniveau."));
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(SIGNAAL_BEANTWOORD, ADMIN, "Namens SZW."));
        assertEquals(Reason.FEEDBACK_REQUIRED, kp.refused(SIGNAAL_BEANTWOORD, SCHEDULER_OR_SIGNAL, null));

        kp.act(SIGNAAL_OVERGENOMEN, SCHEDULER_OR_SIGNAL, "SZW: deels overgenomen; de regeling wordt per 2027 aangepast.");
        kp.assertAt(Level.SYSTEM, Status.IN_OPVOLGING);
        assertTrue(kp.status.isOpen(), "adopted is not solved yet");
        assertEquals(Reason.NOT_ALLOWED, kp.refused(HEROPENEN, FATIMA_REPORTER, "Nog niet opgelost."));
        assertEquals(Reason.NOT_ALLOWED, kp.refused(INTREKKEN, FATIMA_REPORTER, "Ik trek het in."));
        assertEquals(Reason.NOT_ALLOWED, kp.refused(SIGNAAL_BEANTWOORD, SCHEDULER_OR_SIGNAL, "Een tweede antwoord."));
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(OPVOLGING_GEREALISEERD, ADMIN, "Namens SZW."));
        kp.act(OPVOLGING_GEREALISEERD, SCHEDULER_OR_SIGNAL, "De regeling is per 1 januari 2027 aangepast.");
        kp.assertAt(Level.SYSTEM, Status.OPGELOST);

        kp.act(HEROPENEN, FATIMA_REPORTER, "De aanpassing lost ons deel van het probleem niet op.");
        kp.assertAt(Level.SYSTEM, Status.HEROPEND);
        assertEquals(List.of(Action.IN_BEHANDELING_NEMEN),
                BottleneckWorkflow.allowed(kp.level, kp.status, COORDINATOR).stream().map(Transition::action).toList());

        kp.act(IN_BEHANDELING_NEMEN, COORDINATOR, null);
        kp.assertAt(Level.LINKING, Status.IN_BEHANDELING);
        assertEquals("SYSTEM/HEROPEND -> LINKING/IN_BEHANDELING via IN_BEHANDELING_NEMEN", kp.lastHistoryRow());

        kp.act(AAN_SIGNAAL_KOPPELEN, SCHEDULER_OR_SIGNAL, "Opgenomen in vervolgsignaal SIG-2026-019 (ingediend).");
        kp.act(SIGNAAL_BEANTWOORD, SCHEDULER_OR_SIGNAL, "SZW: doorverwezen naar het bestuurlijk overleg.");
        kp.assertAt(Level.SYSTEM, Status.GESLOTEN);
    }

    @Test
    void theWaitForInformationEndsByAnswerOrByTheClockOnly() {
        Knelpunt kp = new Knelpunt()
                .act(IN_BEHANDELING_NEMEN, FACILITATOR, null)
                .act(INFORMATIE_VRAGEN, FACILITATOR, "Welke taalschool betreft het?");

        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(TERMIJN_VERLOPEN, FACILITATOR, null));
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(TERMIJN_VERLOPEN, ADMIN, null));
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(INFORMATIE_ONTVANGEN, PIETER_SUPPORTER, "Weet ik."));
        assertEquals(Reason.NOT_ALLOWED, kp.refused(OPLOSSEN, FACILITATOR, "Eerst het antwoord."));
        assertEquals(Reason.NOT_ALLOWED, kp.refused(INFORMATIE_VRAGEN, FACILITATOR, "Nog een vraag."));
        assertEquals(Reason.REASON_REQUIRED, kp.refused(INFORMATIE_ONTVANGEN, FATIMA_REPORTER, "\n"));

        kp.act(TERMIJN_VERLOPEN, SCHEDULER_OR_SIGNAL, null);
        kp.assertAt(Level.EXECUTION, Status.IN_BEHANDELING);

        kp.act(INFORMATIE_VRAGEN, FACILITATOR, "Nogmaals: welke taalschool?");
        kp.act(INFORMATIE_ONTVANGEN, FACILITATOR, "Telefonisch doorgegeven door de melder.");
        kp.assertAt(Level.EXECUTION, Status.IN_BEHANDELING);
    }

    @Test
    void notAdoptedClosesAndTheReporterMayReopenIt() {
        Knelpunt kp = new Knelpunt()
                .act(IN_BEHANDELING_NEMEN, FACILITATOR, null)
                .act(OPSCHALEN, FACILITATOR, "Landelijk probleem met de leerbaarheidstoets.")
                .act(IN_BEHANDELING_NEMEN, COORDINATOR, null)
                .act(AAN_SIGNAAL_KOPPELEN, COORDINATOR, "Opgenomen in signaal SIG-2026-008.");
        assertEquals(Reason.NOT_ALLOWED, kp.refused(INTREKKEN, FATIMA_REPORTER, "Met een signaal trekt de coördinator in."));
        kp.act(SIGNAAL_BEANTWOORD, SCHEDULER_OR_SIGNAL, "SZW: niet overgenomen; de wet laat hier ruimte aan gemeenten.");
        kp.assertAt(Level.SYSTEM, Status.GESLOTEN);
        assertFalse(kp.status.isOpen());
        assertEquals(Reason.NOT_ALLOWED, kp.refused(OPVOLGING_GEREALISEERD, SCHEDULER_OR_SIGNAL, "Er is niets op te volgen."));
        kp.act(HEROPENEN, PIETER_SUPPORTER, "Er zijn nieuwe feiten: drie regio's lopen er nu tegenaan.");
        kp.assertAt(Level.SYSTEM, Status.HEROPEND);
    }

    @Test
    void theReporterWithdrawsTheirOwnKnelpuntBelowSystemLevelOnly() {
        Knelpunt kp = new Knelpunt().act(IN_BEHANDELING_NEMEN, FACILITATOR, null);
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(INTREKKEN, FACILITATOR, "Niet van mij."));
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(INTREKKEN, PIETER_SUPPORTER, "Niet van mij."));
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(INTREKKEN, ADMIN, "Namens de melder."));
        assertEquals(Reason.FEEDBACK_REQUIRED, kp.refused(INTREKKEN, FATIMA_REPORTER, " "));
        kp.act(INTREKKEN, FATIMA_REPORTER, "Opgelost doordat de taalschool zelf extra plaatsen heeft geregeld.");
        kp.assertAt(Level.EXECUTION, Status.GESLOTEN);
        assertEquals(Reason.NOT_PERMITTED_FOR_ACTOR, kp.refused(HEROPENEN, FATIMA_REPORTER, "Toch niet."));
        kp.act(HEROPENEN, ADMIN, "Per vergissing ingetrokken.");
        kp.assertAt(Level.EXECUTION, Status.HEROPEND);
    }

    @Test
    void aNewKnelpuntMustBeTakenBeforeAnyDecisionButMayBeMergedOrSplitAtOnce() {
        Knelpunt kp = new Knelpunt();
        for (Action decision : List.of(OPLOSSEN, SLUITEN, OPSCHALEN, INFORMATIE_VRAGEN, TERUGLEGGEN)) {
            assertEquals(Reason.NOT_ALLOWED, kp.refused(decision, FACILITATOR, "Direct beslissen."), decision.name());
        }
        assertEquals(List.of(Action.IN_BEHANDELING_NEMEN, Action.SAMENVOEGEN, Action.SPLITSEN),
                BottleneckWorkflow.allowed(kp.level, kp.status, FACILITATOR).stream().map(Transition::action).toList());
        assertEquals(List.of(Action.INTREKKEN),
                BottleneckWorkflow.allowed(kp.level, kp.status, FATIMA_REPORTER).stream().map(Transition::action).toList(),
                "the reporter may only withdraw");
    }

    @Test
    void aPersonWithSeveralCapacitiesMayDoWhatAnyOfThemAllows() {
        Set<Actor> facilitatorWhoAlsoSupports = EnumSet.copyOf(FACILITATOR);
        facilitatorWhoAlsoSupports.add(Actor.SUPPORTER);
        Knelpunt kp = new Knelpunt()
                .act(IN_BEHANDELING_NEMEN, facilitatorWhoAlsoSupports, null)
                .act(OPLOSSEN, facilitatorWhoAlsoSupports, "Opgelost met de nieuwe werkinstructie.")
                .act(HEROPENEN, facilitatorWhoAlsoSupports, "Toch niet opgelost in onze gemeente.");
        kp.assertAt(Level.EXECUTION, Status.HEROPEND);
    }

    @Test
    void anAdminDoesEveryHandlerStepAtEveryLevel() {
        Knelpunt kp = new Knelpunt()
                .act(IN_BEHANDELING_NEMEN, ADMIN, null)
                .act(OPSCHALEN, ADMIN, "Overgenomen van een afwezige facilitator.")
                .act(IN_BEHANDELING_NEMEN, ADMIN, null)
                .act(SLUITEN, ADMIN, "Buiten de reikwijdte van de Wi2021.")
                .act(HEROPENEN, ADMIN, "Toch binnen de reikwijdte.")
                .act(IN_BEHANDELING_NEMEN, ADMIN, null)
                .act(AAN_SIGNAAL_KOPPELEN, ADMIN, "Opgenomen in signaal SIG-2026-021.");
        kp.assertAt(Level.SYSTEM, Status.OPGESCHAALD);
    }

    @Test
    void rolesOutsideTheWorkflowGetNothingAnywhere() {
        Set<Actor> professionalMinistryEditor = Actor.fromRoles(List.of(Role.PROFESSIONAL, Role.MINISTRY, Role.EDITOR));
        assertEquals(Set.of(), professionalMinistryEditor);
        for (Level level : Level.values()) {
            for (Status status : Status.values()) {
                assertEquals(List.of(), BottleneckWorkflow.allowed(level, status, professionalMinistryEditor));
            }
        }
    }

    // Properties of the whole table

    private record Position(Level level, Status status) {
    }

    private static Set<Position> reachableFromStart() {
        Set<Position> seen = new HashSet<>();
        Deque<Position> todo = new ArrayDeque<>();
        todo.add(new Position(BottleneckWorkflow.START_LEVEL, BottleneckWorkflow.START_STATUS));
        while (!todo.isEmpty()) {
            Position p = todo.poll();
            if (seen.add(p)) {
                BottleneckWorkflow.allowed(p.level(), p.status(), EnumSet.allOf(Actor.class))
                        .forEach(t -> todo.add(new Position(t.toLevel(), t.toStatus())));
            }
        }
        return seen;
    }

    @Test
    void everyStepInTheTableCanActuallyHappen() {
        Set<Position> reachable = reachableFromStart();
        for (Transition t : BottleneckWorkflow.table()) {
            assertTrue(reachable.contains(new Position(t.fromLevel(), t.fromStatus())), t.toString());
        }
    }

    @Test
    void noReachablePositionIsADeadEndAndClosedOnesOnlyLeaveByReopening() {
        for (Position p : reachableFromStart()) {
            List<Transition> out = BottleneckWorkflow.allowed(p.level(), p.status(), EnumSet.allOf(Actor.class));
            assertFalse(out.isEmpty(), p + " is a dead end");
            if (!p.status().isOpen()) {
                assertEquals(List.of(Action.HEROPENEN), out.stream().map(Transition::action).toList(), p.toString());
            }
        }
    }

    @Test
    void returnedOnlyExistsAtExecutionAndEscalatedOnlyAtSystem() {
        for (Position p : reachableFromStart()) {
            if (p.status() == Status.TERUGGELEGD) {
                assertEquals(Level.EXECUTION, p.level());
            }
            if (p.status() == Status.OPGESCHAALD) {
                assertEquals(Level.SYSTEM, p.level());
            }
        }
        assertEquals(18, reachableFromStart().size(), "7 at execution, 6 at linking, 5 at system");
    }

    @Test
    void everyLevelChangeIsOneStepAndOnlyUpByEscalationOrSignal() {
        for (Transition t : BottleneckWorkflow.table()) {
            int distance = t.toLevel().ordinal() - t.fromLevel().ordinal();
            assertTrue(Math.abs(distance) <= 1, t.toString());
            assertEquals(distance != 0, t.changesLevel(), t.toString());
            if (distance > 0) {
                // up by escalation, by a signal, or by the reporter who answers the feedback of a returned knelpunt
                assertTrue(Set.of(OPSCHALEN, AAN_SIGNAAL_KOPPELEN, Action.OPNIEUW_VOORLEGGEN).contains(t.action()), t.toString());
                assertEquals(t.fromLevel().next().orElseThrow(), t.toLevel());
            }
            if (distance < 0) {
                assertEquals(t.fromLevel().previous().orElseThrow(), t.toLevel());
            }
        }
    }

    @Test
    void everythingThatEndsOrGoesDownCarriesFeedbackAndEverythingThatGoesUpCarriesAReason() {
        for (Transition t : BottleneckWorkflow.table()) {
            // accepting the feedback of a returned knelpunt ends it with the feedback it was returned with
            if ((!t.toStatus().isOpen() || t.toStatus() == Status.TERUGGELEGD) && t.action() != Action.TERUGKOPPELING_AANVAARDEN) {
                assertEquals(Requirement.FEEDBACK, t.requirement(), t.toString());
            }
            if (t.toLevel().ordinal() > t.fromLevel().ordinal()) {
                assertEquals(Requirement.REASON, t.requirement(), t.toString());
            }
        }
    }
}
