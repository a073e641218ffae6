package nl.lerendstelsel.domain.model.bottleneck;

/**
 * What a reader narrows the list of knelpunten to; {@code null} means "any". {@code reporterSubject} keeps
 * only the reader's own knelpunten, {@code supportingOrganisation} only those that organisation supports.
 */
public record BottleneckFilter(Level level, Status status, String themeCode, String gemeenteCode, String regionCode,
                               String reporterSubject, String supportingOrganisation) {

    public static BottleneckFilter none() {
        return new BottleneckFilter(null, null, null, null, null, null, null);
    }
}
