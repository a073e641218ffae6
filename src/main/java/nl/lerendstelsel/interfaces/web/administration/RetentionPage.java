package nl.lerendstelsel.interfaces.web.administration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.application.administration.RetentionService;
import nl.lerendstelsel.domain.model.retention.RetentionKind;
import nl.lerendstelsel.domain.model.retention.RetentionPeriods;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Messages;

/**
 * The retention page ({@code /app/beheer/bewaartermijn.xhtml}): the period per kind (saved together), what the next run
 * would erase per kind and which knelpunten, the last run, and running it now after confirmation.
 */
@Named("retentionPage")
@RequestScoped
public class RetentionPage {

    @Inject
    RetentionService retention;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private RetentionService.Preview preview;

    private Optional<RetentionService.LastRun> lastRun;

    /** The periods in the form, by kind name ({@code BERICHTEN}) for the page's expressions. */
    private final Map<String, Long> lengths = new HashMap<>();

    @PostConstruct
    void load() {
        RetentionPeriods periods = retention.periods();
        for (RetentionKind kind : RetentionKind.values()) {
            lengths.put(kind.name(), (long) periods.length(kind));
        }
    }

    public RetentionService.Preview getPreview() {
        if (preview == null) {
            preview = retention.preview(currentUser.caller().orElseThrow());
        }
        return preview;
    }

    /** The last run from the audit log, or null when there was none. */
    public RetentionService.LastRun getLastRun() {
        if (lastRun == null) {
            lastRun = retention.lastRun(currentUser.caller().orElseThrow());
        }
        return lastRun.orElse(null);
    }

    public Map<String, Long> getLengths() {
        return lengths;
    }

    public String save() {
        Map<RetentionKind, Long> changes = new EnumMap<>(RetentionKind.class);
        Map<String, String> fields = new LinkedHashMap<>();
        for (RetentionKind kind : RetentionKind.values()) {
            changes.put(kind, lengths.get(kind.name()));
            fields.put(kind.setting().key(), "termijnen:" + kind.name().toLowerCase(Locale.ROOT));
        }
        if (feedback.run(() -> retention.changePeriods(changes, currentUser.caller().orElseThrow()), "retention.saved", fields, null)) {
            return redirect();
        }
        return null;
    }

    public String run() {
        RetentionService.Run run = retention.runNow(currentUser.caller().orElseThrow());
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format(context, "retention.done",
                run.knelpunten(), run.people(), run.comments(), run.attachments()), null));
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format(context, "retention.doneKinds",
                run.erased(RetentionKind.BERICHTEN), run.erased(RetentionKind.SIGNALEN), run.erased(RetentionKind.MELDINGEN),
                run.erased(RetentionKind.VRAGEN), run.erased(RetentionKind.PROFIELEN)), null));
        return redirect();
    }

    private static String redirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/beheer/bewaartermijn.xhtml?faces-redirect=true";
    }
}
