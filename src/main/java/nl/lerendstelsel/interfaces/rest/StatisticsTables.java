package nl.lerendstelsel.interfaces.rest;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import nl.lerendstelsel.application.statistics.StatisticsService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.LeadTimes;
import nl.lerendstelsel.domain.model.statistics.Phase;
import nl.lerendstelsel.domain.model.statistics.PhaseFigures;

/**
 * Every figure of the dashboard as a plain table with a caption and column headers, in Dutch or English: the accessible
 * alternative to each chart on the page, the CSV export of each table, and the API's CSV. One definition, so the three
 * never disagree.
 */
public final class StatisticsTables {

    /**
     * One table: its name in URLs, its caption, headers and rows of text; {@code codes}, when not empty, the code each
     * row counts (a status, theme, gemeente, …, {@code null} for a row without one), so the page can link the row to the
     * filtered list.
     */
    public record Table(String name, String title, List<String> headers, List<List<String>> rows, List<String> codes) {

        /** Rows without codes. */
        public Table(String name, String title, List<String> headers, List<List<String>> rows) {
            this(name, title, headers, rows, List.of());
        }

        public Table {
            codes = codes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(codes));
        }

        /**
         * The table without the columns between the first and the last in which no row has anything but 0, e.g. the
         * months in which nothing was reported.
         */
        public Table withoutZeroColumns() {
            List<Integer> kept = java.util.stream.IntStream.range(0, headers.size()).filter(i -> i == 0 || i == headers.size() - 1
                    || !rows.stream().allMatch(row -> "0".equals(row.get(i)))).boxed().toList();
            return new Table(name, title, kept.stream().map(headers::get).toList(),
                    rows.stream().map(row -> kept.stream().map(row::get).toList()).toList(), codes);
        }

