package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.administration.PeopleService;
import nl.lerendstelsel.application.bottleneck.BottleneckAssignment;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.CommentService;
import nl.lerendstelsel.application.job.DeadlineReminderJob;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.notification.Delivery;
import nl.lerendstelsel.domain.model.notification.EmailStatus;
import nl.lerendstelsel.domain.model.notification.Notification;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.infrastructure.persistence.DataSourceConfiguration;
import nl.lerendstelsel.it.InContainer.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hand-offs of the loop with real persistence (Arquillian, Payara Micro): every step reaches whoever must act next
 * without anyone watching a list, handlers by the arbeidsmarktregio's they look after, and deadline reminders once per
 * due day on a fixed calendar (a weekend and Christmas). Utrecht (GM0344) lies in AM13, Rotterdam in AM22.
 */
@ExtendWith(Stack.class)
@ExtendWith(ArquillianExtension.class)
class HandoffsIT extends KnelpuntFixtures {

    @Deployment
    static WebArchive deployment() {
        return InContainer.deployment(HandoffsIT.class);
    }

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckAssignment assignment;

    @Inject
    CommentService comments;

    @Inject
    NotificationService notifications;

    @Inject
    nl.lerendstelsel.application.bottleneck.DuplicateService duplicates;

    @Inject
    PeopleService people;

    @Inject
    DeadlineReminderJob reminderJob;

    @Inject
    nl.lerendstelsel.application.signal.SignalDrafts drafts;

    @Inject
    nl.lerendstelsel.application.signal.SignalService signals;

    @Inject
    nl.lerendstelsel.application.qa.QaService qa;

    @Inject
    nl.lerendstelsel.application.work.WorkService work;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @PersistenceUnit(unitName = "lerend-stelsel")
    EntityManagerFactory emf;

    private Caller admin;

    @Test
    void eachStepReachesWhoeverMustActNextAndOnlyInTheirRegion() {
        Caller utrechtFacilitator = handler(Role.FACILITATOR, "AM13");
        Caller rotterdamFacilitator = handler(Role.FACILITATOR, "AM22");
        Caller utrechtCoordinator = handler(Role.COORDINATOR, "AM13");
        Caller rotterdamCoordinator = handler(Role.COORDINATOR, "AM22");
        Caller reporter = signedIn("GM0344", Role.PROFESSIONAL);
        notifications.setPreferences(Map.of(NotificationKind.INFORMATIE_GEVRAAGD, Delivery.DAGELIJKS), reporter);

        String reference = report(reporter);
        assertEquals(List.of(NotificationKind.ACTIE), kinds(utrechtFacilitator, reference), "new in the queue of AM13");
        assertTrue(about(utrechtFacilitator, reference).get(0).getTitle().startsWith("Nieuw in uw wachtrij"));
        assertEquals(List.of(), kinds(rotterdamFacilitator, reference), "not the queue of another region");
        assertEquals(List.of(), kinds(utrechtCoordinator, reference), "not yet at linking level");

        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, utrechtFacilitator);
        assertTrue(comments.isFollowing(reference, utrechtFacilitator), "taking it follows it");
        steps.perform(reference, Action.INFORMATIE_VRAGEN, "Om hoeveel inburgeraars gaat het?", null, utrechtFacilitator);
        Notification asked = about(reporter, reference).get(0);
        assertEquals(NotificationKind.INFORMATIE_GEVRAAGD, asked.getKind());
        assertEquals(EmailStatus.PENDING, asked.getEmailStatus(), "at once, whatever the reporter chose: the clock runs");
        assertTrue(asked.getBody().startsWith("Om hoeveel inburgeraars gaat het?"), asked.getBody());
        assertTrue(asked.getBody().contains("uiterlijk op "), asked.getBody());

        steps.perform(reference, Action.INFORMATIE_ONTVANGEN, "Het gaat om ongeveer veertig inburgeraars.", null, reporter);
        Notification back = about(utrechtFacilitator, reference).get(0);
        assertEquals(NotificationKind.ACTIE, back.getKind());
        assertTrue(back.getTitle().startsWith("Informatie ontvangen"), back.getTitle());
        assertEquals(List.of(), kinds(rotterdamFacilitator, reference), "still nothing for another region");

        comments.comment(reference, "Ik heb de aantallen per maand als bijlage toegevoegd.", reporter);
        assertEquals(NotificationKind.REACTIE, about(utrechtFacilitator, reference).get(0).getKind(), "the reporter's comment");

