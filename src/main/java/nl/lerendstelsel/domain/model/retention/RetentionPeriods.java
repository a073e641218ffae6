package nl.lerendstelsel.domain.model.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.settings.Settings;
import nl.lerendstelsel.domain.model.signal.SignalStatus;

/**
 * The retention period of every {@link RetentionKind} and the rules that say which items are due. Periods count in whole
 * days in the Netherlands: an item whose moment (last post, closing, creation, last sign-in) falls on day D is due from day
 * D + period on, e.g. a discussion last active on 10 March 2024 with 36 months is erased from 10 March 2027. In SQL that is
 * "moment before {@link #dueBefore}": the start of the day after the cut-off day.
 */
public record RetentionPeriods(Map<RetentionKind, Integer> lengths) {

    public RetentionPeriods {
        Map<RetentionKind, Integer> copy = new EnumMap<>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            Integer length = lengths.get(kind);
            if (length == null || length < kind.setting().min()) {
                throw new IllegalArgumentException("No valid retention period for " + kind + ": " + length);
            }
            copy.put(kind, length);
        }
        lengths = Collections.unmodifiableMap(copy);
    }

    /** The periods in {@code settings}. */
    public static RetentionPeriods of(Settings settings) {
        Map<RetentionKind, Integer> lengths = new EnumMap<>(RetentionKind.class);
        for (RetentionKind kind : RetentionKind.values()) {
            lengths.put(kind, Math.toIntExact(settings.get(kind.setting())));
        }
        return new RetentionPeriods(lengths);
    }

    public int length(RetentionKind kind) {
        return lengths.get(kind);
    }

    /** The knelpunt rule with this period. */
    public RetentionPolicy knelpunten() {
        return new RetentionPolicy(length(RetentionKind.KNELPUNTEN));
    }

    /** The latest day whose items are due at {@code now}. */
    public LocalDate cutoff(RetentionKind kind, Instant now) {
        LocalDate today = RetentionPolicy.today(now);
        return kind.unit() == RetentionKind.Unit.JAREN ? today.minusYears(length(kind)) : today.minusMonths(length(kind));
    }

    /** Items whose moment is before this instant (the start of the day after the cut-off day, Dutch time) are due. */
    public Instant dueBefore(RetentionKind kind, Instant now) {
        return cutoff(kind, now).plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
    }

    private boolean before(RetentionKind kind, Instant moment, Instant now) {
        return moment != null && moment.isBefore(dueBefore(kind, now));
    }

    /** A post is due when its discussion's last post is old enough and it was not erased yet (also deleted posts: their author). */
    public boolean isPostDue(Instant threadLastPost, boolean erased, Instant now) {
        return !erased && before(RetentionKind.BERICHTEN, threadLastPost, now);
    }

    /** A signal's texts are due when it was closed or withdrawn long enough ago; one still in progress never is. */
    public boolean isSignalDue(SignalStatus status, Instant closedAt, boolean erased, Instant now) {
        return !erased && (status == SignalStatus.GESLOTEN || status == SignalStatus.INGETROKKEN)
                && before(RetentionKind.SIGNALEN, closedAt, now);
    }

    /** A notification is due when it is old enough, read or not. */
    public boolean isNotificationDue(Instant createdAt, Instant now) {
        return before(RetentionKind.MELDINGEN, createdAt, now);
    }

    /** A question is due when it was never answered (still new, or declined) and asked long enough ago. */
    public boolean isQuestionDue(QuestionStatus status, Instant askedAt, boolean erased, Instant now) {
        return !erased && status != QuestionStatus.BEANTWOORD && before(RetentionKind.VRAGEN, askedAt, now);
    }

    /**
     * A profile is due when its owner has not signed in long enough; an admin's profile only while another admin's profile
     * remains (the platform never loses its last admin account).
     */
    public boolean isProfileDue(Instant lastSignIn, boolean anonymised, boolean admin, long otherAdmins, Instant now) {
        return !anonymised && (!admin || otherAdmins > 0) && before(RetentionKind.PROFIELEN, lastSignIn, now);
    }
}