        /** The code of row {@code index}, or {@code null}. */
        public String code(int index) {
            return index < codes.size() ? codes.get(index) : null;
        }
    }

    private final StatisticsService.Dashboard dashboard;
    private final boolean english;

    private StatisticsTables(StatisticsService.Dashboard dashboard, Locale locale) {
        this.dashboard = dashboard;
        this.english = "en".equals(locale.getLanguage());
    }

    /** All tables, in the order of the page. */
    public static List<Table> of(StatisticsService.Dashboard dashboard, Locale locale) {
        return new StatisticsTables(dashboard, locale).all();
    }

    /** One table by its name. */
    public static Optional<Table> named(StatisticsService.Dashboard dashboard, Locale locale, String name) {
        return of(dashboard, locale).stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private List<Table> all() {
        String count = t("Aantal", "Number");
        List<Table> tables = new ArrayList<>();
        tables.add(counts("status", t("Knelpunten per status", "Knelpunten by status"), t("Status", "Status"),
                dashboard.byStatus(), code -> Arrays.stream(Status.values()).filter(s -> s.name().equals(code)).findFirst()
                        .map(s -> english ? s.english() : s.dutch()).orElse(code), count));
        tables.add(counts("niveau", t("Knelpunten per niveau", "Knelpunten by level"), t("Niveau", "Level"),
                dashboard.byLevel(), code -> Arrays.stream(Level.values()).filter(l -> l.name().equals(code)).findFirst()
                        .map(l -> english ? l.english() : l.dutch()).orElse(code), count));
        tables.add(new Table("trend", t("Knelpunten per maand", "Knelpunten per month"),
                List.of(t("Maand", "Month"), t("Gemeld", "Reported"), t("Afgerond", "Finished")),
                dashboard.trend().stream().map(m -> List.of(month(m.month()), Long.toString(m.reported()), Long.toString(m.finished())))
                        .toList()));
        tables.add(counts("thema", t("Knelpunten per thema", "Knelpunten by theme"), t("Thema", "Theme"),
                dashboard.byTheme(), null, count));
        tables.add(counts("regio", t("Knelpunten per arbeidsmarktregio", "Knelpunten by labour-market region"),
                t("Arbeidsmarktregio", "Labour-market region"), dashboard.byRegion(), null, count));
        tables.add(counts("gemeente", t("Knelpunten per gemeente", "Knelpunten by municipality"), t("Gemeente", "Municipality"),
                dashboard.byGemeente(), null, count));
        TrendTables trends = new TrendTables(dashboard, english);
        tables.addAll(trends.knelpunten());
        tables.add(counts("doelgroep", t("Knelpunten per doelgroep (een knelpunt kan meer doelgroepen noemen)",
                "Knelpunten by target group (a knelpunt may name several)"), t("Doelgroep", "Target group"),
                dashboard.byTargetGroup(), code -> Arrays.stream(TargetGroup.values()).filter(g -> g.name().equals(code)).findFirst()
                        .map(g -> g.in(english)).orElse(t("geen doelgroep genoemd", "no target group named")), count));
        tables.add(new Table("doorlooptijd", t("Doorlooptijd van melding tot afronding, in werkdagen",
                "Lead time from report to finish, in working days"),
                List.of(t("Afgerond op niveau", "Finished at level"), t("Afgerond", "Finished"), t("Mediaan", "Median"),
                        t("90e percentiel", "90th percentile")),
                Arrays.stream(Level.values()).map(level -> {
                    LeadTimes times = dashboard.leadTimes().get(level);
                    return List.of(capital(english ? level.english() : level.dutch()), Long.toString(times.count()), number(times.median()),
                            number(times.p90()));
                }).toList()));
        StatisticsService.Outcomes outcomes = dashboard.outcomes();
        tables.add(new Table("afloop", t("Afgeronde knelpunten: opgelost of anders afgehandeld", "Finished knelpunten: solved or ended otherwise"),
                List.of(t("Afloop", "Outcome"), count),
                List.of(List.of(t("Opgelost met terugkoppeling", "Resolved with feedback"), Long.toString(outcomes.resolved())),
                        List.of(t("Anders afgehandeld (doorverwezen, niet overgenomen, ingetrokken, samengevoegd)",
                                "Ended otherwise (referred, not adopted, withdrawn, merged)"), Long.toString(outcomes.closed())),
                        List.of(t("Aandeel opgelost met terugkoppeling (%)", "Share resolved with feedback (%)"),
                                number(outcomes.resolvedPercentage())))));
        tables.add(counts("afhandelcategorie", t("Afgeronde knelpunten per afhandelcategorie", "Finished knelpunten by resolution category"),
                t("Afhandelcategorie", "Resolution category"), outcomes.byResolution(),
                code -> Resolution.ofCode(code).map(r -> english ? r.english() : r.dutch()).orElse(t("onbekend", "unknown")), count));
        tables.add(new Table("te-laat", t("Knelpunten over hun termijn (nu)", "Knelpunten past their deadline (now)"),
                List.of(t("Referentie", "Reference"), t("Titel", "Title"), t("Niveau", "Level"), t("Status", "Status"),
                        t("Uiterlijk", "Due")),
                dashboard.overdue().stream().map(b -> List.of(b.getReference(), b.getTitle(), level(b), status(b),
                        b.getDeadline().due() == null ? "" : b.getDeadline().due().format(DateTimeFormatter.ISO_LOCAL_DATE))).toList()));
        tables.add(new Table("meeste-steun", t("Open knelpunten met de meeste steun", "Open knelpunten with the most support"),
                List.of(t("Referentie", "Reference"), t("Titel", "Title"), t("Niveau", "Level"), t("Organisaties", "Organisations")),
                dashboard.mostSupported().stream().map(e -> List.of(e.getKey().getReference(), e.getKey().getTitle(), level(e.getKey()),
                        Long.toString(e.getValue()))).toList()));
        phaseTables(tables);
        tables.add(counts("signalen-status", t("Signalen per status", "Signals by status"), t("Status", "Status"),
                dashboard.signalsByStatus(), code -> Arrays.stream(SignalStatus.values()).filter(s -> s.name().equals(code)).findFirst()
                        .map(s -> s.in(english)).orElse(code), count));
        tables.add(counts("signalen-besluit", t("Signalen per besluit", "Signals by decision"), t("Besluit", "Decision"),
                dashboard.signalsByDecision(), code -> Arrays.stream(Decision.values()).filter(d -> d.name().equals(code)).findFirst()
                        .map(d -> d.in(english))
                        .orElse(SignalAction.TUSSENBERICHT.name().equals(code) ? t("tussenbericht, nog geen besluit",
                                "interim answer, no decision yet") : code), count));
        tables.addAll(trends.signals());
        tables.add(counts("signalen-opvolging", t("Opvolging van overgenomen signalen", "Follow-up of adopted signals"),
                t("Opvolging", "Follow-up"), dashboard.signalFollowUp(), code -> switch (code) {
                    case "GEREALISEERD" -> t("gerealiseerd", "realised");
                    case "TE_LAAT" -> t("over de verwachte datum, niet gerealiseerd", "past the expected date, not realised");
                    case "LOPEND" -> t("lopend", "in progress");
                    default -> code;
                }, count));
        tables.add(new Table("signalen-te-laat", t("Signalen over een termijn van SZW (nu)", "Signals past a ministry deadline (now)"),
                List.of(t("Referentie", "Reference"), t("Titel", "Title"), t("Status", "Status"), t("Antwoord uiterlijk", "Answer due")),
                dashboard.overdueSignals().stream().map(s -> List.of(s.getReference(), s.getTitle(),
                        capital(english ? s.getStatus().english() : s.getStatus().dutch()),
                        s.getAnswerDue() == null ? "" : s.getAnswerDue().toString())).toList()));
        return List.copyOf(tables);
    }

    /**
     * The time per level (issue 29): per phase the number ended, median and 80th percentile in working days; median and
     * P80 per phase per theme and per month or quarter. No rows when no phase ended in the period.
     */
    private void phaseTables(List<Table> tables) {
        PhaseFigures phases = dashboard.phases();
        String unit = t(" (werkdagen)", " (working days)");
        tables.add(new Table("tijd-per-niveau", t("Tijd per niveau: afgeronde fasen, in werkdagen", "Time per level: phases ended, in working days"),
                List.of(t("Fase", "Phase"), t("Afgerond", "Ended"), t("Mediaan", "Median") + unit, "P80" + unit),
                phases.isEmpty() ? List.of() : Arrays.stream(Phase.values()).map(phase -> {
                    LeadTimes times = phases.overall().get(phase);
                    return List.of(capital(phase.in(english)), Long.toString(times.count()), number(times.median()), number(times.p80()));
                }).toList()));
        List<String> perPhase = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            perPhase.add(capital(phase.in(english)) + t(": mediaan", ": median"));
            perPhase.add(capital(phase.in(english)) + ": P80");
        }
        tables.add(new Table("tijd-per-niveau-thema", t("Tijd per niveau per thema: mediaan en P80 in werkdagen",
                "Time per level by theme: median and P80 in working days"), headed(t("Thema", "Theme"), perPhase),
                phases.byTheme().stream().map(row -> phaseRow(row.label(), row)).toList(),
                phases.byTheme().stream().map(PhaseFigures.Row::code).toList()));
        boolean quarters = phases.monthsPerRow() == 3;
        tables.add(new Table("tijd-per-niveau-periode", quarters
                ? t("Tijd per niveau per kwartaal: mediaan en P80 in werkdagen", "Time per level by quarter: median and P80 in working days")
                : t("Tijd per niveau per maand: mediaan en P80 in werkdagen", "Time per level by month: median and P80 in working days"),
                headed(quarters ? t("Kwartaal", "Quarter") : t("Maand", "Month"), perPhase),
                phases.overTime().stream().map(row -> phaseRow(period(YearMonth.parse(row.code()), quarters), row)).toList()));
    }

    private static List<String> headed(String first, List<String> rest) {
        List<String> headers = new ArrayList<>(List.of(first));
        headers.addAll(rest);
        return List.copyOf(headers);
    }

    private static List<String> phaseRow(String label, PhaseFigures.Row row) {
        List<String> cells = new ArrayList<>(List.of(label));
        for (Phase phase : Phase.values()) {
            cells.add(number(row.times().get(phase).median()));
            cells.add(number(row.times().get(phase).p80()));
        }
        return List.copyOf(cells);
    }

    /** A quarter as "K2 2026" ("Q2 2026"), a month as "April 2026". */
    private String period(YearMonth first, boolean quarter) {
        return quarter ? t("K", "Q") + ((first.getMonthValue() + 2) / 3) + " " + first.getYear() : month(first);
    }

    private String month(YearMonth month) {
        return month(month, english);
    }

    /** A month as "Oktober 2026" ("October 2026"). */
    static String month(YearMonth month, boolean english) {
        return capital(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, english ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL")))
                + " " + month.getYear();
    }

    private Table counts(String name, String title, String what, List<Count> counts, Function<String, String> label, String count) {
        return new Table(name, title, List.of(what, count), counts.stream()
                .map(c -> List.of(capital(label == null ? c.label() : label.apply(c.code())), Long.toString(c.count()))).toList(),
                counts.stream().map(Count::code).toList());
    }

    private String level(Bottleneck b) {
        return capital(english ? b.getLevel().english() : b.getLevel().dutch());
    }

    private String status(Bottleneck b) {
        return capital(english ? b.getStatus().english() : b.getStatus().dutch());
    }

    /** Labels start with a capital in a table, as everywhere on the pages. */
    static String capital(String label) {
        return label == null || label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    static String number(Integer value) {
        return value == null ? "–" : value.toString();
    }

    private String t(String dutch, String english) {
        return this.english ? english : dutch;
    }
}
