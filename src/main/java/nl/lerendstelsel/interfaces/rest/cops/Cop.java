package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;
import nl.lerendstelsel.domain.model.community.MemberRole;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** A CoP as the caller sees it, with their own standing ({@code mijnStatus}: null, AANGEVRAAGD, ACTIEF, …). */
public record Cop(long id, String naam, String omschrijving, @OneOf(MembershipMode.class) String lidmaatschap,
                  boolean landelijk, List<String> themas, List<String> regios, long leden,
                  @NotRequired @OneOf(MembershipStatus.class) String mijnStatus,
                  @NotRequired @OneOf(MemberRole.class) String mijnRol, boolean facilitator, long versie) {
}
