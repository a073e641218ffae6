package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.Deadline;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.TargetGroup;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/**
 * A knelpunt as the API shows it: the answer of most knelpunt operations. {@code afhandelcategorie} says how it ended
 * ({@code VERDUIDELIJKT}, {@code NIET_OVERGENOMEN}, …); empty while open, and for knelpunten that ended before
 * categories existed. {@code doelgroepen}: the codes of the target groups it concerns ({@code statushouders}, …).
 */
public record Knelpunt(String referentie, String titel, String omschrijving, String thema, String gemeente, String organisatie,
                       @NotRequired String doelgroep, @NotRequired @OneOf(EstimatedScale.class) String schaal,
                       @NotRequired String oplossingsrichting, @OneOf(Level.class) String niveau,
                       @OneOf(Status.class) String status, String melder, @NotRequired String behandelaar,
                       @NotRequired String terugkoppeling, @NotRequired @OneOf(Resolution.class) String afhandelcategorie,
                       Instant gemeldOp, Instant gewijzigdOp, @NotRequired LocalDate termijn, boolean teLaat,
                       @NotRequired Integer werkdagenOverBijPauze, @NotRequired LocalDate wachtOpInformatieTot,
                       boolean voorgesteldVoorOpschaling, @NotRequired String samengevoegdIn, boolean afgeschermd,
                       List<String> tags, @NotRequired Long cop, long versie, @OneOf(TargetGroup.class) List<String> doelgroepen) {

    public static Knelpunt of(Bottleneck b, LocalDate today) {
        Deadline clock = b.getDeadline();
        return new Knelpunt(b.getReference(), b.getTitle(), b.getDescription(), b.getTheme().getCode(),
                b.getGemeente().getCode(), b.getOrganisation().getCode(), b.getAffectedGroup(),
                b.getEstimatedScale() == null ? null : b.getEstimatedScale().name(), b.getProposedSolution(),
                b.getLevel().code(), b.getStatus().name(), b.getReporter().getDisplayName(),
                b.getAssignee() == null ? null : b.getAssignee().getDisplayName(), b.getResolution(),
                b.getResolutionCategory().map(Enum::name).orElse(null), b.getReportedAt(), b.getChangedAt(), clock.due(), b.isOverdueOn(today), clock.pausedRemaining(),
                clock.waitingUntil(), b.isProposed(), b.getMergedInto(), b.isRestricted(), b.getTags(),
                b.getCommunityId(), b.getVersion(), b.getTargetGroups().stream().map(TargetGroup::code).toList());
    }
}
