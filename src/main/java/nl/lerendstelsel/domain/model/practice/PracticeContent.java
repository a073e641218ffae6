package nl.lerendstelsel.domain.model.practice;

import java.time.LocalDate;
import java.util.Set;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.theme.Theme;

/**
 * What a practice example says, checked: title, where (gemeenten and/or an arbeidsmarktregio), themes (at least one),
 * target groups, the approach (aanpak), partners, results (with figures where known), what to watch out for
 * (aandachtspunten), the practice's own status and period, and a contact role at the organisation (a role, no name).
 */
public record PracticeContent(String title, Set<Organisation> gemeenten, LabourMarketRegion region, Set<Theme> themes,
                              Set<TargetGroup> targetGroups, String approach, String partners, String results,
                              String pointsOfAttention, PracticeStatus status, LocalDate periodFrom, LocalDate periodTo,
                              String contactRole) {

    public PracticeContent {
        gemeenten = Set.copyOf(gemeenten);
        themes = Set.copyOf(themes);
        targetGroups = Set.copyOf(targetGroups);
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("a practice example has at least one theme");
        }
        if (gemeenten.stream().anyMatch(g -> !g.isGemeente())) {
            throw new IllegalArgumentException("only gemeenten");
        }
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }
}
