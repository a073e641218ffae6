package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.NotFound;

/**
 * The reporter corrects a knelpunt that nobody has taken up yet (an admin: any open one). The view keeps the
 * version it showed, so a change by someone else in between is refused with the current state instead of lost.
 */
@Named("editBottleneck")
@ViewScoped
public class EditBottleneckPage extends BottleneckFormFields {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELD_IDS = Map.of(
            "titel", "bewerken:titel", "omschrijving", "bewerken:omschrijving", "thema", "bewerken:thema",
            "gemeente", "bewerken:gemeente", "doelgroep", "bewerken:doelgroep", "oplossingsrichting", "bewerken:oplossing",
            "tags", "bewerken:tags");

    @Inject
    BottleneckReporting reporting;

    @Inject
    BottleneckQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String reference;
    private long shownVersion;
    private boolean editable;
    private SelectItem retiredTheme;

    /** {@code <f:viewAction>}: fill the form, or 404 for an unknown reference. */
    public void load() throws IOException {
        Bottleneck b = currentUser.caller().flatMap(caller -> queries.find(reference, caller)).orElse(null);
        if (b == null) {
            NotFound.answer("Onbekend knelpunt");
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        editable = queries.rights(b, currentUser.caller().orElseThrow()).edit();
        shownVersion = b.getVersion();
        fill(b);
        retiredTheme = b.getTheme().isActive() ? null : new SelectItem(b.getTheme().getCode(),
                Messages.format(context, "bottleneck.edit.retiredTheme", b.getTheme().name(language.getLocale())));
        if (!editable) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.get(context, "bottleneck.edit.notPossible"), null));
        }
    }

    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            reporting.edit(reference, toInput(), shownVersion, currentUser.caller().orElseThrow());
            context.getExternalContext().getFlash().put("gewijzigd", reference);
            return "/app/knelpunten/detail.xhtml?faces-redirect=true&ref=" + reference;
        } catch (PersonalDataRejectedException e) {
            e.findings().forEach((field, findings) -> findings.forEach(f -> error(context, field, f.message(language.getLocale()))));
            error(context, null, Messages.get(context, "bottleneck.privacy.summary"));
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).forEach((field, text) -> error(context, field, text));
        } catch (ConcurrentChangeException e) {
            error(context, null, Messages.get(context, "bottleneck.edit.conflict"));
        } catch (NotPossibleException e) {
            error(context, null, e.message(language.getLocale()));
        } catch (AccessDeniedException e) {
            error(context, null, e.message(language.getLocale()));
        }
        return null;
    }

    private static void error(FacesContext context, String field, String text) {
        context.addMessage(field == null ? null : FIELD_IDS.get(field), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /**
     * The knelpunt's own theme when it has been retired since: it is not among the active themes offered, yet the
     * knelpunt keeps it unless the editor chooses another (empty when its theme is active).
     */
    public List<SelectItem> getRetiredTheme() {
        return retiredTheme == null ? List.of() : List.of(retiredTheme);
    }

    public boolean isEditable() {
        return editable;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
