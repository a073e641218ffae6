package nl.lerendstelsel.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.infrastructure.security.SignedInUser;

/** What the API returns: Dutch field names for a Dutch-language domain, never entities. */
public final class Representations {

    private Representations() {
    }

    public record Arbeidsmarktregio(String code, String naam) {
        static Arbeidsmarktregio of(LabourMarketRegion region) {
            return region == null ? null : new Arbeidsmarktregio(region.getCode(), region.getName());
        }
    }

    /** {@code opgegaanIn} and {@code opgeheven}: for a gemeente that merged into another, the successor and the day. */
    public record Gemeente(String code, String naam, @NotRequired String provincie,
                           @NotRequired Arbeidsmarktregio arbeidsmarktregio, boolean actief, @NotRequired String opgegaanIn,
                           @NotRequired LocalDate opgeheven) {
        static Gemeente of(Organisation o) {
            return new Gemeente(o.getCode(), o.getName(), o.getProvince(), Arbeidsmarktregio.of(o.getRegion()), o.isActive(),
                    o.getSuccessorCode(), o.getRetiredOn());
        }
    }

    public record Organisatie(String code, String naam, @OneOf(OrganisationKind.class) String soort, boolean actief,
                              @NotRequired String opgegaanIn, @NotRequired LocalDate opgeheven) {
        static Organisatie of(Organisation o) {
            return new Organisatie(o.getCode(), o.getName(), o.getKind().name(), o.isActive(), o.getSuccessorCode(), o.getRetiredOn());
        }
    }

    /** {@code actief}: false for a retired theme, which stays on old records but is not offered for new ones. */
    public record Thema(String code, String naam, String name, @NotRequired String omschrijving, boolean actief) {
        static Thema of(Theme t) {
            return new Thema(t.getCode(), t.getNameNl(), t.getNameEn(), t.description(Locale.forLanguageTag("nl")), t.isActive());
        }
    }

    public record Gebruiker(String gebruikersnaam, String naam, @NotRequired Organisatie organisatie, List<String> rollen) {
        static Gebruiker of(SignedInUser user, Organisation organisation) {
            return new Gebruiker(user.username(), user.displayName(),
                    organisation == null ? null : Organisatie.of(organisation), user.roleNames());
        }
    }
}
