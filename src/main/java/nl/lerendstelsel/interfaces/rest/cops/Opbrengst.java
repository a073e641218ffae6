package nl.lerendstelsel.interfaces.rest.cops;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.OutcomeKind;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/**
 * An outcome of a CoP (an insight, a good practice or a knelpunt), from a meeting or a discussion, shared or not, with
 * its themes (in the order of the reference data, whatever order the database reads them in), an optional gemeente or
 * region (codes), when it was last edited and its version (for a change).
 */
public record Opbrengst(long id, long cop, String copNaam, @OneOf(OutcomeKind.class) String soort, String titel,
                        String omschrijving, @NotRequired Long bijeenkomst, @NotRequired Long discussie,
                        @NotRequired String knelpunt, boolean gedeeld, @NotRequired Instant gedeeldOp, Instant vastgelegdOp,
                        List<String> themas, @NotRequired String gemeente, @NotRequired String regio,
                        @NotRequired Instant bewerktOp, long versie) {

    public static Opbrengst of(Outcome o) {
        return new Opbrengst(o.getId(), o.getCommunity().getId(), o.getCommunity().getName(), o.getKind().name(), o.getTitle(),
                o.getDescription(), o.getMeeting() == null ? null : o.getMeeting().getId(),
                o.getThread() == null ? null : o.getThread().getId(),
                o.getBottleneck() == null ? null : o.getBottleneck().getReference(), o.isShared(), o.getSharedAt(), o.getCreatedAt(),
                o.getThemes().stream().sorted(Comparator.comparingInt(Theme::getSortOrder).thenComparing(Theme::getCode))
                        .map(Theme::getCode).toList(), o.getGemeente() == null ? null : o.getGemeente().getCode(),
                o.getRegion() == null ? null : o.getRegion().getCode(), o.getEditedAt(), o.getVersion());
    }
}
