package nl.lerendstelsel.domain.model.community;

/**
 * What a person may do with one outcome. Members of the CoP read every outcome and its earlier versions; anyone signed
 * in reads a shared one (without the earlier versions, which may predate sharing). Its author edits it while still a
 * member, and so does any facilitator of the CoP; only a facilitator shares it or takes sharing back.
 */
public record OutcomeRights(boolean read, boolean edit, boolean share, boolean history) {

    /**
     * @param shared      whether the outcome is shared
     * @param member      an active member of its CoP (or an admin)
     * @param facilitator a facilitator of its CoP (or an admin)
     * @param author      the person who recorded it
     */
    public static OutcomeRights of(boolean shared, boolean member, boolean facilitator, boolean author) {
        boolean inside = member || facilitator;
        return new OutcomeRights(inside || shared, facilitator || author && member, facilitator, inside);
    }
}
