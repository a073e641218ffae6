package nl.lerendstelsel.interfaces.web.statistics;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.statistics.AnnualReportService;
import nl.lerendstelsel.domain.model.statistics.ReportDocument;
import nl.lerendstelsel.infrastructure.report.ReportPdf;
import nl.lerendstelsel.infrastructure.report.ReportTablesZip;

/**
 * The annual reports being generated in the background (a managed executor), so the page can show progress while the
 * figures are gathered and the PDF and ZIP are written, then offer them for download. A report is kept in memory for
 * {@value #KEEP_MINUTES} minutes and only for the person who asked for it, who keeps one finished report at a time (a
 * new one replaces it, so memory holds at most one finished report per person); at most {@value #RUNNING_MAX} run at
 * once.
 */
@ApplicationScoped
public class AnnualReportJobs {

    static final int KEEP_MINUTES = 60;
    static final int RUNNING_MAX = 4;
    private static final Logger LOG = Logger.getLogger(AnnualReportJobs.class.getName());

    /** The steps, in order: the parts of the figures, then the tables, the PDF and the ZIP. */
    public enum Step { KNELPUNTEN, DEKKING, COPS, VRAAG_EN_ANTWOORD, MONITOR, TABELLEN, PDF, ZIP, KLAAR }

    /** One report being made: its progress, and when done its files; {@code failed}: it could not be made. */
    public static final class Job {
        private final String id;
        private final String subject;
        private final int year;
        private final Instant started;
        private volatile Step step = Step.KNELPUNTEN;
        private volatile boolean failed;
        private volatile byte[] pdf;
        private volatile byte[] zip;
        private volatile String fileName;

        Job(String id, String subject, int year, Instant started) {
            this.id = id;
            this.subject = subject;
            this.year = year;
            this.started = started;
        }

        public String getId() {
            return id;
        }

        public int getYear() {
            return year;
        }

        public Step getStep() {
            return step;
        }

        /** The step's number, 1 to the number of steps before {@link Step#KLAAR}. */
        public int getStepNumber() {
            return Math.min(step.ordinal() + 1, getSteps());
        }

        public int getSteps() {
            return Step.KLAAR.ordinal();
        }

        /** The share done, 0–100. */
        public int getPercentage() {
            return step.ordinal() * 100 / Step.KLAAR.ordinal();
        }

        public boolean isDone() {
            return step == Step.KLAAR;
        }

        public boolean isFailed() {
            return failed;
        }

        public boolean isRunning() {
            return !failed && step != Step.KLAAR;
        }

        byte[] pdf() {
            return pdf;
        }

        byte[] zip() {
            return zip;
        }

        /** The name of the files without extension, e.g. {@code jaarrapportage-2025}. */
        String fileName() {
            return fileName;
        }
    }

    @Inject
    AnnualReportService service;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    /**
     * Starts making the report of {@code year} in {@code locale}'s language; refuses a caller who may not and a year
     * that cannot be chosen (the service's exceptions), and answers empty when {@value #RUNNING_MAX} are running already.
     */
    public Optional<Job> start(int year, Caller caller, Locale locale) {
        service.check(year, caller);
        Instant now = clock.instant();
        jobs.values().removeIf(j -> j.started.plus(Duration.ofMinutes(KEEP_MINUTES)).isBefore(now)
                || (j.subject.equals(caller.subject()) && !j.isRunning()));
        if (jobs.values().stream().filter(Job::isRunning).count() >= RUNNING_MAX) {
            return Optional.empty();
        }
        Job job = new Job(UUID.randomUUID().toString(), caller.subject(), year, now);
        jobs.put(job.id, job);
        executor.submit(() -> run(job, caller, locale));
        return Optional.of(job);
    }

    /** The caller's job with this id, if it is still kept. */
    public Optional<Job> job(String id, Caller caller) {
        return Optional.ofNullable(id == null ? null : jobs.get(id)).filter(j -> j.subject.equals(caller.subject()));
    }

    private void run(Job job, Caller caller, Locale locale) {
        long started = System.nanoTime();
        try {
            AnnualReportService.AnnualReport report = service.report(job.year, caller, part -> job.step = Step.valueOf(part.name()));
            job.step = Step.TABELLEN;
            ReportDocument document = AnnualReportDocument.of(report, locale);
            job.step = Step.PDF;
            job.pdf = ReportPdf.render(document);
            job.step = Step.ZIP;
            job.zip = ReportTablesZip.render(document);
            job.fileName = fileName(job.year, locale);
            job.step = Step.KLAAR;
            LOG.info(() -> "Annual report " + job.year + " made in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Annual report " + job.year + " failed", e);
            job.failed = true;
        }
    }

    /** {@code jaarrapportage-2025}, or {@code annual-report-2025} in English. */
    static String fileName(int year, Locale locale) {
        return ("en".equals(locale.getLanguage()) ? "annual-report-" : "jaarrapportage-") + year;
    }
}
