package nl.lerendstelsel.application.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

/** The reference data that ships with the product is complete and consistent. */
class ReferenceDataFilesTest {

    static List<Map<String, String>> read(String file) {
        return SemicolonSeparatedResource.read(ReferenceDataLoader.BASE + file);
    }

    @Test
    void all342GemeentenOf2025WithAKnownRegion() {
        List<Map<String, String>> gemeenten = read("gemeenten.csv");
        assertEquals(342, gemeenten.size());
        Set<String> codes = gemeenten.stream().map(g -> g.get("cbs_code")).collect(Collectors.toSet());
        assertEquals(342, codes.size(), "CBS codes are unique");
        assertEquals(342, gemeenten.stream().map(g -> g.get("naam")).collect(Collectors.toSet()).size(), "names are unique");
        assertTrue(codes.stream().allMatch(c -> c.matches("GM\\d{4}")), "CBS codes look like GM0344");
        assertTrue(codes.containsAll(List.of("GM0344", "GM0363", "GM0599", "GM0518", "GM1992")));

        Set<String> regions = read("arbeidsmarktregios.csv").stream().map(r -> r.get("code")).collect(Collectors.toSet());
        assertEquals(35, regions.size());
        Set<String> used = new HashSet<>();
        for (Map<String, String> g : gemeenten) {
            assertTrue(regions.contains(g.get("arbeidsmarktregio_code")), "unknown region for " + g);
            used.add(g.get("arbeidsmarktregio_code"));
        }
        assertEquals(regions, used, "every region has gemeenten");
    }

    @Test
    void partnerOrganisationsIncludeTheNationalPartners() {
        List<Map<String, String>> partners = read("partnerorganisaties.csv");
        Set<String> codes = partners.stream().map(p -> p.get("code")).collect(Collectors.toSet());
        assertTrue(codes.containsAll(List.of("DUO", "COA", "IND", "UWV", "DIVOSA", "VNG", "SZW")), codes.toString());
        assertTrue(partners.stream().anyMatch(p -> p.get("soort").equals("TAALSCHOOL")));
        partners.forEach(p -> assertTrue(OrganisationKind.valueOf(p.get("soort")).isPartner()));
    }

    @Test
    void themesOfTheWetInburgering2021() {
        List<String> codes = read("themas.csv").stream().map(t -> t.get("code")).toList();
        assertEquals(List.of("brede-intake", "pip", "b1-route", "onderwijsroute", "zelfredzaamheidsroute",
                "leerbaarheidstoets", "ontzorgen", "warme-overdracht-coa", "huisvesting", "gezondheid", "ouderschap",
                "arbeidstoeleiding", "taal", "participatieverklaring", "nazorg", "financiering", "informatievoorziening"), codes);
        read("themas.csv").forEach(t -> assertTrue(!t.get("naam_en").isBlank() && !t.get("omschrijving_nl").isBlank()));
    }
}
