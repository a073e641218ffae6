package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.bottleneck.AttachmentService;
import nl.lerendstelsel.application.bottleneck.BottleneckReporting;
import nl.lerendstelsel.application.bottleneck.DuplicateService;
import nl.lerendstelsel.application.community.MembershipService;
import nl.lerendstelsel.application.community.OutcomeService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.ReferenceData;

/**
 * The form to report a knelpunt. On success: redirect to the new knelpunt (POST-redirect-GET). When the
 * personal-data guard finds something, nothing is stored and each finding is shown at its field, with its
 * position, so the author can remove it; what was typed stays in the form.
 */
@Named("reportBottleneck")
@RequestScoped
public class ReportBottleneckPage extends BottleneckFormFields {

    private static final long serialVersionUID = 1L;

    /** Form field ids, by the service's field names, to put messages where they belong. */
    static final Map<String, String> FIELD_IDS = Map.ofEntries(
            Map.entry("titel", "melden:titel"), Map.entry("omschrijving", "melden:omschrijving"), Map.entry("thema", "melden:thema"),
            Map.entry("gemeente", "melden:gemeente"), Map.entry("doelgroep", "melden:doelgroep"),
            Map.entry("oplossingsrichting", "melden:oplossing"), Map.entry("organisatie", "melden"), Map.entry("tags", "melden:tags"),
            Map.entry("cop", "melden:cop"), Map.entry("bijlagen", "melden:bijlagen"), Map.entry("bestandsnaam", "melden:bijlagen"));

    @Inject
    BottleneckReporting reporting;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext facesContext;

    @Inject
    Language language;

    @Inject
    DuplicateService duplicates;

    @Inject
    MembershipService memberships;

    @Inject
    OutcomeService outcomes;

    @Inject
    AttachmentService attachmentService;

    @Inject
    ReferenceData referenceData;

    private List<DuplicateService.Similar> similar;
    private Long copId;
    private Long outcomeId;
    private Long monitorRoundId;
    private Long monitorQuestionId;
    private Integer monitorAnswerIndex;

    @Inject
    nl.lerendstelsel.application.monitor.MonitorResults monitorResults;
    private String outcomeCommunity;
    private transient List<Part> files;

    /**
     * Reporting from a CoP outcome of kind knelpunt: title and description come from the outcome, the knelpunt goes into
     * its CoP. From a CoP page ({@code ?cop=}) the CoP is chosen already.
     */
    public void prefill() {
        if (!facesContext.isPostback() && getGemeenteCode() == null) {
            startAtOwnGemeente();
        }
        if (outcomeId != null) {
            try {
                var outcome = outcomes.outcome(outcomeId, currentUser.caller().orElseThrow());
                outcomeCommunity = outcome.getCommunity().getName();
                copId = outcome.getCommunity().getId();
                if (!facesContext.isPostback()) {
                    setTitle(outcome.getTitle());
                    setDescription(outcome.getDescription());
                }
            } catch (nl.lerendstelsel.application.NotFoundException e) {
                outcomeId = null;
            }
        }
        if (monitorRoundId != null && monitorQuestionId != null && !facesContext.isPostback()) {
            prefillFromMonitorAnswer();
        }
    }

    /** Reporting from an open answer of a monitor round (issue 29): its text starts the knelpunt, of the own gemeente. */
    private void prefillFromMonitorAnswer() {
        try {
            var draft = monitorResults.knelpuntDraft(monitorRoundId, monitorQuestionId, monitorAnswerIndex,
                    currentUser.caller().orElseThrow());
            setTitle(draft.title());
            setDescription(draft.description());
            if (draft.gemeenteCode() != null) {
                setGemeenteCode(draft.gemeenteCode());
            }
        } catch (nl.lerendstelsel.application.NotFoundException | nl.lerendstelsel.application.AccessDeniedException e) {
            monitorRoundId = null;
        }
    }

    public Long getMonitorRoundId() {
        return monitorRoundId;
    }

    public void setMonitorRoundId(Long monitorRoundId) {
        this.monitorRoundId = monitorRoundId;
    }

    public Long getMonitorQuestionId() {
        return monitorQuestionId;
    }

