package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.interfaces.web.LawCodes;

/** The articles of law a signal is about (form {@code wetsartikelen}, while the coordinator may edit): one per line in the short form. */
@Named("signalLaw")
@RequestScoped
public class SignalLawForm extends SignalForm {

    @Inject
    SignalDrafts drafts;

    private String codes;

    public String save() {
        return after(feedback.run(() -> drafts.cite(page.getRef(), LawCodes.lines(codes), page.caller()), "bottleneck.law.saved",
                Map.of("wetsartikelen", "wetsartikelen:codes"), "wetsartikelen:codes"));
    }

    /** What is named now, one per line, until the coordinator changes it. */
    public String getCodes() {
        if (codes == null && page.getView() != null) {
            codes = LawCodes.text(page.getView().signal().getLawReferences());
        }
        return codes;
    }

    public void setCodes(String codes) {
        this.codes = codes;
    }
}
