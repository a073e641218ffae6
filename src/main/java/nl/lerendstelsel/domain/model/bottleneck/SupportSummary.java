package nl.lerendstelsel.domain.model.bottleneck;

/**
 * How widely a knelpunt is met: distinct supporting organisations, and distinct gemeenten and arbeidsmarktregio's
 * counting the knelpunt's own gemeente. A knelpunt that reaches the threshold (by default 5 gemeenten in at
 * least 2 regions) is proposed for escalation to its handler — proposed, never escalated automatically.
 */
public record SupportSummary(long organisations, long gemeenten, long regions, boolean proposedForEscalation) {

    public static SupportSummary of(long organisations, long gemeenten, long regions, int gemeentenThreshold,
                                    int regionsThreshold) {
        return new SupportSummary(organisations, gemeenten, regions,
                gemeenten >= gemeentenThreshold && regions >= regionsThreshold);
    }
}
