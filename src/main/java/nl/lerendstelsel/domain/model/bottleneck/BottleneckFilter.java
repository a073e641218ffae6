package nl.lerendstelsel.domain.model.bottleneck;

import java.time.LocalDate;

/**
 * What a reader narrows the list of knelpunten to; {@code null} means "any". {@code reporterSubject} keeps
 * only the reader's own knelpunten, {@code supportingOrganisation} only those that organisation supports,
 * {@code overdueOn} only those past their due day on that date, {@code proposedOnly} only those proposed for
 * escalation; {@code openOnly} leaves out resolved and closed ones; {@code viewer}, when given, leaves out the
 * restricted knelpunten that person may not see; {@code tag} keeps only those with that tag; {@code copId} only those of
 * that Community of Practice (its knelpunten board); {@code handledCops}, when given, only those outside any CoP or in
 * one of these (a facilitator's queue: the knelpunten they may handle); {@code scopeRegions}, when not empty, only those
 * of gemeenten in these arbeidsmarktregio's, except a CoP's knelpunten in {@code handledCops} (a handler's queue in the
 * regions they look after); {@code resolution} only those that ended with that {@link Resolution} (afhandelcategorie);
 * {@code targetGroup} only those that concern that {@link TargetGroup} (doelgroep).
 */
public record BottleneckFilter(Level level, Status status, String themeCode, String gemeenteCode, String regionCode,
                               String reporterSubject, String supportingOrganisation, LocalDate overdueOn,
                               boolean proposedOnly, boolean openOnly, Viewer viewer, String tag, Long copId,
                               java.util.Set<Long> handledCops, java.util.Set<String> scopeRegions, Resolution resolution,
                               TargetGroup targetGroup) {

    /** Without a target group. */
    public BottleneckFilter(Level level, Status status, String themeCode, String gemeenteCode, String regionCode,
                            String reporterSubject, String supportingOrganisation, LocalDate overdueOn,
                            boolean proposedOnly, boolean openOnly, Viewer viewer, String tag, Long copId,
                            java.util.Set<Long> handledCops, java.util.Set<String> scopeRegions, Resolution resolution) {
        this(level, status, themeCode, gemeenteCode, regionCode, reporterSubject, supportingOrganisation, overdueOn,
                proposedOnly, openOnly, viewer, tag, copId, handledCops, scopeRegions, resolution, null);
    }

    /** This filter narrowed to knelpunten that concern {@code group} ({@code null}: any). */
    public BottleneckFilter withTargetGroup(TargetGroup group) {
        return new BottleneckFilter(level, status, themeCode, gemeenteCode, regionCode, reporterSubject, supportingOrganisation,
                overdueOn, proposedOnly, openOnly, viewer, tag, copId, handledCops, scopeRegions, resolution, group);
    }

    /** Without a resolution category. */
    public BottleneckFilter(Level level, Status status, String themeCode, String gemeenteCode, String regionCode,
                            String reporterSubject, String supportingOrganisation, LocalDate overdueOn,
                            boolean proposedOnly, boolean openOnly, Viewer viewer, String tag, Long copId,
                            java.util.Set<Long> handledCops, java.util.Set<String> scopeRegions) {
        this(level, status, themeCode, gemeenteCode, regionCode, reporterSubject, supportingOrganisation, overdueOn,
                proposedOnly, openOnly, viewer, tag, copId, handledCops, scopeRegions, null);
    }

    /** This filter narrowed to knelpunten that ended with {@code category} ({@code null}: any). */
    public BottleneckFilter withResolution(Resolution category) {
        return new BottleneckFilter(level, status, themeCode, gemeenteCode, regionCode, reporterSubject, supportingOrganisation,
                overdueOn, proposedOnly, openOnly, viewer, tag, copId, handledCops, scopeRegions, category, targetGroup);
    }

    /** Without a region scope. */
    public BottleneckFilter(Level level, Status status, String themeCode, String gemeenteCode, String regionCode,
                            String reporterSubject, String supportingOrganisation, LocalDate overdueOn,
                            boolean proposedOnly, boolean openOnly, Viewer viewer, String tag, Long copId,
                            java.util.Set<Long> handledCops) {
        this(level, status, themeCode, gemeenteCode, regionCode, reporterSubject, supportingOrganisation, overdueOn,
                proposedOnly, openOnly, viewer, tag, copId, handledCops, null);
    }

    /** Without a restriction to handled CoPs. */
    public BottleneckFilter(Level level, Status status, String themeCode, String gemeenteCode, String regionCode,
                            String reporterSubject, String supportingOrganisation, LocalDate overdueOn,
                            boolean proposedOnly, boolean openOnly, Viewer viewer, String tag, Long copId) {
        this(level, status, themeCode, gemeenteCode, regionCode, reporterSubject, supportingOrganisation, overdueOn,
                proposedOnly, openOnly, viewer, tag, copId, null);
    }

    /** Without a CoP. */
    public BottleneckFilter(Level level, Status status, String themeCode, String gemeenteCode, String regionCode,
                            String reporterSubject, String supportingOrganisation, LocalDate overdueOn,
                            boolean proposedOnly, boolean openOnly, Viewer viewer, String tag) {
        this(level, status, themeCode, gemeenteCode, regionCode, reporterSubject, supportingOrganisation, overdueOn,
                proposedOnly, openOnly, viewer, tag, null);
    }

    /** Without a tag. */
    public BottleneckFilter(Level level, Status status, String themeCode, String gemeenteCode, String regionCode,
                            String reporterSubject, String supportingOrganisation, LocalDate overdueOn,
                            boolean proposedOnly, boolean openOnly, Viewer viewer) {
        this(level, status, themeCode, gemeenteCode, regionCode, reporterSubject, supportingOrganisation, overdueOn,
                proposedOnly, openOnly, viewer, null);
    }

    /** Without a viewer: everything, for the system itself (demo data, jobs). */
    public static BottleneckFilter none() {
        return visibleTo(null);
    }

    /**
     * Only the visibility rule: every knelpunt, open and closed, that {@code viewer} may see ({@code null}: everything,
     * for the system itself).
     */
    public static BottleneckFilter visibleTo(Viewer viewer) {
        return new BottleneckFilter(null, null, null, null, null, null, null, null, false, false, viewer);
    }

    /** The knelpunten of one CoP (its board), open and closed, as {@code viewer} may see them. */
    public static BottleneckFilter ofCommunity(Long copId, Viewer viewer) {
        return new BottleneckFilter(null, null, null, null, null, null, null, null, false, false, viewer, null, copId);
    }

    /** The open knelpunten of one level as a handler sees them: a handler's queue. */
    public static BottleneckFilter queue(Level level, Viewer viewer) {
        return new BottleneckFilter(level, null, null, null, null, null, null, null, false, true, viewer);
    }

    /** A facilitator's queue at execution level: open knelpunten outside any CoP or in the CoPs they facilitate. */
    public static BottleneckFilter queue(Level level, Viewer viewer, java.util.Set<Long> handledCops) {
        return new BottleneckFilter(level, null, null, null, null, null, null, null, false, true, viewer, null, null, handledCops);
    }

    /** A handler's queue in the regions they look after ({@code scopeRegions} empty or null: the whole country). */
    public static BottleneckFilter queue(Level level, Viewer viewer, java.util.Set<Long> handledCops,
                                         java.util.Set<String> scopeRegions) {
        return new BottleneckFilter(level, null, null, null, null, null, null, null, false, true, viewer, null, null, handledCops,
                scopeRegions);
    }
}
