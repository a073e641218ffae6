package nl.lerendstelsel.domain.model.practice;

import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;

/**
 * What the catalogue narrows to ({@code null}: any): a theme, an arbeidsmarktregio (the practice's own or one of its
 * gemeenten'), a province and a gemeente (of its gemeenten), a target group and the practice's status.
 */
public record PracticeFilter(String themeCode, String regionCode, String province, String gemeenteCode, TargetGroup targetGroup,
                             PracticeStatus status) {

    public static final PracticeFilter ANY = new PracticeFilter(null, null, null, null, null, null);
}
