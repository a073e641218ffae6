package nl.lerendstelsel.domain.model.organisation;

import java.util.Collection;
import java.util.List;

/**
 * Everything in the database that names an organisation by its code, for a municipal merger: knelpunten (the gemeente
 * where they occur and the reporting organisation), supports (the supporting organisation and its gemeente) and user
 * profiles. Signals, statistics and search derive their figures from these, CoPs count members by person.
 */
public interface OrganisationReferences {

    /** What refers to a set of organisations; the confirmation before a merger shows it, and the result after. */
    record Counts(long knelpuntenInGemeente, long knelpuntenReported, long supports, long supportsForGemeente, long users,
                  long duplicateSupports) implements java.io.Serializable {
    }

    /**
     * Counts what refers to {@code codes}. {@code duplicateSupports}: supports that would name the same organisation
     * twice on one knelpunt once {@code codes} and {@code successor} are one (only the earliest is kept), or the
     * knelpunt's own reporting organisation (removed: an organisation does not support its own knelpunt).
     */
    Counts count(Collection<String> codes, String successor);

    /** The ids of knelpunten whose gemeente, reporting organisation or a support names one of {@code codes}. */
    List<Long> bottlenecksReferring(Collection<String> codes);

    /** Points every reference to {@code codes} at {@code successor}; removes the later of supports that become doubles. */
    Counts move(Collection<String> codes, String successor);
}
