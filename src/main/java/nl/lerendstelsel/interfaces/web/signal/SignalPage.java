package nl.lerendstelsel.interfaces.web.signal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.TreeSet;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/**
 * One signal: its texts, the derived evidence, its knelpunten, the clarification thread, the ministry's response and
 * the follow-up, the ministry's interim answers, with the steps the viewer may take now. This bean loads and shows; the
 * forms are beans of their own, each with {@code Feedback.run} and post/redirect/get ({@link #shownAgain()}): the law
 * references ({@link SignalLawForm}), the owner at the ministry ({@link SignalOwnerForm}), the knelpunten
 * ({@link SignalKnelpuntenForm}), the plain steps ({@link SignalStepForm}), the thread ({@link SignalThreadForm}), the
 * interim answer ({@link SignalInterimForm}), the response ({@link SignalResponseForm}), the follow-up
 * ({@link SignalFollowUpForm}) and taking it back ({@link SignalWithdrawForm}). Publishing the response, submitting,
 * deleting and withdrawing are confirmed first ({@link #getConfirming()}).
 */
@Named("signal")
@RequestScoped
public class SignalPage {

    @Inject
    SignalQueries queries;

    @Inject
    CurrentUser currentUser;

    private String ref;
    private SignalQueries.View view;
    private boolean missing;
    /** Which confirmation is showing ("beantwoorden", "indienen", …); it travels with the form as a plain field. */
    private String confirming;

    /** The reference and the pending confirmation travel with every form as plain fields (see {@link RequestParameters}). */
    @PostConstruct
    void readParameters() {
        String value = RequestParameters.text("ref");
        if (value != null) {
            ref = value;
        }
        confirming = RequestParameters.text("bevestig");
    }

    public SignalQueries.View getView() {
        if (view == null && !missing && ref != null) {
            try {
                view = queries.view(ref, caller());
            } catch (NotFoundException e) {
                missing = true;
            }
        }
        return view;
    }

    public boolean isMissing() {
        return ref == null || getView() == null;
    }

    public boolean may(SignalAction action) {
        return getView() != null && view.actions().contains(action);
    }

    /** A set of names as one line, e.g. "Almere, Utrecht". */
    public String joined(Collection<String> names) {
        return String.join(", ", new TreeSet<>(names));
    }

    /** First click on submitting: ask to confirm. */
    public String askSubmit() {
        confirming = "indienen";
        return null;
    }

    /** First click on publishing the response: show what publishing does and ask to confirm; the texts stay in the form. */
    public String askRespond() {
        confirming = "beantwoorden";
        return null;
    }

    /** First click on deleting a concept: ask to confirm. */
    public String askDelete() {
        confirming = "verwijderen";
        return null;
    }

    /** First click on withdrawing: ask to confirm; the reason stays in the form. */
    public String askWithdraw() {
        confirming = "intrekken";
        return null;
    }

    public String cancel() {
        confirming = null;
        return null;
    }

    /** After a step that worked: the page again by GET, with the message kept for it (post/redirect/get). */
    String shownAgain() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/signalen/signaal.xhtml?faces-redirect=true&ref=" + ref;
    }

    /** After a step that was refused: no confirmation pending, the signal read again, the form shown with what was typed. */
    String refused() {
        confirming = null;
        view = null;
        return null;
    }

    Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getConfirming() {
        return confirming;
    }
}
