package nl.lerendstelsel.interfaces.web.monitor;

import static nl.lerendstelsel.domain.model.text.Texts.blankToNull;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.monitor.MonitorAnswering;
import nl.lerendstelsel.application.monitor.MonitorResults;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.monitor.RoundResults;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.RequestParameters;
import nl.lerendstelsel.interfaces.web.Shown;

/**
 * A round's results ({@code ?id=&regio=&provincie=}): per question a table with a bar per option, mean and median, and
 * the previous round's figures beside them; the response rate overall, per region and per province; who answered (a
 * coordinator reopens a submitted response there); the anonymous answers as CSV.
 */
@Named("monitorResults")
@RequestScoped
public class MonitorResultsPage {

    @Inject
    MonitorResults service;

    @Inject
    MonitorService rounds;

    @Inject
    MonitorAnswering answering;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long id;
    private String region;
    private String province;
    private final Shown<MonitorResults.Results> results = new Shown<>("monitor.missing", "monitor.results.denied");

    @PostConstruct
    void readParameters() {
        id = RequestParameters.number("id");
        region = blankToNull(RequestParameters.text("regio"));
        province = blankToNull(RequestParameters.text("provincie"));
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    private MonitorResults.Results read() {
        return service.results(id, region, province, caller());
    }

    public MonitorResults.Results getResults() {
        return results.get(id, this::read);
    }

    public String getProblem() {
        return results.problem(id, this::read);
    }

    public boolean isManager() {
        return currentUser.caller().map(MonitorService::manages).orElse(false);
    }

    public String reopen(String organisationCode) {
        if (!feedback.run(() -> answering.reopen(id, organisationCode, caller()), "monitor.reopened", Map.of(), null)) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/monitor/resultaten.xhtml?faces-redirect=true&id=" + id;
    }

    /** The previous round's count of an option, or null. */
    public RoundResults.OptionCount previous(MonitorResults.Line line, String option) {
        if (line.previous() == null) {
            return null;
        }
        return line.previous().options().stream().filter(o -> o.option().equals(option)).findFirst().orElse(null);
    }

    public List<String> getProvinceNames() {
        return rounds.provinces();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = blankToNull(region);
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = blankToNull(province);
    }
}
