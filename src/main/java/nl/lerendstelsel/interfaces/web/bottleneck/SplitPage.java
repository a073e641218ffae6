package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.application.bottleneck.DuplicateService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.NotFound;
import nl.lerendstelsel.interfaces.web.TitleFields;

/** A handler splits a knelpunt that holds several problems into 2 to 5 new ones (five rows; empty rows are skipped). */
@Named("splitPage")
@ViewScoped
public class SplitPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BottleneckQueries queries;

    @Inject
    DuplicateService duplicates;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    private String reference;
    private String title;
    private long shownVersion;
    private String reason;
    /** The form's rows, one a new knelpunt. */
    private final List<TitleFields> rows = new ArrayList<>(List.of(new TitleFields(), new TitleFields(), new TitleFields(),
            new TitleFields(), new TitleFields()));

    public void load() throws IOException {
        Bottleneck b = currentUser.caller().flatMap(caller -> queries.find(reference, caller)).orElse(null);
        if (b == null) {
            NotFound.answer("Onbekend knelpunt");
            return;
        }
        title = b.getTitle();
        shownVersion = b.getVersion();
    }

    public String split() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            List<String> parts = duplicates.split(reference, rows.stream().map(r -> new DuplicateService.Part(r.getTitle(), r.getDescription())).toList(),
                    reason, shownVersion, currentUser.caller().orElseThrow());
            context.getExternalContext().getFlash().put("gesplitst", String.join(", ", parts));
            return "/app/knelpunten/detail.xhtml?faces-redirect=true&ref=" + reference;
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).forEach((field, text) -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    label(context, field) + text, null)));
        } catch (PersonalDataRejectedException e) {
            e.findings().forEach((field, findings) -> findings.forEach(f -> context.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, label(context, field) + f.message(language.getLocale()), null))));
        } catch (WorkflowException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        } catch (ConcurrentChangeException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.get(context, "bottleneck.action.conflict"), null));
        } catch (AccessDeniedException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(language.getLocale()), null));
        }
        return null;
    }

    private static final Pattern PART_FIELD = Pattern.compile("delen\\[(\\d+)]\\.(\\w+)");

    /** "Deel 2, titel: " for a field like {@code delen[1].titel}. */
    private static String label(FacesContext context, String field) {
        Matcher m = PART_FIELD.matcher(field);
        if (m.matches()) {
            return Messages.format(context, "split.partField", Integer.parseInt(m.group(1)) + 1, m.group(2)) + ": ";
        }
        return "";
    }

    public List<TitleFields> getRows() {
        return rows;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTitle() {
        return title;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
