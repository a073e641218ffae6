package nl.lerendstelsel.interfaces.web.signal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.domain.model.law.LawReference;

/** The articles of law a signal is about (form {@code wetsartikelen}, while the coordinator may edit): one per line in the short form. */
@Named("signalLaw")
@RequestScoped
public class SignalLawForm extends SignalForm {

    @Inject
    SignalDrafts drafts;

    private String codes;

    public String save() {
        List<String> lines = codes == null ? List.of()
                : Arrays.stream(codes.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        return after(feedback.run(() -> drafts.cite(page.getRef(), lines, page.caller()), "bottleneck.law.saved",
                Map.of("wetsartikelen", "wetsartikelen:codes"), "wetsartikelen:codes"));
    }

    /** What is named now, one per line, until the coordinator changes it. */
    public String getCodes() {
        if (codes == null && page.getView() != null) {
            codes = String.join("\n", page.getView().signal().getLawReferences().stream().map(LawReference::code).toList());
        }
        return codes;
    }

    public void setCodes(String codes) {
        this.codes = codes;
    }
}
