package nl.lerendstelsel.infrastructure.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.lerendstelsel.domain.model.statistics.ReportDocument;

/**
 * The tables of a {@link ReportDocument} as one ZIP file with a CSV file per table ({@link Csv}: semicolons, UTF-8
 * with a byte-order mark, CRLF), named after the table ({@code 01-niveau.csv}, …), numbered in the report's order.
 */
public final class ReportTablesZip {

    private ReportTablesZip() {
    }

    public static byte[] render(ReportDocument report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Set<String> names = new HashSet<>();
            int number = 0;
            for (ReportDocument.Table table : report.tables()) {
                number++;
                String name = String.format("%02d-%s.csv", number, table.name().replaceAll("[^a-z0-9-]", "-"));
                if (names.add(name)) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(Csv.table(table.headers(), table.rows()).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
