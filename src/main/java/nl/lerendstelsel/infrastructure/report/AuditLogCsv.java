package nl.lerendstelsel.infrastructure.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.calendar.DutchTime;

/** The audit log as CSV with Dutch column headers, written line by line so an export of any size streams. */
public final class AuditLogCsv {

    public static final List<String> HEADER = List.of("Tijdstip", "Actor", "Actie", "Objecttype", "Object", "Resultaat", "Herkomst",
            "Details");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DutchTime.ZONE);

    private final Writer out;

    /** Starts the file: the byte-order mark and the header line. */
    public AuditLogCsv(Writer out) {
        this.out = out;
        write(Csv.BOM + Csv.line(HEADER.stream().map(Csv::cell).toList()));
    }

    public void add(AuditEntry e) {
        write(Csv.line(row(e).stream().map(Csv::cell).toList()));
    }

    /** One entry as the cells of a line: time in the Netherlands, then the other fields as stored (an anonymised actor: "geanonimiseerd"). */
    public static List<String> row(AuditEntry e) {
        return java.util.Arrays.asList(TIME.format(e.getOccurredAt()), e.isActorPseudonymised()
                ? nl.lerendstelsel.domain.model.text.Message.of("audit.pseudonymised").in(nl.lerendstelsel.domain.model.text.Message.DUTCH)
                : e.getActor(), e.getAction(), e.getObjectType(), e.getObjectId(),
                e.getResult(), e.getOrigin(), e.getDetails());
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
