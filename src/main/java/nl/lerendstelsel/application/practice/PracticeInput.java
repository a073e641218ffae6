package nl.lerendstelsel.application.practice;

import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.practice.PracticeStatus;

/**
 * What a writer fills in for a practice example, unchecked: gemeenten (CBS codes) and/or an arbeidsmarktregio, themes
 * (codes, at least one), target groups, the approach (aanpak), partners, results, aandachtspunten, the practice's
 * status, its period and a contact role (no name).
 */
public record PracticeInput(String title, List<String> gemeenteCodes, String regionCode, List<String> themeCodes,
                            List<TargetGroup> targetGroups, String approach, String partners, String results,
                            String pointsOfAttention, PracticeStatus status, LocalDate periodFrom, LocalDate periodTo,
                            String contactRole) {
}
