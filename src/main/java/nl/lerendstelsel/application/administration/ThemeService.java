package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.regex.Pattern;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;

/**
 * The themes knelpunten, CoPs and questions are filed under, maintained by admins: add, rename (Dutch and English) and
 * retire. A retired theme is not offered for anything new; what was filed under it keeps it.
 */
@ApplicationScoped
public class ThemeService {

    private static final Pattern THEME_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @Inject
    ThemeRepository themes;

    @Inject
    ReferenceDataChangeLog changeLog;

    @Transactional
    public Theme addTheme(String code, String nameNl, String nameEn, String descriptionNl, String descriptionEn, Caller caller) {
        AdministrationService.requireAdmin(caller);
        FieldErrors errors = new FieldErrors();
        String cleanCode = code == null ? "" : code.strip().toLowerCase();
        if (!THEME_CODE.matcher(cleanCode).matches()) {
            errors.put("code", Message.of("input.admin.themeCode"));
        } else if (themes.find(cleanCode).isPresent()) {
            errors.put("code", Message.of("input.admin.codeTaken", cleanCode));
        }
        String nl = InputChecks.required(errors, "naam", nameNl, 2, 100);
        String en = InputChecks.required(errors, "name", nameEn, 2, 100);
        String descriptionNlClean = InputChecks.optional(errors, "omschrijving", descriptionNl, 500);
        String descriptionEnClean = InputChecks.optional(errors, "description", descriptionEn, 500);
        errors.throwIfAny();
        int order = themes.all(true).stream().mapToInt(Theme::getSortOrder).max().orElse(0) + 10;
        Theme theme = new Theme(cleanCode, nl, en, descriptionNlClean, descriptionEnClean, order);
        themes.add(theme);
        changeLog.record(caller, "THEMA_TOEGEVOEGD", "Theme", cleanCode, nl + " / " + en);
        return theme;
    }

    @Transactional
    public Theme renameTheme(String code, String nameNl, String nameEn, Caller caller) {
        AdministrationService.requireAdmin(caller);
        Theme theme = theme(code);
        FieldErrors errors = new FieldErrors();
        String nl = InputChecks.required(errors, "naam", nameNl, 2, 100);
        String en = InputChecks.required(errors, "name", nameEn, 2, 100);
        errors.throwIfAny();
        String old = theme.getNameNl() + " / " + theme.getNameEn();
        theme.rename(nl, en);
        changeLog.record(caller, "THEMA_HERNOEMD", "Theme", theme.getCode(), old + " → " + nl + " / " + en);
        return theme;
    }

    /** Not offered for new knelpunten, CoPs or questions; what was filed under it keeps it. */
    @Transactional
    public Theme retireTheme(String code, Caller caller) {
        AdministrationService.requireAdmin(caller);
        Theme theme = theme(code);
        if (!theme.isActive()) {
            throw new NotPossibleException(Message.of("refusal.admin.themeRetired"));
        }
        if (themes.all(false).size() <= 1) {
            throw new NotPossibleException(Message.of("refusal.admin.lastTheme"));
        }
        theme.retire();
        changeLog.record(caller, "THEMA_INGETROKKEN", "Theme", theme.getCode(), theme.getNameNl());
        return theme;
    }

    private Theme theme(String code) {
        return themes.find(code == null ? null : code.strip())
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.admin.theme", String.valueOf(code))));
    }
}
