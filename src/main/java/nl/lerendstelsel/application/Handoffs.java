package nl.lerendstelsel.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.notification.NotificationKind;

/**
 * Who hears of a change to a knelpunt, and as what: the hand-offs of the loop. Whoever must act next is told so
 * ({@link NotificationKind#ACTIE}, or for the reporter asked for information {@link NotificationKind#INFORMATIE_GEVRAAGD});
 * everyone else around the knelpunt hears of it as before. One notification per person per change, never to whoever
 * acted. Pure: the people are read by {@link NotificationService}, which also leaves out whoever may not see it.
 */
final class Handoffs {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);

    private Handoffs() {
    }

    /** What one person is told. */
    record Tell(NotificationKind kind, String title, String text) {
    }

    /**
     * The facts about the knelpunt after the change.
     *
     * @param title        its title
     * @param reporterId   who reported it
     * @param audience     reporter, supporters and followers (for feedback also its CoP's members)
     * @param handlers     who must act on it now: its assignee, or when nobody is assigned its level's handlers (read
     *                     only for the changes that hand work on)
     * @param waitingUntil the last day of a wait for information, if it waits
     */
    record Facts(String title, Long reporterId, Set<Long> audience, java.util.function.Supplier<Set<Long>> handlers,
                 LocalDate waitingUntil) {
    }

    /** The hand-offs that go to the handlers as "your turn", with the words that say why. */
    private static final Map<Action, String> TO_HANDLERS = Map.of(
            Action.OPSCHALEN, "Opgeschaald naar schakelniveau, nu in uw wachtrij",
            Action.TERUGLEGGEN, "Teruggelegd naar uitvoeringsniveau, weer in uw wachtrij",
            Action.HEROPENEN, "Heropend, weer in uw wachtrij",
            Action.INFORMATIE_ONTVANGEN, "Informatie ontvangen, u kunt verder");

    static Map<Long, Tell> recipients(BottleneckChanged change, Facts facts) {
        Map<Long, Tell> told = new LinkedHashMap<>();
        String title = facts.title();
        switch (change.what()) {
            case REPORTED -> tell(told, facts.handlers().get(), new Tell(NotificationKind.ACTIE, "Nieuw in uw wachtrij — " + title,
                    "Er is een knelpunt gemeld dat u kunt oppakken."));
            case PROPOSED -> tell(told, facts.handlers().get(), new Tell(NotificationKind.ACTIE,
                    "Voorgesteld voor opschaling — " + title, change.text()));
            case ASSIGNED -> {
                if (change.assigneeId() != null) {
                    told.put(change.assigneeId(), new Tell(NotificationKind.TOEGEWEZEN, change.summary() + " — " + title, null));
                }
                replaced(told, change, title);
            }
            case COMMENT -> {
                if (change.actorId() != null && change.actorId().equals(facts.reporterId())) {
                    tell(told, facts.handlers().get(), new Tell(NotificationKind.REACTIE,
                            "De melder reageerde — " + title, change.text()));
                }
                tell(told, facts.audience(), new Tell(NotificationKind.REACTIE, change.summary() + " — " + title, change.text()));
            }
            case SUPPORT -> tell(told, facts.audience(), new Tell(NotificationKind.STEUN, change.summary() + " — " + title, change.text()));
            case STEP, FEEDBACK -> {
                Action action = change.action();
                if (action == Action.INFORMATIE_VRAGEN && facts.reporterId() != null) {
                    told.put(facts.reporterId(), new Tell(NotificationKind.INFORMATIE_GEVRAAGD, "Informatie gevraagd — " + title,
                            informationAsked(change.text(), facts.waitingUntil())));
                } else if (action != null && TO_HANDLERS.containsKey(action)) {
                    tell(told, facts.handlers().get(), new Tell(NotificationKind.ACTIE, TO_HANDLERS.get(action) + " — " + title, change.text()));
                } else if (action == Action.IN_BEHANDELING_NEMEN) {
                    replaced(told, change, title);
                }
                tell(told, facts.audience(), new Tell(NotificationService.kindOf(change.what()), change.summary() + " — " + title,
                        change.text()));
            }
        }
        if (change.actorId() != null) {
            told.remove(change.actorId());
        }
        return told;
    }

    /** Someone else took or was given the knelpunt: its earlier assignee hears so, and need not act any more. */
    private static void replaced(Map<Long, Tell> told, BottleneckChanged change, String title) {
        Long earlier = change.previousAssigneeId();
        if (earlier != null && !earlier.equals(change.assigneeId())) {
            told.putIfAbsent(earlier, new Tell(NotificationKind.TOEGEWEZEN, "Niet meer aan u toegewezen — " + title,
                    "Het knelpunt is overgenomen; u hoeft er niets meer mee te doen."));
        }
    }

    /** The question, and the day by which the answer must come. */
    static String informationAsked(String question, LocalDate waitingUntil) {
        StringBuilder text = new StringBuilder();
        if (question != null && !question.isBlank()) {
            text.append(question.strip()).append("\n\n");
        }
        if (waitingUntil != null) {
            text.append("Geef de informatie uiterlijk op ").append(DAY.format(waitingUntil))
                    .append(" via de knop 'Informatie geven' bij het knelpunt. Daarna wordt het knelpunt zonder uw informatie verder behandeld.");
        } else {
            text.append("Geef de informatie via de knop 'Informatie geven' bij het knelpunt.");
        }
        return text.toString();
    }

    /** A Dutch day as in the texts, e.g. "dinsdag 15 december 2026". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    private static void tell(Map<Long, Tell> told, Set<Long> ids, Tell tell) {
        for (Long id : new TreeSet<>(ids)) {
            told.putIfAbsent(id, tell);
        }
    }
}
