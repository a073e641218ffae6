package nl.lerendstelsel.application.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.practice.PracticeContent;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;

/**
 * Checks what a writer filled in for a practice example: the lengths, known gemeenten, region and themes, a period that
 * ends after it starts (a concept may leave gemeente and region open: submitting asks for them), and then every free text through the personal-data guard. Errors are reported per field, under
 * the Dutch names the form and the API use.
 */
@ApplicationScoped
class PracticeChecks {

    static final int TITLE_MAX = 300;
    static final int TEXT_MAX = 10_000;
    static final int MAX_GEMEENTEN = 25;

    @Inject
    ThemeRepository themes;

    @Inject
    OrganisationRepository organisations;

    PracticeContent check(PracticeInput input) {
        FieldErrors errors = new FieldErrors();
        String title = InputChecks.required(errors, "titel", input.title(), 5, TITLE_MAX);
        String approach = InputChecks.required(errors, "aanpak", input.approach(), 10, TEXT_MAX);
        String partners = InputChecks.optional(errors, "partners", input.partners(), 1000);
        String results = InputChecks.optional(errors, "resultaten", input.results(), TEXT_MAX);
        String attention = InputChecks.optional(errors, "aandachtspunten", input.pointsOfAttention(), TEXT_MAX);
        String contactRole = InputChecks.optional(errors, "contactrol", input.contactRole(), 200);
        if (input.status() == null) {
            errors.put("status", Message.of("input.practice.status"));
        }
        if (input.periodFrom() != null && input.periodTo() != null && input.periodTo().isBefore(input.periodFrom())) {
            errors.put("tot", Message.of("input.practice.period"));
        }
        Set<Theme> chosenThemes = themes(errors, input.themeCodes());
        Set<Organisation> gemeenten = gemeenten(errors, input.gemeenteCodes());
        LabourMarketRegion region = null;
        if (input.regionCode() != null && !input.regionCode().isBlank()) {
            region = organisations.findRegion(input.regionCode().strip()).orElse(null);
            if (region == null) {
                errors.put("regio", Message.of("input.cop.unknownRegion", input.regionCode()));
            }
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData("titel", title, "aanpak", approach, "partners", partners, "resultaten", results,
                "aandachtspunten", attention, "contactrol", contactRole);
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (input.targetGroups() != null) {
            input.targetGroups().stream().filter(Objects::nonNull).forEach(groups::add);
        }
        return new PracticeContent(title, gemeenten, region, chosenThemes, groups, approach, partners, results, attention,
                input.status(), input.periodFrom(), input.periodTo(), contactRole);
    }

    private Set<Theme> themes(FieldErrors errors, List<String> codes) {
        Set<Theme> chosen = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code != null && !code.isBlank()) {
                themes.find(code.strip()).filter(Theme::isActive).ifPresentOrElse(chosen::add,
                        () -> errors.put("themas", Message.of("input.cop.unknownTheme", code)));
            }
        }
        if (chosen.isEmpty() && !errors.containsKey("themas")) {
            errors.put("themas", Message.of("input.cop.themeRequired"));
        }
        return chosen;
    }

    private Set<Organisation> gemeenten(FieldErrors errors, List<String> codes) {
        Set<Organisation> chosen = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code != null && !code.isBlank()) {
                organisations.find(code.strip()).filter(Organisation::isGemeente).ifPresentOrElse(chosen::add,
                        () -> errors.put("gemeenten", Message.of("input.outcome.unknownGemeente", code)));
            }
        }
        if (chosen.size() > MAX_GEMEENTEN) {
            errors.put("gemeenten", Message.of("input.practice.tooManyGemeenten", MAX_GEMEENTEN));
        }
        return chosen;
    }
}
