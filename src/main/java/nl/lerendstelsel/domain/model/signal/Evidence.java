package nl.lerendstelsel.domain.model.signal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a signal rests on, always derived from its knelpunten (never typed in): how many, by how many organisations,
 * gemeenten and regions (reporters and supporters together), which themes, and the first and latest report date.
 */
public record Evidence(int knelpunten, Set<String> organisations, Set<String> gemeenten, Set<String> regions, Set<String> themes,
                       Optional<LocalDate> firstReported, Optional<LocalDate> latestReported) {

    /** One knelpunt as the evidence sees it; {@code supporters} are (organisation, gemeente, region) of each support. */
    public record Item(String organisation, String gemeente, String region, String theme, LocalDate reported,
                       Collection<Place> supporters) {

        /**
         * The item for a reader who may not see this (restricted) knelpunt: it still counts, with its region, theme and
         * date, but names no organisation or gemeente, of the reporter or of a supporter (issue 27).
         */
        public Item withoutWho() {
            return new Item(null, null, region, theme, reported, supporters.stream().map(Place::withoutWho).toList());
        }
    }

    /** Where someone meets the problem. */
    public record Place(String organisation, String gemeente, String region) {

        Place withoutWho() {
            return new Place(null, null, region);
        }
    }

    public static Evidence of(Collection<Item> items) {
        Set<String> organisations = new TreeSet<>();
        Set<String> gemeenten = new TreeSet<>();
        Set<String> regions = new TreeSet<>();
        Set<String> themes = new TreeSet<>();
        LocalDate first = null;
        LocalDate latest = null;
        for (Item item : items) {
            add(organisations, gemeenten, regions, new Place(item.organisation(), item.gemeente(), item.region()));
            item.supporters().forEach(p -> add(organisations, gemeenten, regions, p));
            if (item.theme() != null) {
                themes.add(item.theme());
            }
            if (item.reported() != null) {
                first = first == null || item.reported().isBefore(first) ? item.reported() : first;
                latest = latest == null || item.reported().isAfter(latest) ? item.reported() : latest;
            }
        }
        return new Evidence(items.size(), Set.copyOf(organisations), Set.copyOf(gemeenten), Set.copyOf(regions), Set.copyOf(themes),
                Optional.ofNullable(first), Optional.ofNullable(latest));
    }

    private static void add(Set<String> organisations, Set<String> gemeenten, Set<String> regions, Place place) {
        if (place.organisation() != null) {
            organisations.add(place.organisation());
        }
        if (place.gemeente() != null) {
            gemeenten.add(place.gemeente());
        }
        if (place.region() != null) {
            regions.add(place.region());
        }
    }
}
