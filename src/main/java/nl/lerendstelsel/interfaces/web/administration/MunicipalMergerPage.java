package nl.lerendstelsel.interfaces.web.administration;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.administration.AdministrationService;
import nl.lerendstelsel.application.administration.MunicipalMergerService;
import nl.lerendstelsel.domain.model.organisation.OrganisationReferences;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;

/**
 * The municipal merger page: the admin names the gemeenten and their successor, sees in a confirmation dialog what will
 * move (counts), and confirms. Nothing changes before the confirmation.
 */
@Named("mergerPage")
@ViewScoped
public class MunicipalMergerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MunicipalMergerService mergers;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Language language;

    private List<String> merging = new ArrayList<>();
    private String code;
    private String name;
    private String region;
    private LocalDate on;

    /** What the confirmation dialog shows; {@code null} while there is nothing to confirm. */
    private Summary preview;
    private Summary result;

    /** The plan and counts as the page shows them. */
    public record Summary(String merging, String successor, boolean successorIsNew, LocalDate on,
                          OrganisationReferences.Counts counts) implements Serializable {
        static Summary of(MunicipalMergerService.MergerReport report) {
            return new Summary(String.join(", ", report.merger().merging().stream().map(o -> o.getName() + " (" + o.getCode() + ")").toList()),
                    report.merger().successor().getName() + " (" + report.merger().successor().getCode() + ")",
                    report.merger().successorIsNew(), report.merger().on(), report.counts());
        }
    }

    public void review() {
        result = null;
        attempt(() -> preview = Summary.of(mergers.previewMerger(merging, code, name, region, on, currentUser.caller().orElseThrow())));
    }

    public void confirm() {
        attempt(() -> {
            result = Summary.of(mergers.merge(merging, code, name, region, on, currentUser.caller().orElseThrow()));
            preview = null;
            merging = new ArrayList<>();
            code = null;
            name = null;
            region = null;
            on = null;
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(context, "merger.done"), null));
        });
    }

    /** Runs a step of the merger and says why when it is refused (invalid input also drops the preview). */
    private void attempt(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            preview = null;
            show(e);
        } catch (AccessDeniedException e) {
            error(e.message(language.getLocale()));
        }
    }

    public void cancel() {
        preview = null;
    }

    private void show(InvalidInputException e) {
        e.fieldErrors(language.getLocale()).forEach((field, message) -> error(message));
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public Summary getPreview() {
        return preview;
    }

    public Summary getResult() {
        return result;
    }

    public List<String> getMerging() {
        return merging;
    }

    public void setMerging(List<String> merging) {
        this.merging = merging == null ? new ArrayList<>() : new ArrayList<>(merging);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }
}
