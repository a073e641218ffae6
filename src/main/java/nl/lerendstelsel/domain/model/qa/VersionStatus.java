package nl.lerendstelsel.domain.model.qa;

/** The editorial state of one version of an answer. */
public enum VersionStatus {
    /** Being written; the only state in which the text can change. */
    CONCEPT,
    /** Waiting for the sign-off of every named partner; the text is frozen. */
    TER_REVIEW,
    /** Signed off by every named partner: the current answer. Never changes again. */
    GEPUBLICEERD,
    /** Replaced by a newer published version, or withdrawn. */
    GEARCHIVEERD
}
