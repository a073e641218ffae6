package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import nl.lerendstelsel.domain.model.community.MemberRole;
import nl.lerendstelsel.domain.model.community.Membership;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** A membership of a CoP: who, their organisation, role and status, and since when. */
public record Lid(String gebruikersnaam, String naam, @NotRequired String organisatie, @OneOf(MemberRole.class) String rol,
                  @OneOf(MembershipStatus.class) String status, @NotRequired String reden, Instant sinds) {

    public static Lid of(Membership m) {
        return new Lid(m.getPerson().getUsername(), m.getPerson().getDisplayName(),
                m.getPerson().getOrganisation() == null ? null : m.getPerson().getOrganisation().getName(), m.getRole().name(),
                m.getStatus().name(), m.getReason(), m.getChangedAt());
    }
}
