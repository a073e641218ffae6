package nl.lerendstelsel.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.signal.SignalStatus;

/**
 * The reads behind "Mijn werk" (the start page), as rows of plain values: no entity leaves a request through them.
 * Every list is one bounded query; its total is counted with a second query only when the list is longer than what is
 * shown ({@link Slice}). Implemented in infrastructure ({@code JpaWorkQueries}).
 */
public interface WorkQueries {

    /** The first {@code items} of a list, and how many there are in all. */
    record Slice<T>(List<T> items, long total) {
        public static <T> Slice<T> empty() {
            return new Slice<>(List.of(), 0);
        }

        public boolean isEmpty() {
            return total == 0;
        }
    }

    /** A knelpunt as a line of a worklist. */
    record Knelpunt(Long id, String reference, String title, Level level, Status status, LocalDate due,
                    LocalDate waitingUntil, LocalDate finishedOn, boolean proposed) {
    }

    /** The latest step in a knelpunt's history: the action's code and when. */
    record Step(String actionCode, Instant at) {
    }

    /** A question someone asked for the Q&A base, and what became of it. */
    record Question(Long id, String text, QuestionStatus status, String reason, Long answerEntryId, Instant askedAt) {
    }

    /** A CoP someone is an active member of. */
    record Cop(Long id, String name, boolean facilitator) {
    }

    /** A planned meeting of a CoP. */
    record Meeting(Long id, Long copId, String title, Instant startsAt) {
    }

    /** A signal to SZW as a line of a worklist. */
    record Signal(String reference, String title, SignalStatus status, LocalDate acknowledgeDue, LocalDate answerDue) {
    }

    /** A version of a Q&A answer as a line of a worklist. */
    record Version(Long id, String question, int number, LocalDate validUntil) {
    }

    /** Which knelpunten a knelpunt list holds; see {@link #knelpunten}. */
    enum KnelpuntList {
        /** Reported by the person and waiting for them: information asked, or returned with feedback to accept or answer. */
        WAITING_FOR_ME,
        /**
         * Reported by the person, resolved (or closed by the ministry's answer) on or after {@code since}: still within the
         * reopen window.
         */
        RESOLVED_SINCE,
        /** Reported by the person, newest change first. */
        REPORTED,
        /** Open and assigned to the person, earliest due day first (so the overdue ones lead). */
        ASSIGNED,
        /** Open and unassigned at {@code level}: the level's queue; earliest due day first. */
        QUEUE,
        /** Open at {@code level}, proposed for escalation (support threshold reached). */
        PROPOSED,
        /** New ({@code gemeld}) at {@code level}, not yet taken. */
        NEW_AT_LEVEL
    }

    /**
     * One of the knelpunt lists of a person ({@code profileId}). {@code level} narrows the handler lists to a level;
     * {@code handledCops}, when given, keeps only knelpunten outside any CoP or in one of these (a facilitator's).
     */
    default Slice<Knelpunt> knelpunten(KnelpuntList list, long profileId, Level level, Set<Long> handledCops, LocalDate since,
                                       int limit) {
        return knelpunten(list, profileId, level, handledCops, null, since, limit);
    }

    /**
     * As above; {@code regions}, when not empty, keeps only knelpunten of gemeenten in these arbeidsmarktregio's (the
     * handler's region scope), except those of the CoPs in {@code handledCops}.
     */
    Slice<Knelpunt> knelpunten(KnelpuntList list, long profileId, Level level, Set<Long> handledCops, Set<String> regions,
                               LocalDate since, int limit);

    /** The latest step of each of these knelpunten, by id — one query for all. */
    Map<Long, Step> latestSteps(Collection<Long> knelpuntIds);

    Slice<Question> questionsOf(long profileId, int limit);

    /** Questions nobody answered or declined yet, oldest first (the editors' queue). */
    Slice<Question> openQuestions(int limit);

    /** The CoPs the person is an active member of, by name (at most {@code limit}). */
    List<Cop> copsOf(long profileId, int limit);

    /** The first coming meeting of each of these CoPs, from {@code now}, by CoP id. */
    Map<Long, Meeting> nextMeetings(Collection<Long> copIds, Instant now);

    /** How many discussions in each of these CoPs have posts the person has not read, by CoP id (none: absent). */
    Map<Long, Long> unreadDiscussions(Collection<Long> copIds, long profileId);

    /** Signals with one of these statuses, most urgent ministry deadline first. */
    Slice<Signal> signals(Set<SignalStatus> statuses, int limit);

    /** Signals with the ministry past a deadline on {@code today}: not acknowledged or not answered in time. */
    Slice<Signal> overdueSignals(LocalDate today, int limit);

    /** Versions in review that the entry asks {@code partner} to sign off and {@code partner} has not signed yet. */
    Slice<Version> toSignOff(Partner partner, int limit);

    /** Published answers whose validity ends between {@code from} and {@code until} (inclusive), soonest first. */
    Slice<Version> validityEnding(LocalDate from, LocalDate until, int limit);

    /** A monitor round that waits for an organisation's answers; {@code started}: it saved a draft. */
    record MonitorRound(Long id, String title, LocalDate closesOn, boolean started) {
    }

    /**
     * The open monitor rounds (closing on or after {@code today}) that ask the organisation and that it has not submitted
     * its answers to, soonest closing first (issue 29).
     */
    List<MonitorRound> monitorRoundsWaiting(String organisationCode, LocalDate today, int limit);
}
