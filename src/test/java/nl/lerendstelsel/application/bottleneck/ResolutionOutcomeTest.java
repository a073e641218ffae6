package nl.lerendstelsel.application.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Actor;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import org.junit.jupiter.api.Test;

/**
 * How a knelpunt really ended: the ministry's decision mapped to the knelpunten's step and category (every
 * {@link Decision}), the categories each step records, and what counts as "opgelost met terugkoppeling".
 */
class ResolutionOutcomeTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    private static final LabourMarketRegion REGION = new LabourMarketRegion("AM13", "Midden-Utrecht");
    private static final Organisation UTRECHT = Organisation.gemeente("GM0344", "Utrecht", "Utrecht", REGION);
    private static final Set<Actor> FACILITATOR = EnumSet.of(Actor.HANDLER_EXECUTION);
    private static final Set<Actor> COORDINATOR = EnumSet.of(Actor.HANDLER_LINKING);
    private static final Set<Actor> SYSTEM = EnumSet.of(Actor.SYSTEM);
    private static final UserProfile HANDLER = new UserProfile(new IdentityClaims("handler", "henk", "Henk de Vries", null,
            "GM0344", EnumSet.of(Role.FACILITATOR)), UTRECHT, NOW);

    private static Bottleneck knelpunt() {
        UserProfile reporter = new UserProfile(new IdentityClaims("reporter", "fatima", "Fatima El Amrani", null, "GM0344",
                EnumSet.of(Role.PROFESSIONAL)), UTRECHT, NOW);
        return Bottleneck.report("KP-2026-00001", new Bottleneck.Report("Wachtlijst toets", "Lange wachttijden.", null, null, null),
                new Theme("leerbaarheidstoets", "Leerbaarheidstoets", "Learnability test", null, null, 1), UTRECHT, reporter, NOW);
    }

    private static Bottleneck atSystemLevel() {
        Bottleneck b = knelpunt();
        b.perform(Action.IN_BEHANDELING_NEMEN, FACILITATOR, HANDLER, null, NOW);
        b.perform(Action.OPSCHALEN, FACILITATOR, HANDLER, "Speelt landelijk.", NOW);
        b.perform(Action.IN_BEHANDELING_NEMEN, COORDINATOR, HANDLER, null, NOW);
        b.perform(Action.AAN_SIGNAAL_KOPPELEN, SYSTEM, HANDLER, "Opgenomen in signaal SIG-2026-001.", NOW);
        return b;
    }

    @Test
    void everyDecisionMapsToATruthfulStep() {
        for (Decision decision : Decision.values()) {
            BottleneckSteps.Answer answer = BottleneckSteps.answerFor(decision);
            Bottleneck b = atSystemLevel();
            BottleneckEvent event = b.perform(answer.action(), answer.category(), SYSTEM, HANDLER,
                    "Antwoord van SZW: " + decision.dutch() + ".", NOW);
            assertEquals(Level.SYSTEM, b.getLevel(), decision.name());
            assertTrue(b.getStatus() != Status.OPGELOST, decision + " never claims the knelpunt solved");
            switch (decision) {
                case OVERGENOMEN, DEELS_OVERGENOMEN -> {
                    assertEquals(Action.SIGNAAL_OVERGENOMEN, answer.action());
                    assertEquals(Status.IN_OPVOLGING, b.getStatus());
                    assertTrue(b.getStatus().isOpen(), "the follow-up decides");
                    assertEquals(Optional.empty(), b.getResolutionCategory());
                    assertNull(b.getFinishedOn());
                }
                case NIET_OVERGENOMEN -> {
                    assertEquals(Status.GESLOTEN, b.getStatus());
                    assertEquals(Optional.of(Resolution.NIET_OVERGENOMEN), b.getResolutionCategory());
                    assertEquals(Resolution.NIET_OVERGENOMEN, event.getResolutionCategory());
                }
                case DOORVERWEZEN -> {
                    assertEquals(Status.GESLOTEN, b.getStatus());
                    assertEquals(Optional.of(Resolution.DOORVERWEZEN), b.getResolutionCategory());
                    assertEquals(Resolution.DOORVERWEZEN, event.getResolutionCategory());
                }
            }
        }
    }

    @Test
    void theRealisedFollowUpResolvesByChangingRegulation() {
        Bottleneck b = atSystemLevel();
        BottleneckSteps.Answer adopted = BottleneckSteps.answerFor(Decision.OVERGENOMEN);
        b.perform(adopted.action(), adopted.category(), SYSTEM, HANDLER, "SZW past de regeling aan.", NOW);
        BottleneckEvent realised = b.perform(Action.OPVOLGING_GEREALISEERD, SYSTEM, HANDLER,
                "De regeling is per 1 januari 2027 aangepast.", NOW);
        assertEquals(Status.OPGELOST, b.getStatus());
        assertEquals(Optional.of(Resolution.OPGELOST_DOOR_REGELGEVING), b.getResolutionCategory());
        assertEquals(Resolution.OPGELOST_DOOR_REGELGEVING, realised.getResolutionCategory());
        assertEquals("De regeling is per 1 januari 2027 aangepast.", b.getResolution());
    }

    @Test
    void aHandlerRecordsAFittingCategoryWhichReopeningClears() {
        Bottleneck b = knelpunt();
        b.perform(Action.IN_BEHANDELING_NEMEN, FACILITATOR, HANDLER, null, NOW);
        assertThrows(IllegalArgumentException.class, () -> b.perform(Action.OPLOSSEN, Resolution.NIET_OVERGENOMEN, FACILITATOR,
                HANDLER, "Niet overgenomen is geen oplossing.", NOW));
        assertEquals(Status.IN_BEHANDELING, b.getStatus(), "a refused category changes nothing");
        b.perform(Action.OPLOSSEN, Resolution.VERDUIDELIJKT, FACILITATOR, HANDLER, "De regels staan in artikel 12 Bi2021.", NOW);
        assertEquals(Optional.of(Resolution.VERDUIDELIJKT), b.getResolutionCategory());
        b.perform(Action.HEROPENEN, EnumSet.of(Actor.REPORTER), HANDLER, "Dat klopt niet voor onze situatie.", NOW);
        assertEquals(Optional.empty(), b.getResolutionCategory(), "open again: no outcome");
        assertNull(b.getHistory().get(b.getHistory().size() - 1).getResolutionCategory());
        b.perform(Action.IN_BEHANDELING_NEMEN, FACILITATOR, HANDLER, null, NOW);
        b.perform(Action.SLUITEN, Resolution.DOORVERWEZEN, FACILITATOR, HANDLER, "Doorverwezen naar de DUO-helpdesk.", NOW);
        assertEquals(Optional.of(Resolution.DOORVERWEZEN), b.getResolutionCategory());
    }

    @Test
    void withdrawingRecordsIngetrokken() {
        Bottleneck b = knelpunt();
        b.perform(Action.INTREKKEN, EnumSet.of(Actor.REPORTER), HANDLER, "Is intussen door de taalschool geregeld.", NOW);
        assertEquals(Status.GESLOTEN, b.getStatus());
        assertEquals(Optional.of(Resolution.INGETROKKEN), b.getResolutionCategory());
        assertEquals("Is intussen door de taalschool geregeld.", b.getResolution());
    }

    @Test
    void theChoicesPerStepAndWhatCountsAsSolved() {
        assertEquals(List.of(Resolution.VERDUIDELIJKT, Resolution.OPGELOST_IN_UITVOERING, Resolution.OPGELOST_DOOR_REGELGEVING),
                Resolution.choicesFor(Action.OPLOSSEN));
        assertEquals(List.of(Resolution.DOORVERWEZEN, Resolution.NIET_OVERGENOMEN), Resolution.choicesFor(Action.SLUITEN));
        assertEquals(List.of(), Resolution.choicesFor(Action.INTREKKEN));
        assertEquals(Optional.of(Resolution.SAMENGEVOEGD), Resolution.impliedBy(Action.SAMENVOEGEN));
        assertEquals(Optional.of(Resolution.DOORVERWEZEN), Resolution.impliedBy(Action.SPLITSEN));
        for (Resolution r : Resolution.values()) {
            assertEquals(r == Resolution.VERDUIDELIJKT || r == Resolution.OPGELOST_IN_UITVOERING
                    || r == Resolution.OPGELOST_DOOR_REGELGEVING, StatisticsService.solved(Status.GESLOTEN, r), r.name());
        }
        assertTrue(StatisticsService.solved(Status.OPGELOST, null), "resolved before categories existed");
        assertFalse(StatisticsService.solved(Status.GESLOTEN, null));
        // every step that ends a knelpunt can record a category
        for (var t : BottleneckWorkflow.table()) {
            if (!t.toStatus().isOpen()) {
                assertTrue(Resolution.requiredFor(t.action()) || Resolution.impliedBy(t.action()).isPresent()
                        || t.action() == Action.SIGNAAL_BEANTWOORD, t.toString());
            }
        }
    }
}
