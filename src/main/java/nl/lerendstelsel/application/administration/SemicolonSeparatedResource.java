package nl.lerendstelsel.application.administration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reference data files that ship in the WAR: UTF-8, {@code ;}-separated, a header line, and
 * {@code #} comment lines (where the source is named). Each row becomes a map from column name to value.
 */
final class SemicolonSeparatedResource {

    private SemicolonSeparatedResource() {
    }

    static List<Map<String, String>> read(String resource) {
        InputStream in = SemicolonSeparatedResource.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Reference data missing from the build: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, String>> parse(List<String> lines, String source) {
        List<String> content = lines.stream()
                .map(l -> l.startsWith("\uFEFF") ? l.substring(1) : l)
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        if (content.isEmpty()) {
            return List.of();
        }
        String[] header = content.get(0).split(";", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < content.size(); i++) {
            String[] cells = content.get(i).split(";", -1);
            if (cells.length != header.length) {
                throw new IllegalStateException(source + ": row " + i + " has " + cells.length + " columns, expected "
                        + header.length + ": " + Arrays.toString(cells));
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c].trim(), cells[c].trim());
            }
            rows.add(row);
        }
        return rows;
    }
}
