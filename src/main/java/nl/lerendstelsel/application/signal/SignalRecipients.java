package nl.lerendstelsel.application.signal;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.lerendstelsel.application.notification.NotificationService;
import nl.lerendstelsel.application.work.DeadlineReminderService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * Who hears of what happens to a signal to SZW: the one place that decides it, for {@link SignalService} and the
 * deadline reminders ({@link DeadlineReminderService}). Pure: the people it chooses from (everyone at the ministry,
 * the people around a knelpunt) are read by the caller and passed in; whoever acted is left out by
 * {@link NotificationService}.
 */
public final class SignalRecipients {

    private SignalRecipients() {
    }

    /** What happened, as far as it decides who is told. */
    enum Occasion {
        /** The coordinator submitted it: everyone at the ministry. */
        SUBMITTED,
        /** The coordinator answered the ministry's questions, or wrote in the thread: the ministry people involved. */
        FROM_COORDINATOR,
        /** The ministry took a step, responded, or wrote in the thread: the coordinators involved. */
        FROM_MINISTRY,
        /** Closed: the coordinators and the ministry people involved. */
        CLOSED,
        /** Follow-up or progress recorded: everyone around its knelpunten. */
        FOLLOW_UP,
        /** News on the answer (an interim answer, realised follow-up): the coordinators involved and everyone around its knelpunten. */
        NEWS
    }

    /**
     * Who is told.
     *
     * @param ministry the ids of everyone at the ministry (active profiles with the role), read only when needed
     * @param audience the reporters, supporters and followers of a knelpunt
     */
    static Set<Long> of(Occasion occasion, Signal signal, Supplier<Set<Long>> ministry,
                        Function<Bottleneck, Collection<Long>> audience) {
        return switch (occasion) {
            case SUBMITTED -> new TreeSet<>(ministry.get());
            case FROM_COORDINATOR -> ministryOf(signal, ministry.get());
            case FROM_MINISTRY -> coordinatorsOf(signal);
            case CLOSED -> {
                Set<Long> both = coordinatorsOf(signal);
                both.addAll(ministryOf(signal, ministry.get()));
                yield both;
            }
            case FOLLOW_UP -> aroundKnelpunten(signal, audience);
            case NEWS -> {
                Set<Long> all = coordinatorsOf(signal);
                all.addAll(aroundKnelpunten(signal, audience));
                yield all;
            }
        };
    }

    /**
     * Who is reminded of a ministry deadline: everyone at the ministry; once it has passed, also whoever submitted the
     * signal.
     */
    public static Set<Long> reminded(Signal signal, Set<Long> ministry, boolean passed) {
        Set<Long> ids = new TreeSet<>(ministry);
        if (passed) {
            ids.add(submitterOf(signal));
        }
        return ids;
    }

    /**
     * The ministry people who own this signal, acted on it or wrote in its thread; everyone at the ministry when none did
     * yet.
     */
    static Set<Long> ministryOf(Signal signal, Set<Long> ministry) {
        Set<Long> involved = new TreeSet<>();
        if (signal.getOwner() != null && ministry.contains(signal.getOwner().getId())) {
            involved.add(signal.getOwner().getId());
        }
        signal.getHistory().stream().filter(e -> e.getActor() != null && ministry.contains(e.getActor().getId()))
                .forEach(e -> involved.add(e.getActor().getId()));
        return involved.isEmpty() ? new TreeSet<>(ministry) : involved;
    }

    /** The author and every coordinator who acted on the signal. */
    static Set<Long> coordinatorsOf(Signal signal) {
        Set<Long> ids = new TreeSet<>();
        ids.add(signal.getAuthor().getId());
        signal.getHistory().stream().filter(e -> e.getActor() != null && e.getActor().getRoles().contains(Role.COORDINATOR))
                .forEach(e -> ids.add(e.getActor().getId()));
        return ids;
    }

    /** Reporters, supporters and followers of every knelpunt in the signal. */
    static Set<Long> aroundKnelpunten(Signal signal, Function<Bottleneck, Collection<Long>> audience) {
        Set<Long> ids = new TreeSet<>();
        signal.getBottlenecks().forEach(b -> ids.addAll(audience.apply(b)));
        return ids;
    }

    /** Who submitted the signal: the actor of its (last) submission, else its author. */
    static Long submitterOf(Signal signal) {
        return signal.getHistory().stream()
                .filter(e -> SignalAction.INDIENEN.name().equals(e.getAction()) && e.getActor() != null)
                .reduce((first, second) -> second).map(e -> e.getActor().getId()).orElse(signal.getAuthor().getId());
    }
}
