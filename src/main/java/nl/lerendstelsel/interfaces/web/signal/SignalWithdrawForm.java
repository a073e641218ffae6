package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalWithdrawal;

/**
 * Taking the signal back, by its coordinator, each after the page asked to confirm (forms {@code verwijderen} and
 * {@code intrekken}): deleting a concept, or withdrawing a submitted signal with a reason.
 */
@Named("signalWithdraw")
@RequestScoped
public class SignalWithdrawForm extends SignalForm {

    @Inject
    SignalWithdrawal withdrawal;

    private String reason;

    /** Deletes the concept and goes to the list, with the message kept for it. */
    public String delete() {
        if (feedback.run(() -> withdrawal.delete(page.getRef(), null, page.caller()), "signal.deleted", Map.of(), null)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/signalen/index.xhtml?faces-redirect=true";
        }
        return page.refused();
    }

    public String withdraw() {
        return after(feedback.run(() -> withdrawal.withdraw(page.getRef(), reason, null, page.caller()), "signal.withdrawn", Map.of(),
                "intrekken:reden"));
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
