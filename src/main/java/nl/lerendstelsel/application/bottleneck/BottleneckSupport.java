package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.DuplicateKeys;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.domain.model.bottleneck.SupportSummary;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** "Ook bij ons": organisations that meet the same knelpunt, and when their number proposes it for escalation. */
@ApplicationScoped
public class BottleneckSupport {

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckSteps steps;

    @Inject
    Profiles people;

    @Inject
    OrganisationRepository organisations;

    @Inject
    BottleneckChangeRecorder recorder;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    /**
     * "Ook bij ons": the caller's organisation meets the same knelpunt. Once per organisation; not for the
     * reporting organisation itself, nor for a knelpunt that is closed. A gemeente supports for itself; a
     * partner organisation may name the gemeente where it meets the problem.
     */
    @Transactional
    public SupportSummary support(String reference, String gemeenteCode, String note, Caller caller) {
        if (!BottleneckRights.maySupport(caller)) {
            throw new AccessDeniedException(Message.of("access.bottleneck.support"));
        }
        Bottleneck bottleneck = queries.load(reference, caller);
        // Supports of one knelpunt take turns: the "already supported" check then sees every earlier support, and
        // concurrent inserts and counts cannot deadlock (quality bar R4).
        bottlenecks.lockForUpdate(bottleneck);
        UserProfile supporter = people.of(caller);
        Organisation organisation = supporter.getOrganisation();
        FieldErrors errors = new FieldErrors();
        String stripped = InputChecks.optional(errors, "toelichting", note, 1000);
        if (organisation == null) {
            errors.put("organisatie", Message.of("input.bottleneck.noOrganisation"));
        }
        if (!bottleneck.getStatus().isOpen()) {
            errors.put("steun", Message.of("input.bottleneck.support.finished"));
        } else if (organisation != null && organisation.getCode().equals(bottleneck.getOrganisation().getCode())) {
            errors.put("steun", Message.of("input.bottleneck.support.ownOrganisation"));
        } else if (organisation != null && bottlenecks.isSupportedBy(bottleneck, organisation.getCode())) {
            errors.put("steun", Message.of("input.bottleneck.support.already"));
        }
        Organisation gemeente = null;
        if (organisation != null && organisation.isGemeente()) {
            gemeente = organisation;
        } else if (gemeenteCode != null && !gemeenteCode.isBlank()) {
            gemeente = organisations.find(gemeenteCode.strip()).filter(Organisation::isGemeente).filter(Organisation::isActive)
                    .orElse(null);
            if (gemeente == null) {
                errors.put("gemeente", Message.of("input.bottleneck.gemeente"));
            }
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData(Map.of("toelichting", stripped == null ? "" : stripped));
        bottlenecks.add(new Support(bottleneck, supporter, gemeente, stripped, clock.instant()));
        try {
            bottlenecks.flush();
        } catch (PersistenceException e) {
            // A colleague of the same organisation supported it at the same moment: the unique key says so (quality bar R4).
            if (DuplicateKeys.causedBy(e)) {
                throw InvalidInputException.of("steun", Message.of("input.bottleneck.support.already"));
            }
            throw e;
        }
        SupportSummary summary = supportSummary(bottleneck);
        boolean newlyProposed = summary.proposedForEscalation() && !bottleneck.isProposed();
        bottleneck.setProposed(summary.proposedForEscalation());
        steps.flushOrConflict(bottleneck);
        if (newlyProposed) {
            recorder.announce(new BottleneckChanged(reference, BottleneckChanged.What.PROPOSED, supporter.getId(),
                    Message.of("notification.summary.proposed", summary.gemeenten(), summary.regions()), null, null));
        }
        recorder.audit(supporter, "KNELPUNT_GESTEUND", reference, caller, "organisatie=" + organisation.getCode());
        recorder.announce(new BottleneckChanged(reference, BottleneckChanged.What.SUPPORT, supporter.getId(),
                Message.of("notification.summary.support", organisation.getName()), stripped, null));
        return summary;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupportSummary supportSummary(Bottleneck bottleneck) {
        long[] counts = bottlenecks.supportCounts(bottleneck);
        return SupportSummary.of(counts[0], counts[1], counts[2], settings.current().days(Setting.SUPPORT_GEMEENTEN),
                settings.current().days(Setting.SUPPORT_REGIONS));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Support> supports(Bottleneck bottleneck) {
        return bottlenecks.supports(bottleneck);
    }
}
