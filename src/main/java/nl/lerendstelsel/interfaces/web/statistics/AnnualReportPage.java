package nl.lerendstelsel.interfaces.web.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.statistics.AnnualReportService;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;

/**
 * The annual report page ({@code /app/dashboard/jaarrapportage.xhtml?taak=}): choose a year and generate; the report
 * is made in the background ({@link AnnualReportJobs}) while the page shows its progress, polling every second, then
 * links to the PDF and the ZIP of CSV tables ({@link AnnualReportServlet}).
 */
@Named("annualReport")
@RequestScoped
public class AnnualReportPage {

    @Inject
    AnnualReportService service;

    @Inject
    AnnualReportJobs jobs;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    Feedback feedback;

    private Integer year;
    private AnnualReportJobs.Job job;
    private boolean jobRead;

    /** The years one can choose, newest first. */
    public List<Integer> getYears() {
        return service.years();
    }

    /** The current year, which is marked "tot nu toe" (so far). */
    public int getCurrentYear() {
        return service.years().get(0);
    }

    public Integer getYear() {
        return year == null ? Integer.valueOf(service.defaultYear()) : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    /** Starts generating the chosen year's report and shows its progress; refusals become messages. */
    public String generate() {
        Caller caller = currentUser.caller().orElseThrow();
        AnnualReportJobs.Job[] started = new AnnualReportJobs.Job[1];
        if (!feedback.run(() -> started[0] = jobs.start(getYear(), caller, language.getLocale()).orElse(null), null, Map.of(), "jaarrapportage:jaar")) {
            return null;
        }
        if (started[0] == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.get(context, "annualReport.busy"), null));
            return null;
        }
        return "/app/dashboard/jaarrapportage.xhtml?faces-redirect=true&taak=" + started[0].getId();
    }

    /** The job named by the request's {@code taak} (the page's address, or the hidden field the poll sends), or {@code null}. */
    public AnnualReportJobs.Job getJob() {
        if (!jobRead) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("taak");
            job = currentUser.caller().flatMap(c -> jobs.job(id, c)).orElse(null);
            jobRead = true;
        }
        return job;
    }

    /** Whether the poll should stop: no job, or it ended. */
    public boolean isStopped() {
        return getJob() == null || !getJob().isRunning();
    }

    /** The poll's listener: nothing to do, the progress is read when the region is rendered again. */
    public void poll() {
        // the region re-renders from getJob()
    }
}
