package nl.lerendstelsel.application.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.bottleneck.BottleneckQueries;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckSort;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.qa.Feedback;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaEntry;
import nl.lerendstelsel.domain.model.qa.QaRepository;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * What the editors read at their desk: the worklists per status, the validity list (expired and soon ending answers),
 * an entry's versions, the usefulness feedback, and whether the caller may sign a version off now (the four-eyes rule
 * of {@link QaService#approve}, asked beforehand so that the page offers only what the service accepts).
 */
@ApplicationScoped
public class EditorialQueries {

    @Inject
    QaRepository qa;

    @Inject
    UserProfileRepository profiles;

    @Inject
    EditorialDesk desk;

    @Inject
    Clock clock;

    @Inject
    BottleneckQueries bottlenecks;

    /** How many candidates for Q&amp;A the editors' desk shows at most. */
    public static final int CANDIDATES_MAX = 50;

    /**
     * "Kandidaten voor vraag en antwoord": knelpunten resolved as {@link Resolution#VERDUIDELIJKT} (explained) that no
     * Q&amp;A entry was made from yet, most recently changed first, as far as the editor may see them.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Bottleneck> qaCandidates(Caller caller) {
        desk.requireEditor(caller);
        BottleneckFilter explained = BottleneckFilter.visibleTo(bottlenecks.viewer(caller)).withResolution(Resolution.VERDUIDELIJKT);
        return bottlenecks.browse(explained, BottleneckSort.CHANGED_DESC, 1, 100).items().stream()
                .filter(b -> b.getStatus() == Status.OPGELOST && qa.entriesOf(b.getId()).isEmpty())
                .limit(CANDIDATES_MAX).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaVersion> worklist(VersionStatus status, Caller caller) {
        desk.requireEditor(caller);
        return qa.withStatus(status, 200);
    }

    /**
     * The editors' validity list: published answers whose end date has passed (expired, shown to the public as "mogelijk
     * verouderd" and out of the feed), longest expired first, then those ending within {@link QaService#ENDING_SOON_DAYS} days.
     */
    public record Validity(LocalDate today, List<QaEntry> expired, List<QaEntry> endingSoon) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Validity validity(Caller caller) {
        desk.requireEditor(caller);
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        return new Validity(today, qa.expiredBefore(today, 200), qa.expiringBetween(today, today.plusDays(QaService.ENDING_SOON_DAYS), 200));
    }

    /** Whether the caller may sign this version off now: their partner is named and has not approved, four eyes allow it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canApprove(QaVersion version, Caller caller) {
        if (version == null || version.getStatus() != VersionStatus.TER_REVIEW) {
            return false;
        }
        return profiles.findBySubject(caller.subject()).filter(p -> !version.writtenBy(p.getId()) && !version.signedBy(p.getId()))
                .map(UserProfile::getOrganisation).flatMap(o -> Partner.ofOrganisation(o.getCode()))
                .filter(p -> version.getEntry().getPartners().contains(p) && !version.approvedBy().contains(p)).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QaVersion> versions(Long entryId, Caller caller) {
        desk.requireEditor(caller);
        return qa.versions(entryId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QaVersion versionFor(Long versionId, Caller caller) {
        desk.requireEditor(caller);
        return qa.findVersion(versionId).orElseThrow(() -> new NotFoundException(Message.of("notFound.qa.version", String.valueOf(versionId))));
    }

    /** [useful, not useful] per entry id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, long[]> feedbackCounts(List<Long> entryIds, Caller caller) {
        desk.requireEditor(caller);
        return qa.feedbackCounts(entryIds);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Feedback> feedbackOf(Long entryId, Caller caller) {
        desk.requireEditor(caller);
        return qa.feedback(entryId, 50);
    }

    /** The partner the caller signs for, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Partner> partnerOf(Caller caller) {
        return profiles.findBySubject(caller.subject()).map(UserProfile::getOrganisation)
                .flatMap(o -> Partner.ofOrganisation(o.getCode()));
    }
}
