package nl.lerendstelsel.interfaces.web.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.interfaces.web.ReferenceData;

/**
 * The gemeenten on the reference-data page as a plain HTML table ({@code /app/beheer/referentiedata.xhtml?q=&regio=&sortering=&pagina=}):
 * filtered by name or code and region, sorted by a column (a {@code -} in front: descending) and paged, all on the
 * server with GET links, so the page needs no script and is valid HTML. The 342 gemeenten are read once per request.
 */
@Named("gemeentenTable")
@RequestScoped
public class GemeentenTable {

    static final int PAGE_SIZE = 25;
    static final List<String> COLUMNS = List.of("code", "naam", "provincie", "regio");

    private static final Map<String, Function<Organisation, String>> KEYS = Map.of(
            "code", Organisation::getCode,
            "naam", Organisation::getName,
            "provincie", Organisation::getProvince,
            "regio", g -> g.getRegion() == null ? null : g.getRegion().getName());

    /** One page of the selection: {@code total} match the filter, {@code all} gemeenten exist. */
    public record Selection(List<Organisation> rows, int total, int all, int page, int pages) {
    }

    @Inject
    ReferenceData referenceData;

    private Selection selection;

    private static String parameter(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null ? "" : value.strip();
    }

    /** The search text (name or code), at most 100 characters. */
    public String getQuery() {
        String q = parameter("q");
        return q.length() > 100 ? q.substring(0, 100) : q;
    }

    /** The region code filtered on, or empty. */
    public String getRegion() {
        return parameter("regio");
    }

    /** The sort in force: a column name, with {@code -} in front when descending; unknown values sort by name. */
    public String getSort() {
        return sortOrDefault(parameter("sortering"));
    }

    public Selection getSelection() {
        if (selection == null) {
            int page;
            try {
                page = Integer.parseInt(parameter("pagina"));
            } catch (NumberFormatException e) {
                page = 1;
            }
            selection = select(referenceData.getGemeenten(), getQuery(), getRegion(), getSort(), page);
        }
        return selection;
    }

    /** Whether the table is filtered (the count then says how many of all match). */
    public boolean isFiltered() {
        return !getQuery().isEmpty() || !getRegion().isEmpty();
    }

    /** The sort a column header links to: ascending, or descending when the table is sorted ascending on it already. */
    public String sortLink(String column) {
        return getSort().equals(column) ? "-" + column : column;
    }

    /** {@code aria-sort} for a column header: ascending, descending, or null (the attribute left out). */
    public String ariaSort(String column) {
        String sort = getSort();
        return sort.equals(column) ? "ascending" : sort.equals("-" + column) ? "descending" : null;
    }

    /** The query string of this filter with another sort and page. */
    public String query(String sort, int page) {
        return "q=" + URLEncoder.encode(getQuery(), StandardCharsets.UTF_8) + "&regio=" + URLEncoder.encode(getRegion(), StandardCharsets.UTF_8)
                + "&sortering=" + URLEncoder.encode(sortOrDefault(sort), StandardCharsets.UTF_8) + "&pagina=" + page;
    }

    static String sortOrDefault(String sort) {
        if (sort == null) {
            return "naam";
        }
        return COLUMNS.contains(sort.startsWith("-") ? sort.substring(1) : sort) ? sort : "naam";
    }

    /**
     * Filters (name or code contains {@code query}, ignoring case; region code equals {@code region}), sorts (ties by
     * code; missing values last) and cuts out page {@code page} (kept within the pages there are).
     */
    static Selection select(List<Organisation> gemeenten, String query, String region, String sort, int page) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String r = region == null ? "" : region.strip();
        String s = sortOrDefault(sort);
        boolean descending = s.startsWith("-");
        Function<Organisation, String> key = KEYS.get(descending ? s.substring(1) : s);
        Comparator<String> byText = Comparator.comparing((String v) -> v.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());
        Comparator<Organisation> order = Comparator.comparing(key, Comparator.nullsLast(descending ? byText.reversed() : byText))
                .thenComparing(Organisation::getCode);
        List<Organisation> matching = gemeenten.stream()
                .filter(g -> q.isEmpty() || g.getCode().toLowerCase(Locale.ROOT).contains(q) || g.getName().toLowerCase(Locale.ROOT).contains(q))
                .filter(g -> r.isEmpty() || g.getRegion() != null && g.getRegion().getCode().equals(r))
                .sorted(order)
                .toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        List<Organisation> rows = matching.subList((current - 1) * PAGE_SIZE, Math.min(matching.size(), current * PAGE_SIZE));
        return new Selection(rows, matching.size(), gemeenten.size(), current, pages);
    }
}
