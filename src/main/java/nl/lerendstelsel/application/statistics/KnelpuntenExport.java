package nl.lerendstelsel.application.statistics;

import static nl.lerendstelsel.domain.model.text.Texts.blankToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.administration.ReferenceDataService;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.statistics.StatisticsFilter;
import nl.lerendstelsel.domain.model.statistics.StatisticsRepository;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * The raw export of knelpunten for evaluation: one line per knelpunt reported in a period (theme and region as the
 * dashboard's filter), with organisation and gemeente but no people (no reporter, handler, supporter, names or e-mail
 * addresses) and no free text but the title. For coordinators, the ministry and admins (the ministry without the
 * restricted knelpunten below system level, as everywhere); read a batch at a time, so it streams at any volume; every
 * export is in the audit log.
 */
@ApplicationScoped
public class KnelpuntenExport {

    static final int BATCH = 500;

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("referentie", "titel", "gemeld_op", "thema_code", "thema",
            "gemeente_code", "gemeente", "arbeidsmarktregio", "provincie", "organisatie_code", "organisatie", "niveau", "status",
            "afhandelcategorie", "afgerond_op", "termijn", "afgeschermd", "doelgroepen", "schaal", "cop_id");

    @Inject
    StatisticsRepository statistics;

    @Inject
    StatisticsService dashboard;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    OrganisationRepository organisations;

    @Inject
    BottleneckQueries queries;

    @Inject
    AuditLog auditLog;

    @Inject
    Profiles people;

    /** Whether the caller may export: coordinators, the ministry and admins. */
    public static boolean mayExport(Caller caller) {
        return caller.has(Role.COORDINATOR) || caller.has(Role.MINISTRY) || caller.has(Role.ADMIN);
    }

    /** Refuses anyone else, before a streamed answer starts. */
    public void requireMayExport(Caller caller) {
        if (!mayExport(caller)) {
            throw new AccessDeniedException(Message.of("access.statistics.export"));
        }
    }

    /**
     * The period and filter as the dashboard reads them ({@code null}s: the twelve months up to today); refused for a bad
     * period, before anything is written.
     */
    public StatisticsFilter filter(LocalDate from, LocalDate to, String themeCode, String regionCode, Caller caller) {
        requireMayExport(caller);
        StatisticsService.Period period = dashboard.period(from, to);
        return new StatisticsFilter(period.from(), period.to(), blankToNull(themeCode), blankToNull(regionCode), null);
    }

    /** Hands the lines (cells as {@link #COLUMNS}) to {@code sink}, by id; returns how many. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long export(StatisticsFilter filter, Caller caller, Consumer<List<String>> sink) {
        requireMayExport(caller);
        Viewer viewer = queries.viewer(caller);
        auditLog.recordSeparately(people.username(caller), "KNELPUNTEN_GEEXPORTEERD", "Bottleneck", null, AuditEntry.Result.SUCCESS,
                caller.origin(), "van=" + filter.from() + ", tot=" + filter.to() + ", thema=" + filter.themeCode() + ", regio="
                        + filter.regionCode());
        Map<String, String> themes = new HashMap<>();
        referenceData.themes().forEach(t -> themes.put(t.getCode(), t.getNameNl()));
        Map<String, Organisation> known = new HashMap<>();
        long count = 0;
        long after = 0;
        while (true) {
            List<StatisticsRepository.ExportRow> batch = statistics.exportPage(filter, viewer, after, BATCH);
            for (StatisticsRepository.ExportRow row : batch) {
                sink.accept(line(row, themes, known));
            }
            count += batch.size();
            if (batch.size() < BATCH) {
                return count;
            }
            after = batch.get(batch.size() - 1).id();
        }
    }

    private List<String> line(StatisticsRepository.ExportRow row, Map<String, String> themes, Map<String, Organisation> known) {
        Organisation gemeente = organisation(row.gemeenteCode(), known);
        Organisation organisation = organisation(row.organisationCode(), known);
        List<String> cells = new ArrayList<>();
        cells.add(row.reference());
        cells.add(row.title());
        cells.add(String.valueOf(row.reportedOn()));
        cells.add(row.themeCode());
        cells.add(themes.getOrDefault(row.themeCode(), ""));
        cells.add(row.gemeenteCode());
        cells.add(gemeente == null ? "" : gemeente.getName());
        cells.add(gemeente == null || gemeente.getRegion() == null ? "" : gemeente.getRegion().getName());
        cells.add(gemeente == null || gemeente.getProvince() == null ? "" : gemeente.getProvince());
        cells.add(row.organisationCode());
        cells.add(organisation == null ? "" : organisation.getName());
        cells.add(row.level().code());
        cells.add(row.status().name());
        cells.add(row.resolution() == null ? "" : row.resolution().name());
        cells.add(row.finishedOn() == null ? "" : row.finishedOn().toString());
        cells.add(row.dueDate() == null ? "" : row.dueDate().toString());
        cells.add(row.restricted() ? "ja" : "nee");
        cells.add(row.targetGroups().stream().map(TargetGroup::code).collect(Collectors.joining(",")));
        cells.add(row.scale() == null ? "" : row.scale().name());
        cells.add(row.copId() == null ? "" : row.copId().toString());
        return cells;
    }

    private Organisation organisation(String code, Map<String, Organisation> known) {
        if (code == null) {
            return null;
        }
        return known.computeIfAbsent(code, c -> organisations.find(c).orElse(null));
    }
}
