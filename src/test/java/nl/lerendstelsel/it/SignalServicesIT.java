package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.PeopleService;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.bottleneck.BottleneckSteps;
import nl.lerendstelsel.application.bottleneck.BottleneckSupport;
import nl.lerendstelsel.application.bottleneck.CommentService;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalFollowUp;
import nl.lerendstelsel.application.signal.SignalOwnership;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.application.signal.SignalService;
import nl.lerendstelsel.application.signal.SignalWithdrawal;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalMessage;
import nl.lerendstelsel.domain.model.signal.SignalReport;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.it.InContainer.Operation;
import nl.lerendstelsel.it.InContainer.People;
import nl.lerendstelsel.it.InContainer.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signals to SZW inside Payara Micro (Arquillian) on the real WAR: the whole loop from knelpunt to the ministry's
 * answer, the cascade of that answer in one transaction (and nothing at all when one knelpunt cannot take it), and who
 * may do what — every role × every signal operation, written out as a table.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class SignalServicesIT extends CopFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(SignalServicesIT.class);
    }

    @Inject
    PeopleService people;

    @Inject
    SignalDrafts drafts;

    @Inject
    SignalService signals;

    @Inject
    SignalFollowUp followUp;

    @Inject
    SignalOwnership ownership;

    @Inject
    SignalWithdrawal withdrawal;

    @Inject
    SignalQueries queries;

    @Inject
    BottleneckSupport supporting;

    @Inject
    CommentService comments;

    @Inject
    StatisticsService statistics;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "lerend-stelsel")
    EntityManager em;

    // ---- the loop and the cascade -------------------------------------------------------------------------------

    @Test
    void theAnswerOfTheMinistryReachesEveryoneAroundEveryKnelpuntOfTheSignal() throws Exception {
        Person admin = person(Role.ADMIN, "DIVOSA");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        Person supporter = person(Role.PROFESSIONAL, "GM0599");
        Person follower = person(Role.PROFESSIONAL, "GM0307");
        Person member = person(Role.PROFESSIONAL, "GM0363");
        Person otherReporter = person(Role.PROFESSIONAL, "GM0014");
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person facilitator = person(Role.FACILITATOR, "DIVOSA");
        long cop = cop(admin, "CoP Z-route", "Uitwisseling over de Z-route.", "zelfredzaamheidsroute",
                facilitator, reporter, member);

        String first = reporting.report(new BottleneckReporting.NewBottleneck("Ontheffing na de Z-route duurt maanden",
                "Na de Z-route wachten inburgeraars maanden op het besluit over hun ontheffing.", "zelfredzaamheidsroute", "GM0344",
                "Inburgeraars in de Z-route", EstimatedScale.TIENTALLEN, null, false, List.of(), cop, null), reporter.caller()).getReference();
        supporting.support(first, "GM0599", "Bij ons precies zo.", supporter.caller());
        comments.follow(first, true, follower.caller());
        toLinking(first, facilitator, coordinator);
        String second = atLinking(otherReporter, coordinator);

        Signal created = drafts.create(input("Geen beslistermijn voor ontheffing na de Z-route"), List.of(first, second),
                coordinator.caller());
        String reference = created.getReference();
        assertTrue(reference.matches("SIG-\\d{4}-\\d{3}"), reference);
        assertEquals(SignalStatus.CONCEPT, created.getStatus());
        assertThrows(NotFoundException.class, () -> queries.get(reference, ministry.caller()), "the ministry does not see concepts");

        signals.submit(reference, null, coordinator.caller());
        for (String knelpunt : List.of(first, second)) {
            Bottleneck b = knelpunt(knelpunt);
            assertEquals(Level.SYSTEM, b.getLevel(), knelpunt);
            assertEquals(Status.OPGESCHAALD, b.getStatus(), knelpunt);
        }
        assertEquals(1, notifications(ministry, NotificationKind.SIGNAAL, reference), "the ministry hears of the new signal");
        SignalQueries.View submitted = queries.view(reference, ministry.caller());
        assertEquals(2, submitted.evidence().knelpunten());
        assertTrue(submitted.evidence().gemeenten().size() >= 2, submitted.evidence().gemeenten().toString());
        assertEquals(queries.today(), submitted.signal().getSubmittedOn());

        signals.acknowledge(reference, ministry.caller());
        signals.takeInHand(reference, ministry.caller());
        signals.askQuestions(reference, "Om hoeveel inburgeraars gaat het per jaar?", ministry.caller());
        assertTrue(notifications(coordinator, NotificationKind.SIGNAAL, reference) >= 3, "acknowledged, in hand, questions");
        assertThrows(NotPossibleException.class, () -> signals.respond(reference, Decision.OVERGENOMEN,
                "Wij nemen een beslistermijn op.", null, null, ministry.caller()), "no answer while questions are open");
        signals.answerQuestions(reference, "Ongeveer 400 per jaar, in alle regio's.", coordinator.caller());
        assertEquals(SignalStatus.IN_BEHANDELING, queries.get(reference, ministry.caller()).getStatus());

        InvalidInputException noForum = assertThrows(InvalidInputException.class, () -> signals.respond(reference,
                Decision.DOORVERWEZEN, "Dit bespreken wij met de VNG.", null, null, ministry.caller()));
        assertTrue(noForum.fieldErrors().containsKey("forum"));
        signals.respond(reference, Decision.DOORVERWEZEN, "Dit bespreken wij met de VNG en Divosa in het Bestuurlijk Overleg.",
                "Bestuurlijk Overleg", null, ministry.caller());

        Signal answered = queries.get(reference, reporter.caller());
        assertEquals(SignalStatus.BEANTWOORD, answered.getStatus());
        assertEquals(Decision.DOORVERWEZEN, answered.getDecision());
        assertEquals(List.of(SignalMessage.Kind.VRAAG, SignalMessage.Kind.ANTWOORD),
                answered.getMessages().stream().map(SignalMessage::getKind).toList());
        for (String knelpunt : List.of(first, second)) {
            Bottleneck b = knelpunt(knelpunt);
            assertEquals(Status.GESLOTEN, b.getStatus(), "referred is not solved: " + knelpunt);
            assertEquals(Optional.of(Resolution.DOORVERWEZEN), b.getResolutionCategory(), knelpunt);
            assertEquals(Level.SYSTEM, b.getLevel(), knelpunt);
            assertTrue(b.getResolution().contains(reference) && b.getResolution().contains("Bestuurlijk Overleg")
                    && b.getResolution().contains("Dit bespreken wij"), b.getResolution());
        }
        for (Person told : List.of(reporter, supporter, follower, member)) {
            assertEquals(1, notifications(told, NotificationKind.TERUGKOPPELING, first), "feedback for " + told);
        }
        assertEquals(1, notifications(otherReporter, NotificationKind.TERUGKOPPELING, second));
        assertEquals(0, notifications(otherReporter, NotificationKind.TERUGKOPPELING, first), "only those around the knelpunt");
        assertEquals(1, audited("SIGNAAL_BEANTWOORDEN", reference));
        assertEquals(1, audited("KNELPUNT_SIGNAAL_BEANTWOORD", first));

        assertThrows(NotPossibleException.class, () -> followUp.recordFollowUp(reference, "Een beslistermijn van acht weken.",
                LocalDate.now().plusMonths(6), ministry.caller()), "follow-up is for adopted decisions");
        signals.close(reference, null, coordinator.caller());
        assertEquals(SignalStatus.GESLOTEN, queries.get(reference, ministry.caller()).getStatus());
    }

    @Test
    void eachStepOfTheSignalReachesTheOtherSideAndNeverTheOneWhoTookIt() throws Exception {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person otherCoordinator = person(Role.COORDINATOR, "VNG");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person otherMinistry = person(Role.MINISTRY, "SZW");
        String reference = concept(coordinator, reporter);
        signals.submit(reference, null, coordinator.caller());
        assertEquals(List.of("Nieuw signaal ingediend"), titles(ministry, reference), "submitted: the ministry");
        assertEquals(List.of("Nieuw signaal ingediend"), titles(otherMinistry, reference), "nobody there took it yet: all of them");
        assertEquals(List.of(), titles(coordinator, reference), "never the one who acted");

        signals.acknowledge(reference, ministry.caller());
        signals.takeInHand(reference, ministry.caller());
        signals.askQuestions(reference, "Om hoeveel inburgeraars gaat het per jaar?", ministry.caller());
        assertEquals(List.of("Ontvangst bevestigd door SZW", "In behandeling bij SZW", "Vragen van SZW"), titles(coordinator, reference),
                "clarification asked: the coordinator who submitted it");
        assertEquals(List.of(), titles(otherCoordinator, reference));

        signals.answerQuestions(reference, "Ongeveer 400 per jaar, in alle regio's.", coordinator.caller());
        assertEquals(List.of("Nieuw signaal ingediend", "Vragen beantwoord door de coördinator"), titles(ministry, reference),
                "clarification answered: the officer who asked");
        assertEquals(List.of("Nieuw signaal ingediend"), titles(otherMinistry, reference), "not every officer at the ministry");

        signals.respond(reference, Decision.OVERGENOMEN, "Wij nemen een beslistermijn van acht weken op in de regeling.", null, null,
                ministry.caller());
        assertEquals("Antwoord van SZW: " + Decision.OVERGENOMEN.dutch(), titles(coordinator, reference).get(3),
                "the response: the coordinator who submitted it");
        assertEquals(List.of(), titles(otherCoordinator, reference));
    }

    /** The notification titles (without the signal's title) of one person about one signal, oldest first. */
    private List<String> titles(Person person, String reference) {
        return em.createQuery("SELECT n.title FROM Notification n WHERE n.recipient.id = :p AND n.kind = :k AND n.reference = :r"
                        + " ORDER BY n.createdAt, n.id", String.class).setParameter("p", person.id())
                .setParameter("k", NotificationKind.SIGNAAL).setParameter("r", reference).getResultList().stream()
                .map(title -> title.substring(0, title.indexOf(" — "))).toList();
    }

    @Test
    void whenOneKnelpuntCannotTakeTheAnswerNothingChangesAtAll() throws Exception {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        String fine = atLinking(reporter, coordinator);
        String broken = atLinking(reporter, coordinator);
        String reference = acknowledged("Toetsplekken ontbreken in de regio", List.of(fine, broken), coordinator, ministry);
        signals.takeInHand(reference, ministry.caller());
        // an inconsistency the workflow never produces: one knelpunt of the signal closed behind its back
        transaction.begin();
        em.createQuery("UPDATE Bottleneck b SET b.status = :closed WHERE b.reference = :reference")
                .setParameter("closed", Status.GESLOTEN).setParameter("reference", broken).executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        long feedbackBefore = countNotifications(NotificationKind.TERUGKOPPELING, fine);

        NotPossibleException refused = assertThrows(NotPossibleException.class, () -> signals.respond(reference, Decision.OVERGENOMEN,
                "Wij zorgen voor meer toetsplekken.", null, null, ministry.caller()));
        assertTrue(refused.getMessage().contains(broken), refused.getMessage());

        Signal unchanged = queries.get(reference, ministry.caller());
        assertEquals(SignalStatus.IN_BEHANDELING, unchanged.getStatus());
        assertNull(unchanged.getDecision());
        assertNull(unchanged.getResponse());
        assertEquals(Status.OPGESCHAALD, knelpunt(fine).getStatus(), "the first knelpunt was not resolved either");
        assertNull(knelpunt(fine).getResolution());
        assertEquals(feedbackBefore, countNotifications(NotificationKind.TERUGKOPPELING, fine), "nobody was told anything");
        assertEquals(0, audited("SIGNAAL_BEANTWOORDEN", reference));
    }

    @Test
    void anAdoptedDecisionGetsFollowUpThatEveryoneAroundTheKnelpuntenSees() throws Exception {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        Person supporter = person(Role.PROFESSIONAL, "GM0599");
        String knelpunt = supportedAtLinking(reporter, supporter, coordinator);
        String reference = answered(knelpunt, coordinator, ministry, Decision.OVERGENOMEN);

        followUp.recordFollowUp(reference, "Het Besluit inburgering 2021 krijgt een beslistermijn van acht weken.",
                LocalDate.of(2027, 7, 1), ministry.caller());
        followUp.addProgress(reference, "Het ontwerpbesluit ligt voor internetconsultatie.", ministry.caller());
        Signal signal = queries.get(reference, supporter.caller());
        assertEquals(LocalDate.of(2027, 7, 1), signal.getFollowUpExpected());
        assertEquals(1, signal.getProgress().size());
        assertEquals(2, notifications(supporter, NotificationKind.SIGNAAL, reference), "follow-up and progress");
        assertEquals(2, notifications(reporter, NotificationKind.SIGNAAL, reference));

        SignalReport report = queries.report(queries.today(), queries.today(), coordinator.caller());
        SignalReport.Line line = report.lines().stream().filter(l -> l.reference().equals(reference)).findFirst().orElseThrow();
        assertEquals(Decision.OVERGENOMEN, line.decision());
        assertEquals(1, line.knelpunten());
        assertTrue(report.knelpunten().stream().anyMatch(k -> k.signal().equals(reference) && k.reference().equals(knelpunt)));
        assertTrue(report.byDecision().get(Decision.OVERGENOMEN) >= 1);
        assertThrows(AccessDeniedException.class, () -> queries.report(null, null, reporter.caller()));
        assertThrows(InvalidInputException.class, () -> queries.report(queries.today(), queries.today().minusDays(1), coordinator.caller()));
    }

    /**
     * Issue 26: every decision of the ministry gives the knelpunten the outcome it really means, never "opgelost"; an
     * adopted one is resolved (by changing regulation) only when the follow-up is realised.
     */
    @Test
    void everyDecisionGivesTheKnelpuntenTheirTrueOutcome() throws Exception {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        Map<Decision, String> knelpunten = new java.util.EnumMap<>(Decision.class);
        for (Decision decision : Decision.values()) {
            String knelpunt = atLinking(reporter, coordinator);
            String reference = acknowledged("Beslistermijn ontbreekt in de regeling", List.of(knelpunt), coordinator, ministry);
            signals.takeInHand(reference, ministry.caller());
            signals.respond(reference, decision, "Ons besluit over de beslistermijn, met de motivering erbij.",
                    decision == Decision.DOORVERWEZEN ? "Bestuurlijk Overleg Inburgering" : null, null, ministry.caller());
            knelpunten.put(decision, knelpunt);
            Bottleneck b = knelpunt(knelpunt);
            assertEquals(Level.SYSTEM, b.getLevel(), decision.name());
            BottleneckSteps.Answer expected = BottleneckSteps.answerFor(decision);
            assertEquals(expected.action().name(), b.getHistory().get(b.getHistory().size() - 1).getActionCode(), decision.name());
            switch (decision) {
                case OVERGENOMEN, DEELS_OVERGENOMEN -> {
                    assertEquals(Status.IN_OPVOLGING, b.getStatus(), decision.name());
                    assertEquals(Optional.empty(), b.getResolutionCategory());
                    assertNull(b.getFinishedOn(), "not finished: the follow-up decides");
                }
                case NIET_OVERGENOMEN -> {
                    assertEquals(Status.GESLOTEN, b.getStatus());
                    assertEquals(Optional.of(Resolution.NIET_OVERGENOMEN), b.getResolutionCategory());
                }
                case DOORVERWEZEN -> {
                    assertEquals(Status.GESLOTEN, b.getStatus());
                    assertEquals(Optional.of(Resolution.DOORVERWEZEN), b.getResolutionCategory());
                    assertTrue(b.getResolution().contains("Bestuurlijk Overleg Inburgering"), b.getResolution());
                }
            }
        }
        // the reporter may reopen a "niet overgenomen" within the window, as they could an answer that claimed "opgelost"
        steps.perform(knelpunten.get(Decision.NIET_OVERGENOMEN), Action.HEROPENEN, "Er zijn nieuwe feiten uit drie regio's.", null,
                reporter.caller());
        assertEquals(Status.HEROPEND, knelpunt(knelpunten.get(Decision.NIET_OVERGENOMEN)).getStatus());
        assertThrows(WorkflowException.class, () -> steps.perform(knelpunten.get(Decision.OVERGENOMEN), Action.HEROPENEN,
                "Nog niet opgelost.", null, reporter.caller()), "in follow-up is open: nothing to reopen");
        WorkflowException atSystem = assertThrows(WorkflowException.class, () -> steps.perform(knelpunten.get(Decision.OVERGENOMEN),
                Action.INTREKKEN, "Ik trek het in.", null, reporter.caller()));
        assertEquals(WorkflowException.Reason.NOT_ALLOWED, atSystem.reason(), "no withdrawing at system level");

        // the follow-up is realised: resolved by changing regulation; a knelpunt not in follow-up cannot take that step
        String adopted = knelpunten.get(Decision.DEELS_OVERGENOMEN);
        transaction.begin();
        try {
            steps.realiseFromSignal(knelpunt(adopted), "SIG-TEST", "De regeling is per 1 januari aangepast.",
                    profile(ministry), "test");
            transaction.commit();
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
        em.getEntityManagerFactory().getCache().evictAll();
        Bottleneck realised = knelpunt(adopted);
        assertEquals(Status.OPGELOST, realised.getStatus());
        assertEquals(Optional.of(Resolution.OPGELOST_DOOR_REGELGEVING), realised.getResolutionCategory());
        assertEquals("De regeling is per 1 januari aangepast.", realised.getResolution());
        assertNotNull(realised.getFinishedOn());
        assertEquals(2, notifications(reporter, NotificationKind.TERUGKOPPELING, adopted), "the answer and the realisation");
        assertEquals(1, audited("KNELPUNT_OPVOLGING_GEREALISEERD", adopted));
        transaction.begin();
        try {
            assertThrows(WorkflowException.class, () -> steps.realiseFromSignal(
                    knelpunt(knelpunten.get(Decision.DOORVERWEZEN)), "SIG-TEST", "Niets op te volgen.", profile(ministry), "test"));
        } finally {
            transaction.rollback();
        }
    }

    /** The reporter restricts their knelpunt (afgeschermd), keeping what {@link #reported} wrote. */
    private void restricted(String knelpunt, Person reporter) {
        reporting.edit(knelpunt, new BottleneckReporting.NewBottleneck("Te weinig toetsplekken voor het B1-examen",
                "Inburgeraars moeten maanden wachten op een plek voor het examen op B1-niveau.", "b1-route", "GM0344",
                "Inburgeraars in de B1-route", EstimatedScale.TIENTALLEN, null, true), null, reporter.caller());
    }

    private nl.lerendstelsel.domain.model.user.UserProfile profile(Person person) {
        return em.find(nl.lerendstelsel.domain.model.user.UserProfile.class, person.id());
    }

    /** Issue 27: news of a signal reaches those around its knelpunten only while they may see the knelpunt. */
    @Test
    void aFollowerWhoMayNoLongerSeeTheKnelpuntHearsNothingOfItsSignal() throws Exception {
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        String knelpunt = reported(reporter);
        Person follower = person(Role.PROFESSIONAL, "GM0599");
        comments.follow(knelpunt, true, follower.caller());
        restricted(knelpunt, reporter);
        Person coordinator = person(Role.COORDINATOR, "VNG");
        toLinking(knelpunt, coordinator);
        Person ministry = person(Role.MINISTRY, "SZW");
        String reference = answered(knelpunt, coordinator, ministry, Decision.OVERGENOMEN);
        followUp.recordFollowUp(reference, "Het Besluit inburgering 2021 krijgt een beslistermijn van acht weken.",
                LocalDate.of(2027, 7, 1), ministry.caller());
        assertTrue(notifications(reporter, NotificationKind.SIGNAAL, reference) >= 1, "the reporter still sees the knelpunt");
        assertEquals(0, notifications(follower, NotificationKind.SIGNAAL, reference),
                "the knelpunt was restricted after they followed it: they hear nothing of its signal");
    }

    @Test
    void theEvidenceNamesNoOrganisationOrGemeenteOfAKnelpuntTheReaderMayNotSee() {
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        Person supporter = person(Role.PROFESSIONAL, "GM0599");
        Person coordinator = person(Role.COORDINATOR, "VNG");
        String knelpunt = reported(reporter);
        supporting.support(knelpunt, "GM0599", null, supporter.caller());
        restricted(knelpunt, reporter);
        toLinking(knelpunt, coordinator);
        String reference = drafts.create(input("Toetsplekken B1 in twee regio's"), List.of(knelpunt), coordinator.caller()).getReference();
        signals.submit(reference, null, coordinator.caller());

        SignalQueries.View own = queries.view(reference, reporter.caller());
        assertEquals(0, own.hiddenKnelpunten());
        assertEquals(2, own.evidence().gemeenten().size(), own.evidence().toString());
        assertFalse(own.evidence().organisations().isEmpty());

        SignalQueries.View outsider = queries.view(reference, person(Role.PROFESSIONAL, "GM0307").caller());
        assertEquals(1, outsider.hiddenKnelpunten());
        assertEquals(1, outsider.evidence().knelpunten(), "it still counts");
        assertEquals(Set.of(), outsider.evidence().organisations(), "no organisation of a knelpunt they may not see");
        assertEquals(Set.of(), outsider.evidence().gemeenten(), "no gemeente either, of the reporter or a supporter");
        assertEquals(own.evidence().regions(), outsider.evidence().regions());
        assertEquals(own.evidence().themes(), outsider.evidence().themes());
    }

    @Test
    void anInterimAnswerMovesTheDeadlineAndReachesTheCoordinatorAndEveryoneAroundTheKnelpunten() throws Exception {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person otherMinistry = person(Role.MINISTRY, "SZW");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        Person supporter = person(Role.PROFESSIONAL, "GM0599");
        String knelpunt = supportedAtLinking(reporter, supporter, coordinator);
        String reference = acknowledged("Verder overleg over de beslistermijn", List.of(knelpunt), coordinator, ministry);
        LocalDate wanted = queries.today().plusWeeks(8);
        assertThrows(NotPossibleException.class, () -> signals.interimAnswer(reference, "Verder overleg volgt.", wanted, null,
                ministry.caller()), "only while in behandeling");
        signals.takeInHand(reference, ministry.caller());
        LocalDate before = queries.get(reference, ministry.caller()).getAnswerDue();
        assertThrows(AccessDeniedException.class, () -> signals.interimAnswer(reference, "Verder overleg volgt.", wanted, null,
                coordinator.caller()));
        InvalidInputException notFuture = assertThrows(InvalidInputException.class, () -> signals.interimAnswer(reference,
                "Verder overleg volgt.", queries.today(), null, ministry.caller()));
        assertTrue(notFuture.fieldErrors().containsKey("nieuweDatum"), notFuture.fieldErrors().toString());
        long toldBefore = notifications(reporter, NotificationKind.SIGNAAL, reference);

        signals.interimAnswer(reference, "Verder overleg met DUO en de VNG volgt; daarna antwoorden wij.", wanted, null, ministry.caller());
        Signal signal = queries.get(reference, reporter.caller());
        assertEquals(SignalStatus.IN_BEHANDELING, signal.getStatus());
        assertTrue(!signal.getAnswerDue().isBefore(wanted) && signal.getAnswerDue().isBefore(wanted.plusDays(7)),
                wanted + " -> " + signal.getAnswerDue());
        assertEquals(before, signal.getInterimAnswers().get(0).getDueBefore());
        assertEquals(signal.getAnswerDue(), signal.getInterimAnswers().get(0).getDueAfter());
        assertEquals(List.of("Tussenbericht van SZW, antwoord uiterlijk"), titles(coordinator, reference).stream()
                .filter(t -> t.startsWith("Tussenbericht")).map(t -> t.substring(0, t.lastIndexOf(" uiterlijk") + 10)).toList(),
                "the coordinator who submitted it");
        assertEquals(toldBefore + 1, notifications(reporter, NotificationKind.SIGNAAL, reference), "the reporter");
        assertEquals(1, notifications(supporter, NotificationKind.SIGNAAL, reference), "the supporter");
        assertEquals(0, titles(ministry, reference).stream().filter(t -> t.startsWith("Tussenbericht")).count(), "not who sent it");
        assertEquals(0, titles(otherMinistry, reference).stream().filter(t -> t.startsWith("Tussenbericht")).count());
        assertEquals(1, audited("SIGNAAL_TUSSENBERICHT", reference));

        SignalReport report = queries.report(queries.today(), queries.today(), coordinator.caller());
        SignalReport.Line line = report.lines().stream().filter(l -> l.reference().equals(reference)).findFirst().orElseThrow();
        assertEquals(1, line.interimAnswers());
        assertTrue(line.interimOnly());
        assertEquals(signal.getAnswerDue(), line.answerDue());
        assertTrue(report.interimOnly() >= 1);
    }

    @Test
    void followUpIsRealisedOnceByTheMinistryAndTheDashboardCountsItAndInterimAnswersApart() throws Exception {
        Person admin = person(Role.ADMIN, "DIVOSA");
        Person facilitator = person(Role.FACILITATOR, "DIVOSA");
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        long cop = cop(admin, "CoP opvolging", "Cijfers over de opvolging van signalen.",
                "zelfredzaamheidsroute", facilitator, reporter);
        String adoptedKnelpunt = inCop(reporter, cop);
        toLinking(adoptedKnelpunt, facilitator, coordinator);
        String adopted = answered(adoptedKnelpunt, coordinator, ministry, Decision.OVERGENOMEN);
        String waitingKnelpunt = inCop(reporter, cop);
        toLinking(waitingKnelpunt, facilitator, coordinator);
        String waiting = acknowledged("Verder overleg over de ontheffing", List.of(waitingKnelpunt), coordinator, ministry);
        signals.takeInHand(waiting, ministry.caller());
        signals.interimAnswer(waiting, "Verder overleg met DUO volgt.", queries.today().plusWeeks(6), null, ministry.caller());
        LocalDate today = queries.today();

        assertThrows(NotPossibleException.class, () -> followUp.realiseFollowUp(adopted, "De regeling is aangepast.", ministry.caller()),
                "nothing to realise before the follow-up is recorded");
        followUp.recordFollowUp(adopted, "Het Besluit inburgering 2021 krijgt een beslistermijn.", today.minusDays(1), ministry.caller());
        assertTrue(queries.view(adopted, reporter.caller()).followUpOverdue());
        // the facilitator's dashboard holds what their queue holds: their CoP's knelpunten and those outside any CoP in
        // their region (Gorinchem: no test of this class reports there), so it counts this test's signals only
        people.setRegions(facilitator.id(), List.of("AM35"), admin.caller());
        StatisticsService.Dashboard before = statistics.dashboard(today.minusMonths(1), today, null, null, facilitator.caller());
        assertEquals(Map.of("GEREALISEERD", 0L, "TE_LAAT", 1L, "LOPEND", 0L), counted(before.signalFollowUp()));
        assertEquals(Map.of("OVERGENOMEN", 1L, "TUSSENBERICHT", 1L), counted(before.signalsByDecision()),
                "the interim answer apart from the decisions");

        assertThrows(AccessDeniedException.class, () -> followUp.realiseFollowUp(adopted, "Gedaan.", coordinator.caller()));
        long reporterBefore = notifications(reporter, NotificationKind.SIGNAAL, adopted);
        followUp.realiseFollowUp(adopted, "De gewijzigde regeling is gepubliceerd en geldt sinds gisteren.", ministry.caller());
        Signal realised = queries.get(adopted, reporter.caller());
        assertTrue(realised.isFollowUpRealised());
        assertFalse(queries.view(adopted, reporter.caller()).followUpOverdue(), "realised is not overdue");
        assertFalse(queries.view(adopted, ministry.caller()).mayRealise());
        assertEquals(reporterBefore + 1, notifications(reporter, NotificationKind.SIGNAAL, adopted), "the reporter hears of it");
        assertTrue(titles(coordinator, adopted).contains("Opvolging van het antwoord van SZW gerealiseerd"),
                titles(coordinator, adopted).toString());
        assertEquals(1, audited("SIGNAAL_OPVOLGING_GEREALISEERD", adopted));
        assertThrows(NotPossibleException.class, () -> followUp.realiseFollowUp(adopted, "Nog eens.", ministry.caller()), "once");
        assertThrows(NotPossibleException.class, () -> followUp.recordFollowUp(adopted, "Iets anders.", today, ministry.caller()));
        StatisticsService.Dashboard after = statistics.dashboard(today.minusMonths(2), today, null, null, facilitator.caller());
        assertEquals(Map.of("GEREALISEERD", 1L, "TE_LAAT", 0L, "LOPEND", 0L), counted(after.signalFollowUp()));
    }

    private String inCop(Person reporter, long cop) {
        return reporting.report(new BottleneckReporting.NewBottleneck("Ontheffing na de Z-route duurt maanden",
                "Na de Z-route wachten inburgeraars maanden op het besluit over hun ontheffing.", "zelfredzaamheidsroute", "GM0344",
                "Inburgeraars in de Z-route", EstimatedScale.TIENTALLEN, null, false, List.of(), cop, null), reporter.caller())
                .getReference();
    }

    private static Map<String, Long> counted(List<nl.lerendstelsel.domain.model.statistics.Count> counts) {
        Map<String, Long> map = new java.util.HashMap<>();
        counts.forEach(c -> map.put(c.code(), c.count()));
        return map;
    }

    @Test
    void someoneAtTheMinistryTakesASignalOrAssignsItAndTheInboxFiltersOnIt() {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person colleague = person(Role.MINISTRY, "SZW");
        String reference = submitted(coordinator, reporter);
        assertThrows(NotFoundException.class, () -> ownership.take(concept(coordinator, reporter), ministry.caller()),
                "concepts are not the ministry's");
        assertThrows(AccessDeniedException.class, () -> ownership.take(reference, coordinator.caller()));
        assertTrue(queries.view(reference, ministry.caller()).mayTake());

        ownership.take(reference, ministry.caller());
        assertEquals(ministry.id(), queries.get(reference, ministry.caller()).getOwner().getId());
        assertFalse(queries.view(reference, ministry.caller()).mayTake(), "has it already");
        assertTrue(queries.view(reference, colleague.caller()).mayTake());
        assertEquals(List.of(), titles(ministry, reference).stream().filter(t -> t.startsWith("Signaal aan u")).toList(),
                "who takes it is not told");
        assertTrue(queries.list(null, false, true, 1, 100, ministry.caller()).items().stream()
                .anyMatch(s -> s.getReference().equals(reference)), "mine: those I handle");
        assertFalse(queries.list(null, false, true, 1, 100, colleague.caller()).items().stream()
                .anyMatch(s -> s.getReference().equals(reference)));

        InvalidInputException notMinistry = assertThrows(InvalidInputException.class,
                () -> ownership.assign(reference, coordinator.username(), ministry.caller()));
        assertTrue(notMinistry.fieldErrors().containsKey("eigenaar"));
        assertThrows(InvalidInputException.class, () -> ownership.assign(reference, " ", ministry.caller()));
        ownership.assign(reference, colleague.username(), ministry.caller());
        assertEquals(colleague.id(), queries.get(reference, colleague.caller()).getOwner().getId());
        assertEquals(List.of("Signaal aan u toegewezen"), titles(colleague, reference).stream()
                .filter(t -> t.startsWith("Signaal aan u")).toList(), "the new owner is told");
        assertTrue(queries.list(null, false, true, 1, 100, colleague.caller()).items().stream()
                .anyMatch(s -> s.getReference().equals(reference)));
        assertThrows(NotPossibleException.class, () -> ownership.assign(reference, colleague.username(), ministry.caller()),
                "has it already");
        assertEquals(2, audited("SIGNAAL_EIGENAAR", reference));

        signals.write(reference, "Wanneer kunnen wij een antwoord verwachten?", coordinator.caller());
        assertTrue(titles(colleague, reference).contains("Nieuw bericht in het overleg"), "the owner hears from the coordinator");
    }

    @Test
    void aWithdrawnSignalReturnsItsKnelpuntenToLinkingLevelAndAConceptCanBeDeleted() throws Exception {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        Person supporter = person(Role.PROFESSIONAL, "GM0599");
        String knelpunt = supportedAtLinking(reporter, supporter, coordinator);
        String reference = acknowledged("Toetsplekken: inmiddels opgelost", List.of(knelpunt), coordinator, ministry);
        assertEquals(Level.SYSTEM, knelpunt(knelpunt).getLevel());
        assertThrows(AccessDeniedException.class, () -> withdrawal.withdraw(reference, "Opgelost.", null, ministry.caller()));
        assertThrows(InvalidInputException.class, () -> withdrawal.withdraw(reference, " ", null, coordinator.caller()), "a reason");
        assertThrows(NotPossibleException.class, () -> withdrawal.delete(reference, null, coordinator.caller()), "submitted: withdraw");
        long reporterBefore = countNotifications(NotificationKind.SIGNAAL, reference);

        withdrawal.withdraw(reference, "DUO heeft inmiddels extra toetslocaties geopend; het signaal is niet meer nodig.", null,
                coordinator.caller());
        Signal withdrawn = queries.get(reference, reporter.caller());
        assertEquals(SignalStatus.INGETROKKEN, withdrawn.getStatus());
        Bottleneck back = knelpunt(knelpunt);
        assertEquals(Level.LINKING, back.getLevel(), "nothing stays stuck at system level");
        assertEquals(Status.IN_BEHANDELING, back.getStatus());
        assertTrue(back.getHistory().stream().anyMatch(e -> Action.SIGNAAL_INGETROKKEN.name().equals(e.getActionCode())
                && e.getText().contains("extra toetslocaties")), "the reason in the knelpunt's history");
        assertTrue(countNotifications(NotificationKind.SIGNAAL, reference) > reporterBefore, "the ministry hears of the signal");
        assertTrue(titles(ministry, reference).contains("Signaal ingetrokken door de coördinator"), titles(ministry, reference).toString());
        assertTrue(em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id IN :people AND n.reference = :r", Long.class)
                .setParameter("people", List.of(reporter.id(), supporter.id())).setParameter("r", knelpunt).getSingleResult() >= 2,
                "the reporter and the supporter hear of their knelpunt");
        assertEquals(1, audited("SIGNAAL_INTREKKEN", reference));
        assertEquals(1, audited("KNELPUNT_SIGNAAL_INGETROKKEN", knelpunt));
        assertThrows(NotPossibleException.class, () -> withdrawal.withdraw(reference, "Nog eens.", null, coordinator.caller()));
        assertThrows(NotPossibleException.class, () -> signals.write(reference, "Nog een bericht.", ministry.caller()));

        String again = drafts.create(input("Nieuw signaal over dezelfde toetsplekken"), List.of(knelpunt), coordinator.caller())
                .getReference();
        assertThrows(NotFoundException.class, () -> ownership.take(again, ministry.caller()), "the ministry does not see concepts");
        assertThrows(AccessDeniedException.class, () -> withdrawal.delete(again, null, ministry.caller()));
        withdrawal.delete(again, null, coordinator.caller());
        assertThrows(NotFoundException.class, () -> queries.get(again, coordinator.caller()));
        assertEquals(Level.LINKING, knelpunt(knelpunt).getLevel(), "the knelpunt stays where it was");
        assertEquals(1, audited("SIGNAAL_VERWIJDEREN", again));
    }

    @Test
    void aKnelpuntAddedToASubmittedSignalGoesToSystemLevelAtOnce() {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        String reference = submitted(coordinator, reporter);
        String later = atLinking(reporter, coordinator);
        assertEquals(Level.LINKING, knelpunt(later).getLevel());
        drafts.attach(reference, List.of(later), null, coordinator.caller());
        assertEquals(Level.SYSTEM, knelpunt(later).getLevel());
        assertEquals(Status.OPGESCHAALD, knelpunt(later).getStatus());
        NotPossibleException twice = assertThrows(NotPossibleException.class, () -> drafts.create(input("Nog een signaal erover"),
                List.of(later), coordinator.caller()));
        assertTrue(twice.getMessage().contains(reference), twice.getMessage());
    }

    @Test
    void aCoordinatorFindsTheKnelpuntenForASignalByWordsThemeAndRegion() {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        String word = "zoekproef" + UUID.randomUUID().toString().substring(0, 6);
        String wanted = atLinking("Examenplekken " + word + " ontbreken in de regio", reporter, coordinator);
        String other = atLinking(reporter, coordinator);
        java.util.function.Function<SignalQueries.CandidateSearch, List<String>> found = candidatesFor(coordinator);

        assertEquals(List.of(wanted), found.apply(new SignalQueries.CandidateSearch(word, null, null)));
        assertEquals(List.of(wanted), found.apply(new SignalQueries.CandidateSearch(word.toUpperCase() + "  examenPLEKKEN", null, null)),
                "every word, in any case");
        assertEquals(List.of(wanted), found.apply(new SignalQueries.CandidateSearch(wanted, null, null)), "by reference");
        assertTrue(found.apply(new SignalQueries.CandidateSearch(word + " onbekend", null, null)).isEmpty());
        assertTrue(found.apply(new SignalQueries.CandidateSearch(null, "b1-route", null)).containsAll(List.of(wanted, other)));
        assertTrue(found.apply(new SignalQueries.CandidateSearch(word, "leerbaarheidstoets", null)).isEmpty(), "another theme");
        String region = knelpunt(wanted).getGemeente().getRegion().getCode();
        assertEquals(List.of(wanted), found.apply(new SignalQueries.CandidateSearch(word, null, region)));
        assertTrue(found.apply(new SignalQueries.CandidateSearch(word, null, "GEEN-REGIO")).isEmpty(), "another region");
        assertEquals(found.apply(SignalQueries.CandidateSearch.NONE), found.apply(new SignalQueries.CandidateSearch(" ", "", null)),
                "blank is no search");
    }

    @Test
    void aCoordinatorNarrowsTheKnelpuntenForASignalByGemeenteAndSupport() {
        Person coordinator = person(Role.COORDINATOR, "VNG");
        java.util.function.Function<SignalQueries.CandidateSearch, List<String>> found = candidatesFor(coordinator);
        String word = "steunproef" + UUID.randomUUID().toString().substring(0, 6);
        String wanted = atLinking("Kinderopvang " + word + " tijdens de taallessen", person(Role.PROFESSIONAL, "GM0344"), coordinator);

        assertEquals(List.of(wanted), found.apply(new SignalQueries.CandidateSearch(word, null, null, "GM0344", null)));
        assertTrue(found.apply(new SignalQueries.CandidateSearch(word, null, null, "GM0599", null)).isEmpty(), "another gemeente");
        assertTrue(found.apply(new SignalQueries.CandidateSearch(word, null, null, null, 1)).isEmpty(), "no support yet");
        supporting.support(wanted, "GM0599", "Bij ons ook.", person(Role.PROFESSIONAL, "GM0599").caller());
        assertEquals(List.of(wanted), found.apply(new SignalQueries.CandidateSearch(word, null, null, null, 1)));
        assertTrue(found.apply(new SignalQueries.CandidateSearch(word, null, null, null, 2)).isEmpty(), "one organisation is not two");
        supporting.support(wanted, "GM0363", null, person(Role.PROFESSIONAL, "GM0363").caller());
        assertEquals(List.of(wanted), found.apply(new SignalQueries.CandidateSearch(word, "b1-route", null, "GM0344", 2)));
        assertEquals(found.apply(new SignalQueries.CandidateSearch(word, null, null)),
                found.apply(new SignalQueries.CandidateSearch(word, null, null, "", 0)), "blank gemeente and no least support: any");
    }

    // ---- who may do what --------------------------------------------------------------------------------------

    private static final Set<Role> COORDINATOR = EnumSet.of(Role.COORDINATOR);
    private static final Set<Role> MINISTRY = EnumSet.of(Role.MINISTRY);
    private static final Set<Role> BOTH = EnumSet.of(Role.COORDINATOR, Role.MINISTRY);
    private static final Set<Role> CONCEPT_READERS = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    private static final Set<Role> REPORT_READERS = EnumSet.of(Role.COORDINATOR, Role.MINISTRY, Role.ADMIN);

    private List<Operation> operations() {
        Person author = person(Role.COORDINATOR, "VNG");
        Person ministry = person(Role.MINISTRY, "SZW");
        Person reporter = person(Role.PROFESSIONAL, "GM0344");
        Supplier<String> concept = () -> concept(author, reporter);
        Supplier<String> submitted = () -> submitted(author, reporter);
        Supplier<String> received = () -> {
            String reference = submitted.get();
            signals.acknowledge(reference, ministry.caller());
            return reference;
        };
        Supplier<String> inHand = () -> {
            String reference = received.get();
            signals.takeInHand(reference, ministry.caller());
            return reference;
        };
        Supplier<String> questioned = () -> {
            String reference = inHand.get();
            signals.askQuestions(reference, "Welke gemeenten herkennen dit nog meer?", ministry.caller());
            return reference;
        };
        Supplier<String> adopted = () -> answered(atLinking(reporter, author), author, ministry, Decision.OVERGENOMEN);
        Supplier<String> followedUp = () -> {
            String reference = adopted.get();
            followUp.recordFollowUp(reference, "De regeling wordt aangepast.", LocalDate.of(2027, 1, 1), ministry.caller());
            return reference;
        };
        return List.of(
                new Operation("opstellen", COORDINATOR, () -> atLinking(reporter, author),
                        (knelpunt, caller) -> drafts.create(input("Nieuw signaal over de toetsen"), List.of(knelpunt), caller)),
                new Operation("wijzigen (concept)", COORDINATOR, concept,
                        (ref, caller) -> drafts.edit(ref, input("Gewijzigde titel van het signaal"), null, caller)),
                new Operation("knelpunt toevoegen", COORDINATOR, concept,
                        (ref, caller) -> drafts.attach(ref, List.of(atLinking(reporter, author)), null, caller)),
                new Operation("knelpunt verwijderen", COORDINATOR, () -> {
                            String ref = concept.get();
                            drafts.attach(ref, List.of(atLinking(reporter, author)), null, author.caller());
                            return ref;
                        },
                        (ref, caller) -> drafts.detach(ref, queries.view(ref, author.caller()).knelpunten().get(0).getReference(), caller)),
                new Operation("indienen", COORDINATOR, concept, (ref, caller) -> signals.submit(ref, null, caller)),
                new Operation("concept verwijderen", COORDINATOR, concept, (ref, caller) -> withdrawal.delete(ref, null, caller)),
                new Operation("intrekken", COORDINATOR, submitted,
                        (ref, caller) -> withdrawal.withdraw(ref, "Het knelpunt is inmiddels opgelost.", null, caller)),
                new Operation("oppakken", MINISTRY, submitted, (ref, caller) -> ownership.take(ref, caller)),
                new Operation("toewijzen", MINISTRY, submitted, (ref, caller) -> ownership.assign(ref, ministry.username(), caller)),
                new Operation("ontvangst bevestigen", MINISTRY, submitted, (ref, caller) -> signals.acknowledge(ref, caller)),
                new Operation("in behandeling nemen", MINISTRY, received, (ref, caller) -> signals.takeInHand(ref, caller)),
                new Operation("vragen stellen", MINISTRY, inHand,
                        (ref, caller) -> signals.askQuestions(ref, "Hoe vaak komt dit voor?", caller)),
                new Operation("vragen beantwoorden", COORDINATOR, questioned,
                        (ref, caller) -> signals.answerQuestions(ref, "In elke regio enkele keren per maand.", caller)),
                new Operation("tussenbericht", MINISTRY, inHand, (ref, caller) -> signals.interimAnswer(ref,
                        "Verder overleg met DUO volgt; wij antwoorden daarna.", queries.today().plusWeeks(8), null, caller)),
                new Operation("beantwoorden", MINISTRY, inHand, (ref, caller) -> signals.respond(ref, Decision.NIET_OVERGENOMEN,
                        "De wet biedt hiervoor al ruimte; wij lichten dit toe in de handreiking.", null, null, caller)),
                new Operation("sluiten", BOTH, adopted, (ref, caller) -> signals.close(ref, null, caller)),
                new Operation("opvolging vastleggen", MINISTRY, adopted, (ref, caller) -> followUp.recordFollowUp(ref,
                        "De regeling wordt aangepast.", LocalDate.of(2027, 1, 1), caller)),
                new Operation("opvolging realiseren", MINISTRY, followedUp,
                        (ref, caller) -> followUp.realiseFollowUp(ref, "De regeling is aangepast en gepubliceerd.", caller)),
                new Operation("voortgang melden", MINISTRY, followedUp,
                        (ref, caller) -> followUp.addProgress(ref, "Het ontwerp is klaar.", caller)),
                new Operation("bericht schrijven", BOTH, submitted, (ref, caller) -> signals.write(ref, "Wanneer kunnen wij iets verwachten?", caller)),
                new Operation("ingediend signaal lezen", EnumSet.allOf(Role.class), submitted, (ref, caller) -> queries.view(ref, caller)),
                new Operation("concept lezen", CONCEPT_READERS, concept, (ref, caller) -> queries.view(ref, caller)),
                new Operation("concepten opvragen", CONCEPT_READERS, () -> null,
                        (ref, caller) -> queries.list(SignalStatus.CONCEPT, false, false, 1, 10, caller)),
                new Operation("kandidaten opvragen", COORDINATOR, concept, (ref, caller) -> queries.candidates(queries.get(ref, caller), caller)),
                new Operation("rapportage", REPORT_READERS, () -> null, (ref, caller) -> queries.report(null, null, caller)));
    }

    @Test
    void everyRoleTimesEverySignalOperation() {
        List<String> differences = new ArrayList<>();
        Map<String, String> matrix = InContainer.roleMatrix(operations(), role -> person(role, InContainer.ORGANISATION.get(role)).caller(),
                e -> e instanceof AccessDeniedException || e instanceof NotFoundException ? null : String.valueOf(e), differences);
        assertTrue(differences.isEmpty(), String.join("\n", differences) + "\nmatrix:\n" + matrix);
        assertEquals(25, matrix.size());
        assertFalse(matrix.values().stream().allMatch(r -> r.equals(matrix.values().iterator().next())), "the rows differ");
    }

    // ---- preparing states -------------------------------------------------------------------------------------

    private String reported(Person reporter) {
        return reporting.report(new BottleneckReporting.NewBottleneck("Te weinig toetsplekken voor het B1-examen",
                "Inburgeraars moeten maanden wachten op een plek voor het examen op B1-niveau.", "b1-route", "GM0344",
                "Inburgeraars in de B1-route", EstimatedScale.TIENTALLEN, null), reporter.caller()).getReference();
    }

    private void toLinking(String reference, Person coordinator) {
        toLinking(reference, person(Role.FACILITATOR, "DIVOSA"), coordinator);
    }

    private void toLinking(String reference, Person facilitator, Person coordinator) {
        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, facilitator.caller());
        steps.perform(reference, Action.OPSCHALEN, "Speelt in meerdere regio's.", null, facilitator.caller());
        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, coordinator.caller());
    }

    /** A knelpunt about the B1-route in GM0344 with this title, at linking level. */
    private String atLinking(String title, Person reporter, Person coordinator) {
        String reference = reporting.report(new BottleneckReporting.NewBottleneck(title,
                "Inburgeraars wachten maanden op een examenplek op B1-niveau.", "b1-route", "GM0344",
                "Inburgeraars in de B1-route", EstimatedScale.TIENTALLEN, null), reporter.caller()).getReference();
        toLinking(reference, coordinator);
        return reference;
    }

    /** The references of the candidates the coordinator finds with a search. */
    private java.util.function.Function<SignalQueries.CandidateSearch, List<String>> candidatesFor(Person coordinator) {
        return search -> queries.candidates(null, search, coordinator.caller()).stream().map(Bottleneck::getReference).toList();
    }

    private String atLinking(Person reporter, Person coordinator) {
        String reference = reported(reporter);
        toLinking(reference, coordinator);
        return reference;
    }

    private String concept(Person coordinator, Person reporter) {
        return drafts.create(input("Te weinig examenplekken in het land"), List.of(atLinking(reporter, coordinator)),
                coordinator.caller()).getReference();
    }

    private String submitted(Person coordinator, Person reporter) {
        String reference = concept(coordinator, reporter);
        signals.submit(reference, null, coordinator.caller());
        return reference;
    }

    /** A signal with this title and these knelpunten, submitted by the coordinator and acknowledged by the ministry. */
    private String acknowledged(String title, List<String> knelpunten, Person coordinator, Person ministry) {
        String reference = drafts.create(input(title), knelpunten, coordinator.caller()).getReference();
        signals.submit(reference, null, coordinator.caller());
        signals.acknowledge(reference, ministry.caller());
        return reference;
    }

    /** A knelpunt reported by {@code reporter} and supported from GM0599 by {@code supporter}, at linking level. */
    private String supportedAtLinking(Person reporter, Person supporter, Person coordinator) {
        String knelpunt = reported(reporter);
        supporting.support(knelpunt, "GM0599", null, supporter.caller());
        toLinking(knelpunt, coordinator);
        return knelpunt;
    }

    private String answered(String knelpunt, Person coordinator, Person ministry, Decision decision) {
        String reference = acknowledged("Beslistermijn ontbreekt in de regeling", List.of(knelpunt), coordinator, ministry);
        signals.takeInHand(reference, ministry.caller());
        signals.respond(reference, decision, "Wij passen de regeling aan zodat er een beslistermijn komt.", null, null, ministry.caller());
        return reference;
    }

    private static SignalDrafts.SignalInput input(String title) {
        return new SignalDrafts.SignalInput(title, "Gemeenten in verschillende regio's melden hetzelfde probleem.",
                "De oorzaak ligt in de regelgeving; gemeenten kunnen dit niet zelf oplossen.", Urgency.HOOG,
                Proposal.AANPASSING_WET_REGELGEVING);
    }

    private Person person(Role role, String organisation) {
        return new People("s-", false).signIn(userProfiles, organisation, role);
    }

    private Bottleneck knelpunt(String reference) {
        return em.createQuery("SELECT b FROM Bottleneck b WHERE b.reference = :r", Bottleneck.class).setParameter("r", reference)
                .getSingleResult();
    }

    private long notifications(Person person, NotificationKind kind, String reference) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :p AND n.kind = :k AND n.reference = :r",
                Long.class).setParameter("p", person.id()).setParameter("k", kind).setParameter("r", reference).getSingleResult();
    }

    private long countNotifications(NotificationKind kind, String reference) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.kind = :k AND n.reference = :r", Long.class)
                .setParameter("k", kind).setParameter("r", reference).getSingleResult();
    }

    private long audited(String action, String objectId) {
        return InContainer.audited(em, action, objectId);
    }
}
