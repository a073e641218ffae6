package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** Request body for a new CoP or the changes to one; {@code versie} when changing. */
public record NieuweCop(String naam, String omschrijving, @NotRequired @OneOf(MembershipMode.class) String lidmaatschap,
                        @NotRequired List<String> themas, @NotRequired List<String> regios, @NotRequired Long versie) {
}
