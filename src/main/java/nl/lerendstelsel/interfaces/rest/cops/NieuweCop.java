package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;
import nl.lerendstelsel.domain.model.community.MembershipMode;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request body for a new CoP or the changes to one; {@code versie} when changing. */
public record NieuweCop(@Schema(example = "CoP Leerbaarheidstoets") String naam,
                        @Schema(example = "Gemeenten en ketenpartners wisselen ervaringen uit over de afname van de leerbaarheidstoets.") String omschrijving, @NotRequired @OneOf(MembershipMode.class) String lidmaatschap,
                        @NotRequired List<String> themas, @NotRequired List<String> regios, @NotRequired Long versie) {
}
