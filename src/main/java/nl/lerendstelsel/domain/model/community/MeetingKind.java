package nl.lerendstelsel.domain.model.community;

/** A CoP meeting: a regular gathering, or intervisie (peer consultation on cases from practice). */
public enum MeetingKind {
    BIJEENKOMST,
    INTERVISIE
}
