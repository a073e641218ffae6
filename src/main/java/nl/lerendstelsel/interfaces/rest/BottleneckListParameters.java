package nl.lerendstelsel.interfaces.rest;

import static nl.lerendstelsel.domain.model.text.Texts.blankToNull;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The query parameters of {@code GET /knelpunten} ({@code @BeanParam}): the page ({@link Paging}), the filters and the
 * sort order ({@code sorteer}; {@code sortering} is its deprecated name), turned into a {@link BottleneckFilter} and a
 * {@link BottleneckSort}; an unknown level, status or sort order is refused (400) with the values that are known.
 *
 * <p>Payara's OpenAPI scanner does not look into a {@code @BeanParam}; {@link OpenApiDocumentFilter} reads these
 * fields (name, type, default, in this order) and puts them in the document.
 */
public class BottleneckListParameters {

    @BeanParam
    Paging paging = new Paging();

    @QueryParam("niveau")
    @OneOf(Level.class)
    String level;

    @QueryParam("status")
    @OneOf(Status.class)
    String status;

    @QueryParam("thema")
    String theme;

    @QueryParam("gemeente")
    String gemeente;

    @QueryParam("regio")
    String region;

    /** Only the caller's own reports. */
    @QueryParam("mijn")
    boolean mine;

    /** Only knelpunten the caller's organisation supports. */
    @QueryParam("gesteund")
    boolean supported;

    @QueryParam("teLaat")
    boolean overdue;

    @QueryParam("voorgesteld")
    boolean proposed;

    /** The sort order: a field, with {@code -} in front for descending ({@code -gewijzigd}). */
    @QueryParam("sorteer")
    String order;

    /** The sort order by its name before 1.0.0 ({@code sorteer} wins when both are given). */
    @QueryParam("sortering")
    @ReplacedBy("sorteer")
    @Deprecated
    String sort;

    @QueryParam("tag")
    String tag;

    /** The id of a CoP: its knelpunten board. */
    @QueryParam("cop")
    Long cop;

    /** Only knelpunten that ended with this resolution category (afhandelcategorie), e.g. {@code VERDUIDELIJKT}. */
    @QueryParam("afhandelcategorie")
    @OneOf(Resolution.class)
    String resolution;

    /** Only knelpunten that concern this target group (doelgroep), e.g. {@code statushouders}. */
    @QueryParam("doelgroep")
    @OneOf(TargetGroup.class)
    String targetGroup;

    public Paging paging() {
        return paging;
    }

    /** The sort order from {@code sorteer} (or the deprecated {@code sortering}); {@code -gewijzigd} when none is given. */
    public BottleneckSort order() {
        boolean current = order != null && !order.isBlank();
        String value = current ? order : sort;
        if (value == null || value.isBlank()) {
            return BottleneckSort.CHANGED_DESC;
        }
        return BottleneckSort.ofCode(value.strip()).orElseThrow(() -> oneOf(current ? "sorteer" : "sortering",
                Arrays.stream(BottleneckSort.values()).map(BottleneckSort::code).toList()));
    }

    /**
     * The filter for this caller: {@code organisationCode} gives the caller's organisation (for {@code gesteund}), {@code today}
     * the date that decides what is overdue, {@code viewer} what the caller may see.
     */
    public BottleneckFilter filter(Caller caller, Supplier<String> organisationCode, LocalDate today, Viewer viewer) {
        return new BottleneckFilter(level(level), parse(Status.class, "status", status),
                blankToNull(theme), blankToNull(gemeente), blankToNull(region), mine ? caller.subject() : null,
                supported ? organisationCode.get() : null, overdue ? today : null, proposed, false,
                viewer, blankToNull(tag), cop).withResolution(parse(Resolution.class, "afhandelcategorie", resolution))
                .withTargetGroup(targetGroup(targetGroup));
    }

    /** A target group by its API code ({@code statushouders}, …); {@code null} when not given. */
    private static TargetGroup targetGroup(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return TargetGroup.ofCode(value).orElseThrow(() -> oneOf("doelgroep", Arrays.stream(TargetGroup.values()).map(TargetGroup::code).toList()));
    }

    /** A level by its API code (UITVOERING, SCHAKEL, STELSEL); {@code null} when not given. */
    private static Level level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Level.ofCode(value).orElseThrow(() -> oneOf("niveau", Arrays.stream(Level.values()).map(Level::code).toList()));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw oneOf(field, Arrays.asList(type.getEnumConstants()));
        }
    }

    /** 400 for {@code field}: choose one of {@code known}. */
    private static InvalidInputException oneOf(String field, List<?> known) {
        return InvalidInputException.of(field, Message.of("input.bottleneck.oneOf", known.toString()));
    }
}
