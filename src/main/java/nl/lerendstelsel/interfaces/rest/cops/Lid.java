package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import nl.lerendstelsel.domain.model.community.Membership;

/** A membership of a CoP: who, their organisation, role and status, and since when. */
public record Lid(String gebruikersnaam, String naam, String organisatie, String rol, String status, String reden,
                  Instant sinds) {

    public static Lid of(Membership m) {
        return new Lid(m.getPerson().getUsername(), m.getPerson().getDisplayName(),
                m.getPerson().getOrganisation() == null ? null : m.getPerson().getOrganisation().getName(), m.getRole().name(),
                m.getStatus().name(), m.getReason(), m.getChangedAt());
    }
}
