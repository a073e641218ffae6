package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Set;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * Who is looking, for the one visibility rule of restricted ("afgeschermd") knelpunten. A restricted knelpunt is
 * seen by its reporter, everyone of the reporting organisation, handlers (facilitators, coordinators) and admins, and
 * by the ministry once it is at system level. For anyone else it does not exist: not found, not listed, not counted,
 * not suggested. The same rule is written once more as a JPQL predicate for lists
 * ({@code JpaBottleneckRepository}); {@code ViewerTest} pins the rule and
 * {@code BottleneckApiIT.aRestrictedKnelpuntExistsOnlyForTheReportingOrganisationAndHandlers} checks that single
 * reads and lists agree for outsiders and insiders.
 */
public record Viewer(String subject, String organisationCode, boolean handler, boolean ministry, Long profileId) {

    public static Viewer of(String subject, String organisationCode, Set<Role> roles) {
        return new Viewer(subject, organisationCode,
                roles.contains(Role.FACILITATOR) || roles.contains(Role.COORDINATOR) || roles.contains(Role.ADMIN),
                roles.contains(Role.MINISTRY), null);
    }

    /**
     * The same viewer with the id of their profile: lists then recognise "reported by me" on the knelpunt's own column
     * instead of joining the reporter's profile on every row (5x faster counts at the reference volume).
     */
    public Viewer withProfileId(Long id) {
        return new Viewer(subject, organisationCode, handler, ministry, id);
    }

    public boolean maySee(Bottleneck bottleneck) {
        return !bottleneck.isRestricted()
                || handler
                || organisationCode != null && organisationCode.equals(bottleneck.getOrganisation().getCode())
                || bottleneck.getReporter().getSubject().equals(subject)
                || ministry && bottleneck.getLevel() == Level.SYSTEM;
    }
}
