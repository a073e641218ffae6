package nl.lerendstelsel.interfaces.web.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.lerendstelsel.application.administration.RetentionService;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Messages;

/** The retention page ({@code /app/beheer/bewaartermijn.xhtml}): the dry run, and running it now after confirmation. */
@Named("retentionPage")
@RequestScoped
public class RetentionPage {

    @Inject
    RetentionService retention;

    @Inject
    CurrentUser currentUser;


    private RetentionService.Preview preview;

    public RetentionService.Preview getPreview() {
        if (preview == null) {
            preview = retention.preview(currentUser.caller().orElseThrow());
        }
        return preview;
    }

    public String run() {
        RetentionService.Run run = retention.runNow(currentUser.caller().orElseThrow());
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format(context, "retention.done",
                run.knelpunten(), run.people(), run.comments(), run.attachments()), null));
        return "/app/beheer/bewaartermijn.xhtml?faces-redirect=true";
    }
}
