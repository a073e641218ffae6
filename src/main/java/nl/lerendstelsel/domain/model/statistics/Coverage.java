package nl.lerendstelsel.domain.model.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How many of the gemeenten take part, overall and per group (labour-market region, province): the counting rule
 * behind the coverage figures. Only the gemeenten given count (the active ones); a code that did something but is not
 * among them (a merged gemeente, a partner organisation) is left out, so a share never exceeds 100 %.
 */
public final class Coverage {

    /** A gemeente with the groups it belongs to. */
    public record Gemeente(String code, String regionCode, String regionName, String province) {
    }

    /**
     * One row: a group ({@code code} and {@code name}; the whole country has code {@link #ALL}), its number of
     * gemeenten, how many of them took part per kind, and how many in any way.
     */
    public record Row(String code, String name, int gemeenten, Map<Participation, Integer> counts, int any) {

        public Row {
            counts = Map.copyOf(counts);
        }

        public int count(Participation kind) {
            return counts.getOrDefault(kind, 0);
        }

        /** The share of the group's gemeenten that took part in this way, 0–100 rounded, {@code null} for an empty group. */
        public Integer percentage(Participation kind) {
            return percentage(count(kind));
        }

        /** The share that took part in any way. */
        public Integer anyPercentage() {
            return percentage(any);
        }

        private Integer percentage(int n) {
            return gemeenten == 0 ? null : (int) Math.round(100.0 * n / gemeenten);
        }
    }

    /** The code of the row of the whole country. */
    public static final String ALL = "NL";

    private Coverage() {
    }

    /** The row of the whole country. */
    public static Row overall(Collection<Gemeente> gemeenten, Map<Participation, Set<String>> participants, String name) {
        return row(ALL, name, gemeenten, participants);
    }

    /** One row per labour-market region, by name. */
    public static List<Row> perRegion(Collection<Gemeente> gemeenten, Map<Participation, Set<String>> participants) {
        return grouped(gemeenten, participants, Gemeente::regionCode, Gemeente::regionName);
    }

    /** One row per province, by name. */
    public static List<Row> perProvince(Collection<Gemeente> gemeenten, Map<Participation, Set<String>> participants) {
        return grouped(gemeenten, participants, Gemeente::province, Gemeente::province);
    }

    private static List<Row> grouped(Collection<Gemeente> gemeenten, Map<Participation, Set<String>> participants,
                                     Function<Gemeente, String> code, Function<Gemeente, String> name) {
        Map<String, List<Gemeente>> groups = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Gemeente g : gemeenten) {
            String key = code.apply(g) == null ? "?" : code.apply(g);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            names.putIfAbsent(key, name.apply(g) == null ? "?" : name.apply(g));
        }
        return groups.entrySet().stream().map(e -> row(e.getKey(), names.get(e.getKey()), e.getValue(), participants))
                .sorted(Comparator.comparing(Row::name)).toList();
    }

    private static Row row(String code, String name, Collection<Gemeente> gemeenten, Map<Participation, Set<String>> participants) {
        Map<Participation, Integer> counts = new EnumMap<>(Participation.class);
        Set<String> any = new HashSet<>();
        for (Participation kind : Participation.values()) {
            Set<String> did = participants.getOrDefault(kind, Set.of());
            int n = 0;
            for (Gemeente g : gemeenten) {
                if (did.contains(g.code())) {
                    n++;
                    any.add(g.code());
                }
            }
            counts.put(kind, n);
        }
        return new Row(code, name, gemeenten.size(), counts, any.size());
    }
}
