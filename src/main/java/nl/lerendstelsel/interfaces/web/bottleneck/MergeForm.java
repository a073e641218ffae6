package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.lerendstelsel.application.bottleneck.DuplicateService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Messages;

/**
 * Merging a knelpunt into another one (form {@code samenvoegen}): suggestions when asked for, a check of the survivor
 * with a confirmation, then the merge. Offered when the rights allow it ({@code BottleneckRights.merge}).
 */
@Named("bottleneckMerge")
@ViewScoped
public class MergeForm implements Serializable {

    /** Where the merge service's refusals go: the survivor's field, else the reason's. */
    private static final Map<String, String> FIELDS = Map.of("behouden", "samenvoegen:behouden", "toelichting", "samenvoegen:reden");

    @Inject
    BottleneckDetailPage page;

    @Inject
    DuplicateService duplicates;

    @Inject
    Feedback feedback;

    private String mergeInto;
    private String mergeReason;
    private String mergeConfirmation;
    private boolean mergeCandidatesWanted;
    private transient List<DuplicateService.Similar> mergeCandidates;

    /**
     * Similar open knelpunten, as candidates to merge into, once asked for ({@link #findMergeCandidates}): a similarity
     * search on every view of a handler's page cost more than the rest of the page.
     */
    public List<DuplicateService.Similar> getMergeCandidates() {
        if (!mergeCandidatesWanted) {
            return List.of();
        }
        Bottleneck current = page.getBottleneck();
        if (mergeCandidates == null && current != null) {
            mergeCandidates = duplicates.similar(current.getTitle(), current.getDescription(), page.getReference(), 8,
                            page.caller()).stream()
                    .filter(s -> s.bottleneck().getStatus().isOpen()).toList();
        }
        return mergeCandidates;
    }

    public void findMergeCandidates() {
        mergeCandidatesWanted = true;
    }

    public boolean isMergeCandidatesWanted() {
        return mergeCandidatesWanted;
    }

    /** Step one: check the survivor exists and is open, then ask for confirmation. */
    public void checkMerge() {
        FacesContext context = FacesContext.getCurrentInstance();
        String ref = mergeInto == null ? "" : mergeInto.strip().toUpperCase(Locale.ROOT);
        Bottleneck survivor = ref.isEmpty() ? null : page.findVisible(ref);
        if (survivor == null || ref.equals(page.getReference()) || !survivor.getStatus().isOpen() || survivor.getMergedInto() != null) {
            context.addMessage("samenvoegen:behouden", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.get(context, "merge.invalidSurvivor"), null));
            mergeConfirmation = null;
            return;
        }
        mergeInto = survivor.getReference();
        mergeConfirmation = Messages.format(context, "merge.confirmText", page.getReference(), survivor.getReference(), survivor.getTitle());
    }

    /** Step two: merge. */
    public String confirmMerge() {
        mergeConfirmation = null;
        if (feedback.run(() -> duplicates.merge(page.getReference(), mergeInto, mergeReason, page.getShownVersion(), page.caller()),
                null, FIELDS, "samenvoegen:reden")) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format(context, "merge.done", mergeInto), null));
            return page.shownAgain();
        }
        page.refresh();
        return null;
    }

    public void cancelMerge() {
        mergeConfirmation = null;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getMergeReason() {
        return mergeReason;
    }

    public void setMergeReason(String mergeReason) {
        this.mergeReason = mergeReason;
    }

    public String getMergeConfirmation() {
        return mergeConfirmation;
    }
}
