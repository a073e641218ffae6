package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.LawCodes;

/**
 * Naming the articles of law a knelpunt is about (form {@code wetsartikelen}, offered when the rights allow it:
 * {@code cite}): one per line in the short form, as editors write them for the Q&amp;A.
 */
@Named("bottleneckLaw")
@RequestScoped
public class LawForm {

    @Inject
    BottleneckDetailPage page;

    @Inject
    BottleneckReporting reporting;

    @Inject
    Feedback feedback;

    private String codes;

    public String save() {
        return feedback.run(() -> reporting.cite(page.getReference(), LawCodes.lines(codes), page.caller()), "bottleneck.law.saved",
                Map.of("wetsartikelen", "wetsartikelen:codes"), "wetsartikelen:codes") ? page.shownAgain() : null;
    }

    /** What is named now, one per line, until the person changes it. */
    public String getCodes() {
        if (codes == null && page.getBottleneck() != null) {
            codes = LawCodes.text(page.getBottleneck().getLawReferences());
        }
        return codes;
    }

    public void setCodes(String codes) {
        this.codes = codes;
    }
}
