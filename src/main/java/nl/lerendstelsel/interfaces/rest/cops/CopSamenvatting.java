package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;
import nl.lerendstelsel.domain.model.community.Community;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** A CoP in the directory, with its number of members. */
public record CopSamenvatting(long id, String naam, String omschrijving, @OneOf(MembershipMode.class) String lidmaatschap,
                              boolean landelijk, List<String> themas, List<String> regios, long leden) {

    public static CopSamenvatting of(Community c, long members) {
        return new CopSamenvatting(c.getId(), c.getName(), c.getDescription(), c.getMembershipMode().name(), c.isNational(),
                c.getThemes().stream().map(Theme::getCode).toList(),
                c.getRegions().stream().map(LabourMarketRegion::getCode).toList(), members);
    }
}
