package nl.lerendstelsel.interfaces.web.signal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.signal.SignalDrafts;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/**
 * Writing a signal (coordinators): a new concept from knelpunten at linking level ({@code ?knelpunt=} preselects one),
 * or changing the texts of an existing one ({@code ?ref=}) while it is a concept or back with questions.
 */
@Named("signalForm")
@RequestScoped
public class SignalFormPage {

    private static final Map<String, String> FIELDS = Map.of("titel", "signaal:titel", "probleemstelling", "signaal:probleem",
            "analyse", "signaal:analyse", "urgentie", "signaal:urgentie", "voorstel", "signaal:voorstel", "knelpunten", "signaal:knelpunten",
            "voorstelToelichting", "signaal:voorstel-toelichting");

    @Inject
    SignalQueries queries;

    @Inject
    SignalDrafts drafts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    @Inject
    CandidateSearchForm candidateSearch;

    private String ref;
    private String title;
    private String problem;
    private String analysis;
    private Urgency urgency = Urgency.GEMIDDELD;
    private Proposal proposal;
    private String proposalText;
    /** Further kinds of proposal, by name (Faces cannot tell a list's element type, so names, not enums). */
    private List<String> furtherProposals = new ArrayList<>();
    private List<String> selected = new ArrayList<>();
    private List<Bottleneck> candidates;
    private boolean missing;

    /** On the first visit: the signal's current texts, or the knelpunt to start from. */
    @PostConstruct
    void load() {
        ref = RequestParameters.text("ref");
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        String knelpunt = RequestParameters.text("knelpunt");
        if (knelpunt != null) {
            selected.add(knelpunt);
        }
        if (ref != null) {
            try {
                Signal signal = queries.get(ref, caller());
                title = signal.getTitle();
                problem = signal.getProblem();
                analysis = signal.getAnalysis();
                urgency = signal.getUrgency();
                proposal = signal.getProposal();
                proposalText = signal.getProposalText();
                furtherProposals = new ArrayList<>(signal.getProposals().stream().skip(1).map(Enum::name).toList());
            } catch (NotFoundException e) {
                missing = true;
            }
        }
    }

    public List<Bottleneck> getCandidates() {
        if (candidates == null) {
            List<String> chosen = new ArrayList<>(CandidateSearchForm.chosen("signaal:knelpunten"));
            chosen.addAll(selected); // the knelpunt the coordinator came from
            candidates = ref == null ? queries.candidates(null, candidateSearch.getSearch(), chosen, caller()) : List.of();
        }
        return candidates;
    }

    public String save() {
        SignalDrafts.SignalInput input = new SignalDrafts.SignalInput(title, problem, analysis, urgency, proposal, proposalText,
                furtherProposals.stream().map(Proposal::valueOf).toList());
        String[] saved = new String[1];
        boolean done = feedback.run(() -> saved[0] = ref == null
                ? drafts.create(input, selected, caller()).getReference()
                : drafts.edit(ref, input, null, caller()).getReference(), ref == null ? "signal.created" : "signal.saved", FIELDS, null);
        if (!done) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/signalen/signaal.xhtml?faces-redirect=true&ref=" + saved[0];
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Proposal[] getProposals() {
        return Proposal.values();
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    public boolean isMissing() {
        return missing;
    }

    public String getRef() {
        return ref;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getAnalysis() {
        return analysis;
    }

    public void setAnalysis(String analysis) {
        this.analysis = analysis;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public void setProposal(Proposal proposal) {
        this.proposal = proposal;
    }

    public List<String> getFurtherProposals() {
        return furtherProposals;
    }

    public void setFurtherProposals(List<String> furtherProposals) {
        this.furtherProposals = furtherProposals == null ? new ArrayList<>() : new ArrayList<>(furtherProposals);
    }

    public String getProposalText() {
        return proposalText;
    }

    public void setProposalText(String proposalText) {
        this.proposalText = proposalText;
    }

    public List<String> getSelected() {
        return selected;
    }

    public void setSelected(List<String> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
