package nl.lerendstelsel.domain.model.signal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;

/** Signals and what is derived from them: evidence, overdue lists, the report's lines. */
public interface SignalRepository {

    /**
     * What a reader narrows the list to; {@code null} means any. {@code includeConcepts} is only true for coordinators
     * (and admins); {@code overdueOn} keeps the signals past a ministry deadline on that day; {@code authorId} keeps one
     * coordinator's signals, {@code ownerId} those one person at the ministry handles.
     */
    record Filter(SignalStatus status, boolean includeConcepts, LocalDate overdueOn, Long authorId, Long ownerId) {

        /** A filter without an owner. */
        public Filter(SignalStatus status, boolean includeConcepts, LocalDate overdueOn, Long authorId) {
            this(status, includeConcepts, overdueOn, authorId, null);
        }
    }

    void add(Signal signal);

    /** Deletes a concept with its history lines and its links to knelpunten (a concept has no messages or progress). */
    void remove(Signal signal);

    Optional<Signal> findByReference(String reference);

    List<Signal> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    /** The number of knelpunten per signal, in one query for a page of signals. */
    Map<Long, Long> knelpuntCounts(Collection<Long> signalIds);

    /** The number of interim answers per signal, in one query (signals without one are left out). */
    Map<Long, Long> interimCounts(Collection<Long> signalIds);

    /** The signals a knelpunt is in, newest first. */
    List<Signal> signalsOf(Bottleneck bottleneck);

    /** Of these knelpunten, the ids of those in a signal that is not answered or withdrawn yet (concepts included). */
    java.util.Set<Long> inOpenSignals(Collection<Long> bottleneckIds);

    /** The number of organisations that support ("ook bij ons") each of these knelpunten, in one query (none: left out). */
    Map<Long, Long> supportCounts(Collection<Long> bottleneckIds);

    /** The evidence items of a signal's knelpunten by the knelpunt's id, with their supports, in two queries. */
    Map<Long, Evidence.Item> evidenceItems(Signal signal);

    /** Signals submitted from {@code from} up to and including {@code to}, concepts never. */
    List<Signal> submittedBetween(LocalDate from, LocalDate to);

    /** Theme names (Dutch) per signal, in one query. */
    Map<Long, List<String>> themes(Collection<Long> signalIds);

    /** The knelpunten of these signals as (signal reference, knelpunt) pairs, by signal and knelpunt reference. */
    List<Map.Entry<String, Bottleneck>> knelpuntenOf(Collection<Long> signalIds);

    long nextReferenceNumber(int year);

    void flush();

    /**
     * References of signals in one of {@code statuses} whose acknowledge day ({@code answer} false) or answer day
     * ({@code answer} true) lies from {@code from} up to and including {@code to} ({@code from} null: any earlier day) and
     * that had no reminder of {@code kind} for that day yet, earliest first.
     */
    List<String> dueWithoutReminder(boolean answer, Collection<SignalStatus> statuses, LocalDate from, LocalDate to, String kind,
                                    int max);
}
