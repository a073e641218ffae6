package nl.lerendstelsel.domain.model.bottleneck;

/** How many inburgeraars (or cases) the reporter estimates the knelpunt affects. */
public enum EstimatedScale {
    ENKELEN,
    TIENTALLEN,
    HONDERDEN,
    DUIZENDEN
}