    public void setMonitorQuestionId(Long monitorQuestionId) {
        this.monitorQuestionId = monitorQuestionId;
    }

    public Integer getMonitorAnswerIndex() {
        return monitorAnswerIndex;
    }

    public void setMonitorAnswerIndex(Integer monitorAnswerIndex) {
        this.monitorAnswerIndex = monitorAnswerIndex;
    }

    /** A reporter at a gemeente reports mostly about it: the form starts there (any other can be chosen). */
    private void startAtOwnGemeente() {
        String own = currentUser.user().map(u -> u.organisationCode()).orElse(null);
        if (own != null && referenceData.getGemeenten().stream().anyMatch(g -> g.getCode().equals(own))) {
            setGemeenteCode(own);
        }
    }

    /** The CoPs the reporter belongs to, to choose from. */
    public List<nl.lerendstelsel.domain.model.community.Community> getMyCommunities() {
        var caller = currentUser.caller().orElseThrow();
        return memberships.membershipsOf(caller).values().stream()
                .filter(nl.lerendstelsel.domain.model.community.Membership::isActive).map(m -> m.getCommunity())
                .sorted(java.util.Comparator.comparing(nl.lerendstelsel.domain.model.community.Community::getName)).toList();
    }

    public Long getCopId() {
        return copId;
    }

    public void setCopId(Long copId) {
        this.copId = copId;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public void setOutcomeId(Long outcomeId) {
        this.outcomeId = outcomeId;
    }

    public String getOutcomeCommunity() {
        return outcomeCommunity;
    }

    public String submit() {
        List<BottleneckReporting.NewFile> attached = readFiles();
        if (attached == null) {
            return null;
        }
        try {
            BottleneckReporting.NewBottleneck form = toInput();
            Bottleneck created = reporting.report(new BottleneckReporting.NewBottleneck(form.title(), form.description(),
                    form.themeCode(), form.gemeenteCode(), form.affectedGroup(), form.estimatedScale(), form.proposedSolution(),
                    form.restricted(), form.tags(), outcomeId == null ? copId : null, outcomeId, form.targetGroups()), attached,
                    currentUser.caller().orElseThrow());
            facesContext.getExternalContext().getFlash().put("melding", created.getReference());
            return "/app/knelpunten/detail.xhtml?faces-redirect=true&ref=" + created.getReference();
        } catch (PersonalDataRejectedException e) {
            e.findings().forEach((field, findings) -> findings.forEach(finding -> error(field,
                    finding.message(language.getLocale()))));
            error(null, Messages.get(facesContext, "bottleneck.privacy.summary"));
        } catch (InvalidInputException e) {
            e.fieldErrors(language.getLocale()).forEach(this::error);
        }
        return null;
    }

    /**
     * The chosen files, each read up to one byte past the limit (the service refuses what is larger); null when a file
     * cannot be read, with the message at the field. The browser forgets chosen files when the form comes back with an
     * error: the message says to choose them again.
     */
    private List<BottleneckReporting.NewFile> readFiles() {
        List<BottleneckReporting.NewFile> read = new ArrayList<>();
        for (Part part : files == null ? List.<Part>of() : files) {
            if (part == null || part.getSize() == 0 || part.getSubmittedFileName() == null || part.getSubmittedFileName().isBlank()) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                read.add(new BottleneckReporting.NewFile(part.getSubmittedFileName(),
                        in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachmentService.maxBytes() + 1))));
            } catch (IOException e) {
                error("bijlagen", Messages.get(facesContext, "attachments.readError"));
                return null;
            }
        }
        return read;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    private void error(String field, String text) {
        String clientId = field == null ? null : FIELD_IDS.getOrDefault(field, null);
        facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Similar knelpunten for what has been typed so far (ajax, while typing the title). */
    public List<DuplicateService.Similar> getSimilar() {
        if (similar == null) {
            String typed = getTitle();
            similar = typed == null || typed.strip().length() < 4 ? List.of()
                    : duplicates.similar(typed, getDescription(), null, 5, currentUser.caller().orElseThrow());
        }
        return similar;
    }

    public void suggest() {
        similar = null;
    }
}
