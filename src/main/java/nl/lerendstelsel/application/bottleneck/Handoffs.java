package nl.lerendstelsel.application.bottleneck;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.notification.NotificationKind;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * Who hears of a change to a knelpunt, and as what: the hand-offs of the loop. Whoever must act next is told so
 * ({@link NotificationKind#ACTIE}, or for the reporter asked for information {@link NotificationKind#INFORMATIE_GEVRAAGD});
 * everyone else around the knelpunt hears of it as before. One notification per person per change, never to whoever
 * acted. Pure: the people are read by {@link NotificationService}, which also leaves out whoever may not see it.
 */
public final class Handoffs {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);

    private Handoffs() {
    }

    /** What one person is told. */
    public record Tell(NotificationKind kind, Message title, Message text) {
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
    public record Facts(String title, Long reporterId, Set<Long> audience, java.util.function.Supplier<Set<Long>> handlers,
                 LocalDate waitingUntil) {
    }

    /** The hand-offs that go to the handlers as "your turn" ({@code notification.handoff.<action>} says why). */
    private static final Set<Action> TO_HANDLERS = Set.of(Action.OPSCHALEN, Action.TERUGLEGGEN, Action.HEROPENEN,
            Action.INFORMATIE_ONTVANGEN, Action.OPNIEUW_VOORLEGGEN);

    public static Map<Long, Tell> recipients(BottleneckChanged change, Facts facts) {
        Map<Long, Tell> told = new LinkedHashMap<>();
        String title = facts.title();
        Message said = Message.verbatim(change.text());
        switch (change.what()) {
            case REPORTED -> tell(told, facts.handlers().get(), new Tell(NotificationKind.ACTIE,
                    Message.of("notification.handoff.new", title), Message.of("notification.handoff.new.text")));
            case SPLIT_PART -> tell(told, facts.handlers().get(), new Tell(NotificationKind.ACTIE,
                    Message.of("notification.handoff.new", title), Message.of("notification.handoff.splitPart.text", change.text())));
            case PROPOSED -> tell(told, facts.handlers().get(), new Tell(NotificationKind.ACTIE,
                    Message.of("notification.handoff.proposed", title), change.summary()));
            case ASSIGNED -> {
                if (change.assigneeId() != null) {
                    told.put(change.assigneeId(), new Tell(NotificationKind.TOEGEWEZEN, about(change.summary(), title), null));
                }
                replaced(told, change, title);
            }
            case COMMENT -> {
                if (change.actorId() != null && change.actorId().equals(facts.reporterId())) {
                    tell(told, facts.handlers().get(), new Tell(NotificationKind.REACTIE,
                            Message.of("notification.handoff.reporterCommented", title), said));
                }
                tell(told, facts.audience(), new Tell(NotificationKind.REACTIE, about(change.summary(), title), said));
            }
            case SUPPORT -> tell(told, facts.audience(), new Tell(NotificationKind.STEUN, about(change.summary(), title), said));
            case STEP, FEEDBACK -> {
                Action action = change.action();
                if (action == Action.INFORMATIE_VRAGEN && facts.reporterId() != null) {
                    told.put(facts.reporterId(), new Tell(NotificationKind.INFORMATIE_GEVRAAGD,
                            Message.of("notification.handoff.informationAsked", title),
                            informationAsked(change.text(), facts.waitingUntil())));
                } else if (action != null && TO_HANDLERS.contains(action)) {
                    tell(told, facts.handlers().get(), new Tell(NotificationKind.ACTIE,
                            Message.of("notification.handoff." + action.name(), title), said));
                } else if (action == Action.IN_BEHANDELING_NEMEN) {
                    replaced(told, change, title);
                }
                tell(told, facts.audience(), new Tell(NotificationService.kindOf(change.what()), about(change.summary(), title), said));
            }
        }
        if (change.actorId() != null) {
            told.remove(change.actorId());
        }
        return told;
    }

    /** "What happened — the knelpunt's title". */
    private static Message about(Message summary, String title) {
        return Message.of("notification.about", summary, title);
    }

    /** Someone else took or was given the knelpunt: its earlier assignee hears so, and need not act any more. */
    private static void replaced(Map<Long, Tell> told, BottleneckChanged change, String title) {
        Long earlier = change.previousAssigneeId();
        if (earlier != null && !earlier.equals(change.assigneeId())) {
            told.putIfAbsent(earlier, new Tell(NotificationKind.TOEGEWEZEN, Message.of("notification.handoff.unassigned", title),
                    Message.of("notification.handoff.unassigned.text")));
        }
    }

    /** The question, and the day by which the answer must come. */
    static Message informationAsked(String question, LocalDate waitingUntil) {
        String asked = question == null || question.isBlank() ? "" : question.strip();
        return waitingUntil == null ? Message.of("notification.handoff.informationAsked.text", asked)
                : Message.of("notification.handoff.informationAsked.until", asked, waitingUntil);
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