        steps.perform(reference, Action.OPSCHALEN, "Speelt in de hele regio Midden-Utrecht.", null, utrechtFacilitator);
        assertEquals(List.of(NotificationKind.ACTIE), kinds(utrechtCoordinator, reference), "escalated to AM13's coordinators");
        assertTrue(about(utrechtCoordinator, reference).get(0).getTitle().startsWith("Opgeschaald naar schakelniveau"));
        assertEquals(List.of(), kinds(rotterdamCoordinator, reference), "not those of another region");
        assertEquals(NotificationKind.STAP, about(reporter, reference).get(0).getKind(), "the reporter sees it move");
    }

    @Test
    void thePartsOfASplitReachTheOtherHandlersOfTheQueue() {
        Caller splitter = handler(Role.FACILITATOR, "AM13");
        Caller colleague = handler(Role.FACILITATOR, "AM13");
        Caller elsewhere = handler(Role.FACILITATOR, "AM22");
        String original = report(signedIn("GM0344", Role.PROFESSIONAL));
        steps.perform(original, Action.IN_BEHANDELING_NEMEN, null, null, splitter);
        List<String> parts = duplicates.split(original, List.of(
                new nl.lerendstelsel.application.bottleneck.DuplicateService.Part("Geen plek bij de toetslocatie in de regio",
                        "De toetslocatie in de regio heeft de komende weken geen plek voor de leerbaarheidstoets."),
                new nl.lerendstelsel.application.bottleneck.DuplicateService.Part("Uitslag van de toets komt laat",
                        "De uitslag van de leerbaarheidstoets komt pas weken na de afname.")),
                "Twee verschillende problemen in een melding.", null, splitter);
        for (String part : parts) {
            assertEquals(List.of(NotificationKind.ACTIE), kinds(colleague, part), "new in the queue: " + part);
            assertTrue(about(colleague, part).get(0).getBody().contains(original), about(colleague, part).get(0).getBody());
            assertEquals(List.of(), kinds(splitter, part), "not the handler who split it");
            assertEquals(List.of(), kinds(elsewhere, part), "not the queue of another region");
        }
    }

    @Test
    void takingOverTellsTheEarlierAssigneeAndAssigningMakesAFollower() {
        Caller first = handler(Role.FACILITATOR, "AM13");
        Caller second = handler(Role.FACILITATOR, "AM13");
        String reference = report(signedIn("GM0344", Role.PROFESSIONAL));
        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, first);

        UserProfile third = profile(handler(Role.FACILITATOR, "AM13"));
        assignment.assign(reference, third.getUsername(), null, second);
        Notification away = about(first, reference).get(0);
        assertEquals(NotificationKind.TOEGEWEZEN, away.getKind());
        assertTrue(away.getTitle().startsWith("Niet meer aan u toegewezen"), away.getTitle());
        assertTrue(comments.isFollowing(reference, new Caller(third.getSubject(), EnumSet.of(Role.FACILITATOR), "127.0.0.1")));
    }

    @Test
    void regionsAreForHandlersAndMustExist() {
        UserProfile professional = profile(signedIn("GM0344", Role.PROFESSIONAL));
        assertThrows(InvalidInputException.class, () -> people.setRegions(professional.getId(), List.of("AM13"), admin()));
        UserProfile facilitator = profile(signedIn("DIVOSA", Role.FACILITATOR));
        assertThrows(InvalidInputException.class, () -> people.setRegions(facilitator.getId(), List.of("AM99"), admin()));
        assertEquals(Set.of("AM13", "AM22"), people.setRegions(facilitator.getId(), List.of("AM22", "AM13", " "), admin()).getRegionCodes());
        assertEquals(Set.of(), people.setRegions(facilitator.getId(), List.of(), admin()).getRegionCodes(), "back to nationwide");
    }

    /**
     * On days long past, so that only this knelpunt is due then; titles are counted rather than the order of arrival,
     * since the hourly timer may run (with the real date) at any moment between these steps.
     */
    @Test
    void remindersComeOnceAcrossAWeekendAndChristmasAndOverdueReachesTheWholeLevel() throws Exception {
        Caller assignee = handler(Role.FACILITATOR, "AM13");
        Caller colleague = handler(Role.FACILITATOR, "AM13");
        String reference = report(signedIn("GM0344", Role.PROFESSIONAL));
        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, assignee);
        // Due on Friday 27 December 2024: Wednesday 25 and Thursday 26 are Christmas; two working days before is Monday 23
        execute("UPDATE bottleneck SET due_date = ? WHERE reference = ?", Date.valueOf(LocalDate.of(2024, 12, 27)), reference);
        String near = "Termijn verloopt op vrijdag 27 december 2024";
        String passed = "Termijn verstreken op vrijdag 27 december 2024";

        reminderJob.run(LocalDate.of(2024, 12, 20));
        reminderJob.run(LocalDate.of(2024, 12, 21));
        assertEquals(0, titled(assignee, reference, near), "Friday before and Saturday: not yet");
        reminderJob.run(LocalDate.of(2024, 12, 23));
        reminderJob.run(LocalDate.of(2024, 12, 23));
        reminderJob.run(LocalDate.of(2024, 12, 24));
        reminderJob.run(LocalDate.of(2024, 12, 25));
        assertEquals(1, titled(assignee, reference, near), "once, from Monday 23");
        assertEquals(0, titled(colleague, reference, near), "a reminder is for the assignee");
        assertEquals(NotificationKind.HERINNERING, about(assignee, reference).stream()
                .filter(n -> n.getTitle().startsWith(near)).findFirst().orElseThrow().getKind());

        reminderJob.run(LocalDate.of(2024, 12, 28));
        reminderJob.run(LocalDate.of(2024, 12, 30));
        reminderJob.run(LocalDate.of(2024, 12, 31));
        assertEquals(1, titled(assignee, reference, passed), "overdue once, on the next working day");
        assertEquals(1, titled(colleague, reference, passed), "overdue reaches the level's handlers");
        assertEquals(1, titled(assignee, reference, near), "no second reminder");

        // The knelpunt moves on: a new due day at linking level, and nothing more about the old one
        steps.perform(reference, Action.OPSCHALEN, "Speelt breder dan Utrecht.", null, assignee);
        reminderJob.run(LocalDate.of(2024, 12, 31));
        assertEquals(1, titled(colleague, reference, passed));
    }

    @Test
    void theMinistryIsRemindedToAcknowledgeAndTheSubmitterHearsWhenItIsOverdue() throws Exception {
        Caller reporter = signedIn("GM0344", Role.PROFESSIONAL);
        Caller facilitator = handler(Role.FACILITATOR, "AM13");
        Caller coordinator = handler(Role.COORDINATOR, "AM13");
        Caller ministry = signedIn("SZW", Role.MINISTRY);
        String knelpunt = report(reporter);
        steps.perform(knelpunt, Action.IN_BEHANDELING_NEMEN, null, null, facilitator);
        steps.perform(knelpunt, Action.OPSCHALEN, "Speelt in meerdere regio's.", null, facilitator);
        steps.perform(knelpunt, Action.IN_BEHANDELING_NEMEN, null, null, coordinator);
        String signal = drafts.create(new nl.lerendstelsel.application.signal.SignalDrafts.SignalInput("Te weinig toetsplekken in de regio",
                "Gemeenten in verschillende regio's melden hetzelfde probleem.",
                "De oorzaak ligt in de regelgeving; gemeenten kunnen dit niet zelf oplossen.",
                nl.lerendstelsel.domain.model.signal.Urgency.HOOG, nl.lerendstelsel.domain.model.signal.Proposal.AANPASSING_WET_REGELGEVING),
                List.of(knelpunt), coordinator).getReference();
        signals.submit(signal, null, coordinator);
        execute("UPDATE szw_signal SET acknowledge_due = ?, answer_due = ? WHERE reference = ?",
                Date.valueOf(LocalDate.of(2024, 12, 27)), Date.valueOf(LocalDate.of(2025, 3, 3)), signal);
        String near = "Termijn ontvangstbevestiging verloopt op vrijdag 27 december 2024";
        String passed = "Termijn ontvangstbevestiging verstreken op vrijdag 27 december 2024";

        reminderJob.run(LocalDate.of(2024, 12, 23));
        reminderJob.run(LocalDate.of(2024, 12, 24));
        assertEquals(1, titled(ministry, signal, near));
        assertEquals(0, titled(coordinator, signal, near), "a reminder is for the ministry");
        reminderJob.run(LocalDate.of(2024, 12, 30));
        assertEquals(1, titled(ministry, signal, passed));
        assertEquals(1, titled(coordinator, signal, passed), "the coordinator who submitted it hears it is overdue");

        signals.acknowledge(signal, ministry);
        execute("UPDATE szw_signal SET acknowledge_due = ? WHERE reference = ?", Date.valueOf(LocalDate.of(2024, 12, 31)), signal);
        reminderJob.run(LocalDate.of(2024, 12, 31));
        assertEquals(0, titled(ministry, signal, "Termijn ontvangstbevestiging verloopt op dinsdag 31 december 2024"),
                "acknowledged: that deadline is behind it");
    }

    @Test
    void editorsOfItsPartnersHearOnceThatAnAnswerIsAboutToExpire() {
        Caller divosaEditor = signedIn("DIVOSA", Role.EDITOR);
        Caller vngEditor = signedIn("VNG", Role.EDITOR);
        var version = qa.create("leerbaarheidstoets", EnumSet.of(nl.lerendstelsel.domain.model.qa.Partner.DIVOSA),
                new nl.lerendstelsel.application.qa.QaService.Draft("Mag de leerbaarheidstoets worden overgedaan?",
                        "Nee, de leerbaarheidstoets wordt één keer afgenomen; de uitslag geldt voor het hele traject.", List.of(),
                        null, LocalDate.of(2031, 3, 3), null), divosaEditor);
        qa.submit(version.getId(), divosaEditor);
        qa.approve(version.getId(), signedIn("DIVOSA", Role.EDITOR)); // four eyes: another Divosa editor signs off
        String reference = "QA-" + version.getEntry().getId();
        String notice = "Antwoord geldig tot en met maandag 3 maart 2031";

        reminderJob.run(LocalDate.of(2031, 1, 31));
        assertEquals(0, titled(divosaEditor, reference, notice), "more than 30 days before");
        reminderJob.run(LocalDate.of(2031, 2, 10));
        reminderJob.run(LocalDate.of(2031, 2, 11));
        assertEquals(1, titled(divosaEditor, reference, notice), "once");
        assertEquals(0, titled(vngEditor, reference, notice), "VNG does not sign this answer off");
    }

    @Test
    void aCoordinatorsQueueAndWorklistShowTheirRegionsAndAllOnRequest() {
        Caller utrecht = handler(Role.COORDINATOR, "AM13");
        Caller rotterdam = handler(Role.COORDINATOR, "AM22");
        Caller facilitator = handler(Role.FACILITATOR, "AM13");
        long utrechtNew = work.worklist(utrecht).coordinator().newAtLinking().total();
        long rotterdamNew = work.worklist(rotterdam).coordinator().newAtLinking().total();
        long rotterdamQueue = queueSize(rotterdam, Set.of("AM22"));
        long utrechtQueue = queueSize(utrecht, Set.of("AM13"));
        long allQueue = queueSize(rotterdam, null);

        String reference = report(signedIn("GM0344", Role.PROFESSIONAL));
        steps.perform(reference, Action.IN_BEHANDELING_NEMEN, null, null, facilitator);
        steps.perform(reference, Action.OPSCHALEN, "Speelt in de hele regio.", null, facilitator);

        assertEquals(utrechtNew + 1, work.worklist(utrecht).coordinator().newAtLinking().total(), "escalated to my region");
        assertEquals(rotterdamNew, work.worklist(rotterdam).coordinator().newAtLinking().total(), "not another region's");
        assertEquals(utrechtQueue + 1, queueSize(utrecht, Set.of("AM13")));
        assertEquals(rotterdamQueue, queueSize(rotterdam, Set.of("AM22")));
        assertEquals(allQueue + 1, queueSize(rotterdam, null), "all regions on request");
    }

    private long queueSize(Caller caller, Set<String> regions) {
        return queries.list(nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter.queue(
                nl.lerendstelsel.domain.model.bottleneck.Level.LINKING, queries.viewer(caller), null, regions), 1, 20).total();
    }

    private long titled(Caller caller, String reference, String start) {
        return about(caller, reference).stream().filter(n -> n.getTitle().startsWith(start)).count();
    }

    private String report(Caller reporter) {
        return reporting.report(InContainer.knelpunt("Wachtlijst voor de leerbaarheidstoets in de regio", "leerbaarheidstoets"),
                reporter).getReference();
    }

    /** The caller's notifications about {@code reference}, newest first. */
    private List<Notification> about(Caller caller, String reference) {
        return notifications.page(caller, 1, 100).items().stream().filter(n -> n.getReference().equals(reference)).toList();
    }

    /** Their kinds, oldest first. */
    private List<NotificationKind> kinds(Caller caller, String reference) {
        List<NotificationKind> kinds = new java.util.ArrayList<>(about(caller, reference).stream().map(Notification::getKind).toList());
        java.util.Collections.reverse(kinds);
        return kinds;
    }

    /** A handler who looks after one arbeidsmarktregio. */
    private Caller handler(Role role, String region) {
        Caller caller = signedIn(role == Role.FACILITATOR ? "DIVOSA" : "VNG", role);
        people.setRegions(profile(caller).getId(), List.of(region), admin());
        return caller;
    }

    private Caller admin() {
        if (admin == null) {
            admin = signedIn("DIVOSA", Role.ADMIN);
        }
        return admin;
    }

    private UserProfile profile(Caller caller) {
        return userProfiles.find(caller.subject()).orElseThrow();
    }

    private Caller signedIn(String organisation, Role role) {
        return new People("h-", true).signIn(userProfiles, organisation, role).caller();
    }

    private void execute(String sql, Object... parameters) throws Exception {
        InContainer.execute(dataSource, emf, sql, parameters);
    }
}
